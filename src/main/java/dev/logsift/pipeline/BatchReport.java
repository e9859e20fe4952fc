package dev.logsift.pipeline;

import java.util.List;

/**
 * Accounting of one batch: every event belongs to exactly one fingerprint, every fingerprint to exactly
 * one outcome.
 *
 * @param truncated events longer than the processing limit (processed on their head)
 */
public record BatchReport(
    String messageType, int events, int fingerprints, int notified, int suppressed, int failed, int truncated,
    List<Outcome> outcomes) {

  public BatchReport {
    outcomes = List.copyOf(outcomes);
  }

  public static BatchReport control() {
    return new BatchReport("CONTROL_MESSAGE", 0, 0, 0, 0, 0, 0, List.of());
  }
}
