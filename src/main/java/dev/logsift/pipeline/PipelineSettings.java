package dev.logsift.pipeline;

import java.time.Duration;

/**
 * @param maxClassificationsPerInvocation past this, new fingerprints are reported unclassified
 * @param classificationTtl how long a cached classification is reused
 * @param maxMessageChars head of a message that is fingerprinted and redacted (1 MB events exist)
 * @param sampleChars head of the redacted sample kept on a card
 * @param classifyConcurrency model calls in flight at once
 */
public record PipelineSettings(
    int maxClassificationsPerInvocation,
    Duration classificationTtl,
    int maxMessageChars,
    int sampleChars,
    int classifyConcurrency) {

  public static PipelineSettings defaults() {
    return new PipelineSettings(50, Duration.ofHours(6), 64 * 1024, 2000, 4);
  }
}
