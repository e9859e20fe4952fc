package dev.logsift.core;

import java.time.Duration;

/**
 * How hard a chat adapter tries before giving up.
 *
 * @param maxAttempts attempts per card, including the first
 * @param baseDelay first backoff; doubles per attempt, with jitter
 * @param maxDelay cap of one backoff
 * @param requestTimeout cap of one HTTP request (shortened further when less time is left)
 * @param reserve time kept back from the remaining budget, so the invocation can still record what happened
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration requestTimeout,
    Duration reserve) {

  public RetryPolicy {
    if (maxAttempts < 1 || baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || requestTimeout.isNegative()
        || requestTimeout.isZero() || reserve.isNegative()) {
      throw new IllegalArgumentException("invalid retry policy");
    }
  }

  public static RetryPolicy defaults() {
    return new RetryPolicy(4, Duration.ofMillis(250), Duration.ofSeconds(4), Duration.ofSeconds(5),
        Duration.ofMillis(1500));
  }
}
