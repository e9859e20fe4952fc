package dev.logsift.ingest;

/** One log event of a CloudWatch Logs subscription batch. */
public record LogEvent(String id, long timestamp, String message) {
  public LogEvent {
    id = id == null ? "" : id;
    message = message == null ? "" : message;
  }
}
