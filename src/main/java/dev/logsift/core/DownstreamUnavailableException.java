package dev.logsift.core;

/**
 * A service we depend on (DynamoDB, Discord, Slack, S3, Bedrock) stayed unavailable after retries.
 * Operators must act; the invocation fails so that Lambda retries it.
 */
public final class DownstreamUnavailableException extends LogsiftException {
  private final String service;

  public DownstreamUnavailableException(String service, String message, Throwable cause) {
    super(service + ": " + message, cause);
    this.service = service;
  }

  public String service() {
    return service;
  }

  @Override
  public String kind() {
    return "downstream_unavailable";
  }
}
