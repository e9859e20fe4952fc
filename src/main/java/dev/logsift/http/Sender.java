package dev.logsift.http;

import dev.logsift.core.DownstreamUnavailableException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retry loop shared by the chat adapters. Exception messages carry a status or a short reason only:
 * the URL holds the webhook token and the body holds log text.
 */
public final class Sender {
  private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

  /** What an adapter makes of one HTTP response. */
  public sealed interface Verdict<T> permits Done, Retry, Fail {}

  public record Done<T>(T value) implements Verdict<T> {}

  /** @param after the server's own wait (429 retry_after), or null for backoff */
  public record Retry<T>(String reason, Duration after) implements Verdict<T> {}

  public record Fail<T>(String reason) implements Verdict<T> {}

  private final String service;
  private final HttpTransport t;

  public Sender(String service, HttpTransport t) {
    this.service = service;
    this.t = t;
  }

  public <T> T send(HttpRequest request, Function<HttpResponse<String>, Verdict<T>> judge) {
    RetryPolicy p = t.policy();
    long deadline = t.clock().millis() + t.remainingMillis().getAsLong() - p.reserve().toMillis();
    for (int attempt = 1; ; attempt++) {
      long left = deadline - t.clock().millis();
      if (left <= 0) {
        throw new DownstreamUnavailableException(service, "no time left in the invocation budget", null);
      }
      HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true)
          .timeout(Duration.ofMillis(Math.min(p.requestTimeout().toMillis(), left)))
          .build();
      String reason;
      Throwable cause = null;
      Duration wait;
      try {
        HttpResponse<String> response = t.http().send(timed, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        switch (judge.apply(response)) {
          case Done<T> done -> {
            return done.value();
          }
          case Fail<T> fail -> throw new DownstreamUnavailableException(service, fail.reason(), null);
          case Retry<T> retry -> {
            reason = retry.reason();
            wait = retry.after() != null ? retry.after() : backoff(attempt);
          }
        }
      } catch (HttpTimeoutException e) {
        reason = "timeout";
        cause = scrubbed(e);
        wait = backoff(attempt);
      } catch (IOException e) {
        reason = "I/O error";
        cause = scrubbed(e);
        wait = backoff(attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DownstreamUnavailableException(service, "interrupted", null);
      }
      if (attempt >= p.maxAttempts()) {
        throw new DownstreamUnavailableException(service, reason + " (gave up after " + attempt + " attempts)", cause);
      }
      if (t.clock().millis() + wait.toMillis() >= deadline) {
        throw new DownstreamUnavailableException(service, reason + " (no time left to retry)", cause);
      }
      // Operators see why a card was slow; the log names the service and the status, nothing else.
      LOG.warn("{}: {}, retry {} of {} in {} ms", service, reason, attempt, p.maxAttempts() - 1, wait.toMillis());
      try {
        t.sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DownstreamUnavailableException(service, reason + " (interrupted while waiting to retry)", cause);
      }
    }
  }

  /** Exponential with equal jitter: half the step is fixed, half random, so retries of many cards spread out. */
  Duration backoff(int attempt) {
    RetryPolicy p = t.policy();
    long step = p.baseDelay().toMillis() << Math.min(attempt - 1, 20);
    step = Math.min(step, p.maxDelay().toMillis());
    long half = step / 2;
    return Duration.ofMillis(half + (long) (t.random().nextDouble() * (step - half)));
  }

  /** Seconds as sent in Retry-After; a missing or odd header means "use backoff". */
  public static Duration retryAfterHeader(HttpResponse<?> r) {
    Optional<String> v = r.headers().firstValue("Retry-After");
    if (v.isEmpty()) {
      return null;
    }
    try {
      double seconds = Double.parseDouble(v.get().strip());
      return seconds >= 0 && seconds < 86_400 ? Duration.ofMillis((long) Math.ceil(seconds * 1000)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The JDK client's I/O exceptions may name the host or the request; keep the type and the stack, drop the
   * message, so the cause can be logged without the webhook token.
   */
  static Throwable scrubbed(Throwable e) {
    IOException copy = new IOException(e.getClass().getName());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  /** A short error code from a response, only if it looks like one (never free text). */
  public static String code(String s) {
    if (s == null) {
      return "unexpected response";
    }
    String v = s.strip();
    return v.matches("[A-Za-z0-9_.-]{1,64}") ? v : "unexpected response";
  }
}
