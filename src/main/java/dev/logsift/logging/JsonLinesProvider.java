package dev.logsift.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A tiny SLF4J backend: one JSON object per line on stderr, which CloudWatch stores and timestamps as is,
 * with the invocation's MDC fields and the message's key=value arguments as fields Logs Insights can query.
 * Chosen over Logback/Log4j because it loads a handful of classes at cold start instead of hundreds.
 */
public final class JsonLinesProvider implements SLF4JServiceProvider {
  private final InvocationContext mdc = new InvocationContext();
  private final ILoggerFactory factory = new JsonLinesLoggerFactory(mdc);
  private final IMarkerFactory markers = new BasicMarkerFactory();

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {}
}
