package dev.logsift.dynamo;

/**
 * A DynamoDB call that failed, after the client's retries. The message names the operation and DynamoDB's error
 * code (or the I/O failure's type), never DynamoDB's own text, which may echo keys or values.
 */
public class DynamoException extends RuntimeException {
  private final String code;
  private final int status;

  /** @param status the HTTP status, 0 when no answer came */
  public DynamoException(String operation, String code, int status, Throwable cause) {
    super(operation + ": " + code, cause);
    this.code = code;
    this.status = status;
  }

  /** DynamoDB's error code (ThrottlingException, ...), or the type of the I/O failure. */
  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}
