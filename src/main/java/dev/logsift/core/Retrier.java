package dev.logsift.core;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry loop for calls to outside systems (chat, S3, SSM, DynamoDB). It never outlives the invocation: the
 * time left is read once per call and counted down with the clock, a wait the server asks for that ends
 * past it is not waited for, and each attempt gets at most the time left as its timeout. Backoff is
 * exponential with full jitter, so instances retrying the same outage spread out. Messages carry a status
 * or a short reason only, never a URL, key or body.
 */
public final class Retrier {
  private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);
  /** Time a call may take when the caller has no invocation deadline to give (CLI, tests). */
  public static final long DEFAULT_BUDGET_MILLIS = 20_000;

  /** What a caller makes of one attempt. */
  public sealed interface Verdict<T> permits Done, Retry, Fail {}

  public record Done<T>(T value) implements Verdict<T> {}

  /**
   * @param after the server's own wait (RetryAfter), or null for backoff
   * @param cause what failed, already stripped of anything secret, or null
   */
  public record Retry<T>(String reason, Duration after, Throwable cause) implements Verdict<T> {
    public Retry(String reason, Duration after) {
      this(reason, after, null);
    }
  }

  public record Fail<T>(String reason) implements Verdict<T> {}

  /** One attempt, given the most it may take. */
  @FunctionalInterface
  public interface Attempt<T> {
    Verdict<T> run(Duration timeout) throws InterruptedException;
  }

  /** The exception message from a reason and why the loop stopped (null for a Fail verdict). */
  @FunctionalInterface
  public interface Naming {
    String message(String reason, String why);

    Naming PLAIN = (reason, why) -> why == null ? reason : reason + " (" + why + ")";
  }

  private final String service;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final LongSupplier remainingMillis;

  /**
   * @param random jitter; SecureRandom in production, so instances restored from one snapshot differ
   * @param remainingMillis time left in the invocation (Lambda's Context.getRemainingTimeInMillis)
   */
  public Retrier(String service, RetryPolicy policy, Clock clock, Sleeper sleeper, RandomGenerator random,
      LongSupplier remainingMillis) {
    if (service == null || policy == null || clock == null || sleeper == null || random == null
        || remainingMillis == null) {
      throw new IllegalArgumentException("all retrier parts are required");
    }
    this.service = service;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
    this.remainingMillis = remainingMillis;
  }

  public <T> T run(Attempt<T> attempt) {
    return run(Naming.PLAIN, attempt);
  }

  public <T> T run(Naming naming, Attempt<T> attempt) {
    long deadline = clock.millis() + remainingMillis.getAsLong() - policy.reserve().toMillis();
    for (int n = 1; ; n++) {
      long left = deadline - clock.millis();
      if (left <= 0) {
        throw failed(naming, "no time left in the invocation budget", null, null);
      }
      Retry<T> retry;
      try {
        switch (attempt.run(Duration.ofMillis(Math.min(policy.requestTimeout().toMillis(), left)))) {
          case Done<T> done -> {
            return done.value();
          }
          case Fail<T> fail -> throw failed(naming, fail.reason(), null, null);
          case Retry<T> r -> retry = r;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failed(naming, "interrupted", null, null);
      }
      Duration wait = retry.after() != null ? retry.after() : backoff(n);
      if (n >= policy.maxAttempts()) {
        throw failed(naming, retry.reason(), "gave up after " + n + " attempts", retry.cause());
      }
      if (clock.millis() + wait.toMillis() >= deadline) {
        throw failed(naming, retry.reason(), "no time left to retry", retry.cause());
      }
      // Operators see why a call was slow; the log names the service and the status, nothing else.
      LOG.warn("{}: {}, retry {} of {} in {} ms", service, retry.reason(), n, policy.maxAttempts() - 1, wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failed(naming, retry.reason(), "interrupted while waiting to retry", retry.cause());
      }
    }
  }

  /** Full jitter: uniform in [0, step], the step doubling per attempt up to the policy's cap. */
  Duration backoff(int attempt) {
    long step = policy.baseDelay().toMillis() << Math.min(attempt - 1, 20);
    step = Math.min(step, policy.maxDelay().toMillis());
    return Duration.ofMillis((long) (random.nextDouble() * (step + 1)));
  }

  private DownstreamUnavailableException failed(Naming naming, String reason, String why, Throwable cause) {
    return new DownstreamUnavailableException(service, naming.message(reason, why), cause);
  }

  /**
   * Clients' I/O exceptions may name the host or the request; keep the type and the stack, drop the
   * message, so the cause can be logged without a token or a key.
   */
  public static Throwable scrubbed(Throwable e) {
    IOException copy = new IOException(e.getClass().getName());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }
}
