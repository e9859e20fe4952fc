package dev.logsift.dedup;

import dev.logsift.classify.Classification;
import java.time.Instant;

/**
 * Port, the corrections' role of the dedup store: a human label for a fingerprint, which the next claim hands
 * to the pipeline instead of asking the classifier. Throws DownstreamUnavailableException when the store stays
 * unavailable.
 */
public interface LabelCache {
  /** A human correction: replaces the cached classification until the rules or prompt change. */
  void overrideClassification(String fingerprint, Classification classification, Instant now);
}
