package dev.logsift.core;

/** The payload itself is unusable (malformed envelope, base64, gzip, JSON). The sender must act. */
public final class BadInputException extends LogsiftException {
  public BadInputException(String message) {
    super(message, null);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String kind() {
    return "bad_input";
  }
}
