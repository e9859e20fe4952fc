package dev.logsift.http;

import dev.logsift.core.Retrier;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;

/**
 * The JDK HTTP client under the retry loop, for the chat adapters: each attempt gets the time left as its
 * timeout, timeouts and I/O errors are retried. Exception messages carry a status or a short reason only:
 * the URL holds the webhook token and the body holds log text.
 */
public final class Sender {
  private final HttpTransport t;
  private final Retrier retrier;

  public Sender(String service, HttpTransport t) {
    this.t = t;
    this.retrier = new Retrier(service, t.policy(), t.clock(), t.sleeper(), t.random(), t.remainingMillis());
  }

  public <T> T send(HttpRequest request, Function<HttpResponse<String>, Retrier.Verdict<T>> judge) {
    return send(Retrier.Naming.PLAIN, request, judge);
  }

  /** @param what names the call in failures, e.g. "read reactions" */
  public <T> T send(String what, HttpRequest request, Function<HttpResponse<String>, Retrier.Verdict<T>> judge) {
    return send((reason, why) -> what + ": " + Retrier.Naming.PLAIN.message(reason, why), request, judge);
  }

  private <T> T send(Retrier.Naming naming, HttpRequest request,
      Function<HttpResponse<String>, Retrier.Verdict<T>> judge) {
    return retrier.run(naming, timeout -> {
      HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
      try {
        return judge.apply(t.http().send(timed, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
      } catch (HttpTimeoutException e) {
        return new Retrier.Retry<>("timeout", null, Retrier.scrubbed(e));
      } catch (IOException e) {
        return new Retrier.Retry<>("I/O error", null, Retrier.scrubbed(e));
      }
    });
  }

  /** The usual reading of a bot API answer: 429 and 5xx are retried, anything else is the caller's to judge. */
  public static Retrier.Verdict<HttpResponse<String>> retryBusy(HttpResponse<String> r) {
    int s = r.statusCode();
    if (s == 429 || s >= 500) {
      return new Retrier.Retry<>("HTTP " + s, retryAfter(r));
    }
    return new Retrier.Done<>(r);
  }

  /** The server's own wait from a response (body's retry_after, else Retry-After), or null. */
  public static Duration retryAfter(HttpResponse<String> r) {
    return RetryAfter.of(r.headers().firstValue("Retry-After").orElse(null), r.body());
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
