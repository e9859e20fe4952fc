package dev.logsift.pipeline;

import java.util.List;
import java.util.Map;

/**
 * Accounting of one batch: every event belongs to exactly one fingerprint, every fingerprint to exactly
 * one outcome.
 *
 * @param truncated events longer than the processing limit (processed on their head)
 * @param servedBy cards per classification step (known-failure, human, cache, model, rules, fallback, unclassified)
 */
public record BatchReport(
    String messageType, int events, int fingerprints, int notified, int digested, int suppressed, int failed,
    int truncated, Map<String, Integer> servedBy, List<Outcome> outcomes) {

  public BatchReport {
    servedBy = Map.copyOf(servedBy);
    outcomes = List.copyOf(outcomes);
  }

  public static BatchReport control() {
    return new BatchReport("CONTROL_MESSAGE", 0, 0, 0, 0, 0, 0, 0, Map.of(), List.of());
  }
}
