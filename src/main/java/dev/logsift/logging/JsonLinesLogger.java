package dev.logsift.logging;

import java.io.PrintStream;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Writes {"level","logger","msg","error"} lines. Our callers never pass log content; exception text is
 * ours too (typed exceptions carry no content), and only its class and message are written.
 */
final class JsonLinesLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;
  private static final PrintStream OUT = System.err;
  private final int threshold;
  private final String shortName;

  JsonLinesLogger(String name, Level threshold) {
    this.name = name;
    this.threshold = threshold.toInt();
    int dot = name.lastIndexOf('.');
    this.shortName = dot >= 0 ? name.substring(dot + 1) : name;
  }

  @Override
  public boolean isTraceEnabled() {
    return Level.TRACE.toInt() >= threshold;
  }

  @Override
  public boolean isDebugEnabled() {
    return Level.DEBUG.toInt() >= threshold;
  }

  @Override
  public boolean isInfoEnabled() {
    return Level.INFO.toInt() >= threshold;
  }

  @Override
  public boolean isWarnEnabled() {
    return Level.WARN.toInt() >= threshold;
  }

  @Override
  public boolean isErrorEnabled() {
    return Level.ERROR.toInt() >= threshold;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args,
      Throwable t) {
    String msg = MessageFormatter.basicArrayFormat(pattern, args);
    StringBuilder sb = new StringBuilder(96 + msg.length());
    sb.append("{\"level\":\"").append(level.name()).append("\",\"logger\":");
    quote(sb, shortName);
    sb.append(",\"msg\":");
    quote(sb, msg);
    if (t != null) {
      sb.append(",\"error\":");
      quote(sb, t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }
    sb.append('}');
    OUT.println(sb);
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
