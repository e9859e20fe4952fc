package dev.logsift.classify;

import java.util.List;

/**
 * Port: the latest human corrections for a service, shown to the model as examples so that a correction helps
 * the next similar error, not only the same fingerprint. Implementations are bounded and never throw.
 */
public interface CorrectionExamples {
  CorrectionExamples NONE = service -> List.of();

  /** Newest first; at most a few. */
  List<Example> latest(String service);

  /**
   * @param template the redacted fingerprint template of the corrected card
   * @param category what the reviewer said it is
   * @param reason the reviewer's reason (redacted), or empty
   */
  record Example(String template, Category category, String reason) {
    public Example {
      reason = reason == null ? "" : reason;
    }
  }
}
