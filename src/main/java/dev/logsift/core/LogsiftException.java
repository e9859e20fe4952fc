package dev.logsift.core;

/**
 * Base of our typed errors. The subtype says who must act; messages never carry log content,
 * because exception text ends up in our own logs and in Lambda's error report.
 */
public abstract sealed class LogsiftException extends RuntimeException
    permits BadInputException, DownstreamUnavailableException, UnusableModelOutputException {

  protected LogsiftException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Short machine-readable kind, used in logs and JSON output. */
  public abstract String kind();
}
