package dev.logsift.http;

import dev.logsift.core.RetryPolicy;
import dev.logsift.core.Retrier;
import dev.logsift.core.Sleeper;

import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * What every chat adapter needs to send with retries. Holds no URL or token, so printing it leaks nothing.
 *
 * @param random jitter for backoff
 * @param remainingMillis time left in this invocation (Lambda's Context.getRemainingTimeInMillis); read once
 *     at the start of each post, then counted down with the clock, so no retry outlives the invocation
 */
public record HttpTransport(HttpClient http, Clock clock, Sleeper sleeper, RandomGenerator random,
    LongSupplier remainingMillis, RetryPolicy policy) {

  public HttpTransport {
    if (http == null || clock == null || sleeper == null || random == null || remainingMillis == null
        || policy == null) {
      throw new IllegalArgumentException("all transport parts are required");
    }
  }

  /** For callers without an invocation deadline (CLI, tests): the system clock and Retrier's default budget. */
  public static HttpTransport withoutDeadline(HttpClient http, Sleeper sleeper, RetryPolicy policy) {
    // SecureRandom, not a seeded PRNG: instances restored from one SnapStart snapshot must not share jitter.
    return new HttpTransport(http, Clock.systemUTC(), sleeper, new SecureRandom(), () -> Retrier.DEFAULT_BUDGET_MILLIS,
        policy);
  }
}
