package dev.logsift.ingest;

import java.util.List;

/** A decoded CloudWatch Logs subscription payload. */
public record LogBatch(
    String messageType,
    String owner,
    String logGroup,
    String logStream,
    List<String> subscriptionFilters,
    List<LogEvent> logEvents) {

  public static final String DATA_MESSAGE = "DATA_MESSAGE";
  public static final String CONTROL_MESSAGE = "CONTROL_MESSAGE";

  public LogBatch {
    owner = owner == null ? "" : owner;
    logGroup = logGroup == null ? "" : logGroup;
    logStream = logStream == null ? "" : logStream;
    subscriptionFilters = subscriptionFilters == null ? List.of() : List.copyOf(subscriptionFilters);
    logEvents = logEvents == null ? List.of() : List.copyOf(logEvents);
  }

  public boolean isControl() {
    return CONTROL_MESSAGE.equals(messageType);
  }

  /** Service name derived from the log group: its last path segment ("/aws/lambda/checkout" gives "checkout"). */
  public String service() {
    return ServiceNames.fromLogGroup(logGroup);
  }
}
