package dev.logsift.logging;

import java.io.PrintStream;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Writes {"level","logger","msg", MDC fields, argument fields, "error"} lines. Our callers never pass log
 * content; exception text is ours too (typed exceptions carry no content), and only its class and message
 * are written. An argument after "name={}" in the pattern also becomes the field name_in_snake_case (a number
 * stays a number), and one after "fingerprint {}" the field fingerprint, so Logs Insights can filter and
 * sum them without parsing the message.
 */
final class JsonLinesLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;
  private static final PrintStream OUT = System.err;
  /** MDC keys whose values are written as JSON booleans. */
  private static final java.util.Set<String> BOOLEAN_FIELDS = java.util.Set.of("cold_start");
  private static final java.util.Set<String> RESERVED = java.util.Set.of("level", "logger", "msg", "error");
  private final int threshold;
  private final String shortName;
  private final transient InvocationContext mdc;

  JsonLinesLogger(String name, Level threshold, InvocationContext mdc) {
    this.mdc = mdc;
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
    OUT.println(line(level, pattern, args, t));
  }

  /** The JSON line for one call. */
  String line(Level level, String pattern, Object[] args, Throwable t) {
    String msg = MessageFormatter.basicArrayFormat(pattern, args);
    StringBuilder sb = new StringBuilder(96 + msg.length());
    sb.append("{\"level\":\"").append(level.name()).append("\",\"logger\":");
    quote(sb, shortName);
    sb.append(",\"msg\":");
    quote(sb, msg);
    java.util.Map<String, String> context = mdc == null ? java.util.Map.of() : mdc.fields();
    context.forEach((k, v) -> {
      sb.append(',');
      quote(sb, k);
      sb.append(':');
      if (BOOLEAN_FIELDS.contains(k) && (v.equals("true") || v.equals("false"))) {
        sb.append(v);
      } else {
        quote(sb, v);
      }
    });
    argumentFields(sb, pattern, args, context.keySet());
    if (t != null) {
      sb.append(",\"error\":");
      quote(sb, t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }
    sb.append('}');
    return sb.toString();
  }

  /** Fields from "name={}" and "fingerprint {}" placeholders; each name once, MDC and our own keys first. */
  static void argumentFields(StringBuilder sb, String pattern, Object[] args, java.util.Set<String> taken) {
    if (pattern == null || args == null) {
      return;
    }
    java.util.Set<String> written = new java.util.HashSet<>();
    int arg = 0;
    for (int i = pattern.indexOf("{}"); i >= 0 && arg < args.length; i = pattern.indexOf("{}", i + 2), arg++) {
      String key = keyBefore(pattern, i);
      if (key != null && !RESERVED.contains(key) && !taken.contains(key) && written.add(key)) {
        sb.append(',');
        quote(sb, key);
        sb.append(':');
        value(sb, args[arg]);
      }
    }
  }

  private static String keyBefore(String pattern, int placeholder) {
    if (pattern.startsWith("fingerprint ", placeholder - "fingerprint ".length())) {
      return "fingerprint";
    }
    if (placeholder == 0 || pattern.charAt(placeholder - 1) != '=') {
      return null;
    }
    int start = placeholder - 1;
    while (start > 0 && Character.isLetterOrDigit(pattern.charAt(start - 1))) {
      start--;
    }
    if (start == placeholder - 1) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    for (int i = start; i < placeholder - 1; i++) {
      char c = pattern.charAt(i);
      if (Character.isUpperCase(c)) {
        key.append('_').append(Character.toLowerCase(c));
      } else {
        key.append(c);
      }
    }
    return key.toString();
  }

  private static void value(StringBuilder sb, Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      sb.append(v);
    } else if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
      sb.append(n.doubleValue());
    } else if (v instanceof Boolean b) {
      sb.append(b);
    } else if (v instanceof java.util.Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      java.util.Map<Object, Object> sorted = new java.util.TreeMap<>(java.util.Comparator.comparing(String::valueOf));
      sorted.putAll(m);
      for (java.util.Map.Entry<?, ?> e : sorted.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        quote(sb, String.valueOf(e.getKey()));
        sb.append(':');
        value(sb, e.getValue());
      }
      sb.append('}');
    } else {
      quote(sb, String.valueOf(v));
    }
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
