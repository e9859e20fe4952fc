package dev.logsift.logging;

import java.io.PrintStream;

/**
 * CloudWatch Embedded Metric Format: one JSON log line becomes a metric (namespace "logsift") that alarms
 * can watch, with no PutMetricData call. Written only inside Lambda, where CloudWatch reads it. Every
 * metric carries the dimension FunctionName (the Lambda function's name, which holds the deployment's
 * name prefix or stack name), so two deployments in one account never share an alarm's numbers.
 */
public final class Metrics {
  public static final String NAMESPACE = "logsift";
  public static final String DIMENSION = "FunctionName";
  // Read here, not handed over by Config: metrics are part of the logging bootstrap, emitted from any layer
  // (even before the wiring exists), and only the Lambda runtime sets this variable.
  private static final String FUNCTION = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
  private static final PrintStream OUT = System.out;

  private Metrics() {}

  /** @param unit an EMF unit such as "Count"; a NaN or infinite value is dropped (EMF cannot carry it) */
  public static void emit(String name, double value, String unit) {
    if (FUNCTION != null && Double.isFinite(value)) {
      OUT.println(line(name, value, unit, FUNCTION, System.currentTimeMillis()));
    }
  }

  /** The EMF line, or null for a value EMF cannot carry. */
  static String line(String name, double value, String unit, String function, long timestampMillis) {
    if (!Double.isFinite(value)) {
      return null;
    }
    StringBuilder sb = new StringBuilder(240);
    sb.append("{\"_aws\":{\"Timestamp\":").append(timestampMillis)
        .append(",\"CloudWatchMetrics\":[{\"Namespace\":\"").append(NAMESPACE)
        .append("\",\"Dimensions\":[[\"").append(DIMENSION).append("\"]],\"Metrics\":[{\"Name\":");
    JsonLinesLogger.quote(sb, name);
    sb.append(",\"Unit\":");
    JsonLinesLogger.quote(sb, unit);
    sb.append("}]}]},\"").append(DIMENSION).append("\":");
    JsonLinesLogger.quote(sb, function);
    sb.append(',');
    JsonLinesLogger.quote(sb, name);
    sb.append(':');
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      sb.append((long) value);
    } else {
      sb.append(value);
    }
    return sb.append('}').toString();
  }
}
