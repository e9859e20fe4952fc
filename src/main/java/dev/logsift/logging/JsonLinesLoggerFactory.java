package dev.logsift.logging;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;

final class JsonLinesLoggerFactory implements ILoggerFactory {
  /** LOG_LEVEL (error, warn, info, debug, trace), else the logsift.log.level property, else info. */
  static final Level THRESHOLD = threshold();

  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final InvocationContext mdc;

  JsonLinesLoggerFactory(InvocationContext mdc) {
    this.mdc = mdc;
  }

  @Override
  public Logger getLogger(String name) {
    return loggers.computeIfAbsent(name, n -> new JsonLinesLogger(n, THRESHOLD, mdc));
  }

  private static Level threshold() {
    // SLF4J builds the factory before any Config exists (class loading of the first logger), so the
    // logging bootstrap reads its one variable itself; Config still validates LOG_LEVEL at cold start.
    String v = System.getenv("LOG_LEVEL");
    if (v == null || v.isBlank()) {
      v = System.getProperty("logsift.log.level", "info");
    }
    try {
      return Level.valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Level.INFO;
    }
  }
}
