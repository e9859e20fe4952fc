package dev.logsift.pipeline;

import java.time.Duration;

/**
 * @param maxClassificationsPerInvocation past this, new fingerprints are reported unclassified
 * @param classificationTtl how long a cached classification is reused
 * @param maxMessageChars head of a message that is fingerprinted and redacted (1 MB events exist)
 * @param sampleChars head of the redacted sample kept on a card
 * @param alertBudgetPerHour cards per destination per hour before cards roll into a digest (0 = no limit)
 * @param claimStale a claim not confirmed this long after it was taken belongs to a dead invocation (longer
 *     than the function timeout, shorter than Lambda's second retry delay) and is taken over
 * @param contestedWait how long to wait for another invocation to confirm a claim it holds
 */
public record PipelineSettings(
    int maxClassificationsPerInvocation,
    Duration classificationTtl,
    int maxMessageChars,
    int sampleChars,
    int alertBudgetPerHour,
    Duration claimStale,
    Duration contestedWait) {

  public PipelineSettings(int maxClassificationsPerInvocation, Duration classificationTtl, int maxMessageChars,
      int sampleChars, int alertBudgetPerHour) {
    this(maxClassificationsPerInvocation, classificationTtl, maxMessageChars, sampleChars, alertBudgetPerHour,
        Duration.ofSeconds(75), Duration.ofSeconds(10));
  }

  public static PipelineSettings defaults() {
    return new PipelineSettings(50, Duration.ofHours(6), 64 * 1024, 2000, 30);
  }
}
