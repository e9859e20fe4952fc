package dev.logsift.logging;

import java.io.PrintStream;

/**
 * CloudWatch Embedded Metric Format: one JSON log line becomes a metric (namespace "logsift") that alarms
 * can watch, with no PutMetricData call. Written only inside Lambda, where CloudWatch reads it.
 */
public final class Metrics {
  public static final String NAMESPACE = "logsift";
  private static final boolean ENABLED = System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null;
  private static final PrintStream OUT = System.out;

  private Metrics() {}

  /** @param unit an EMF unit such as "Count" */
  public static void emit(String name, double value, String unit) {
    if (ENABLED) {
      OUT.println(line(name, value, unit));
    }
  }

  static String line(String name, double value, String unit) {
    StringBuilder sb = new StringBuilder(200);
    sb.append("{\"_aws\":{\"Timestamp\":").append(System.currentTimeMillis())
        .append(",\"CloudWatchMetrics\":[{\"Namespace\":\"").append(NAMESPACE)
        .append("\",\"Dimensions\":[[]],\"Metrics\":[{\"Name\":\"").append(name).append("\",\"Unit\":\"").append(unit)
        .append("\"}]}]},\"").append(name).append("\":").append(value).append('}');
    return sb.toString();
  }
}
