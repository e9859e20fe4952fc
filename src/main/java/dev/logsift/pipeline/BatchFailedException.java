package dev.logsift.pipeline;

import dev.logsift.core.DownstreamUnavailableException;

/**
 * Some fingerprints could not be reported; the invocation must fail so Lambda retries it. Carries the
 * report of what did happen, so the caller can still print and log it.
 */
public final class BatchFailedException extends RuntimeException {
  private final transient BatchReport report;

  public BatchFailedException(BatchReport report, DownstreamUnavailableException cause) {
    super(report.failed() + " of " + report.fingerprints() + " fingerprints not reported (" + cause.getMessage()
        + "); failing the invocation so Lambda retries it", cause);
    this.report = report;
  }

  public BatchReport report() {
    return report;
  }
}
