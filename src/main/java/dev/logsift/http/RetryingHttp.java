package dev.logsift.http;

import dev.logsift.core.Sleeper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.core.DownstreamUnavailableException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends a request with a few retries on 429 (honouring Retry-After / retry_after), 5xx and I/O errors.
 * Other statuses are returned to the caller, which knows what they mean for its API.
 */
public final class RetryingHttp {
  public static final int ATTEMPTS = 3;
  static final Duration MAX_WAIT = Duration.ofSeconds(10);

  private final HttpClient http;
  private final Sleeper sleeper;
  private final String service;

  public RetryingHttp(HttpClient http, Sleeper sleeper, String service) {
    this.http = http;
    this.sleeper = sleeper;
    this.service = service;
  }

  public HttpResponse<String> send(HttpRequest request, String what) {
    Duration backoff = Duration.ofMillis(500);
    String lastProblem = "no attempt";
    IOException lastIo = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 429 && r.statusCode() < 500) {
          return r;
        }
        lastProblem = "HTTP " + r.statusCode();
        Duration wait = r.statusCode() == 429 ? retryAfter(r).orElse(backoff) : backoff;
        if (wait.compareTo(MAX_WAIT) > 0) {
          break;
        }
        if (attempt < ATTEMPTS) {
          sleeper.sleep(wait);
        }
      } catch (IOException e) {
        lastIo = e;
        lastProblem = e.getClass().getSimpleName();
        if (attempt < ATTEMPTS) {
          sleep(backoff);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DownstreamUnavailableException(service, what + ": interrupted", e);
      }
      backoff = backoff.multipliedBy(2);
    }
    throw new DownstreamUnavailableException(service, what + " failed after retries: " + lastProblem, lastIo);
  }

  private void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownstreamUnavailableException(service, "interrupted", e);
    }
  }

  /** Discord puts fractional seconds in the JSON body; both send a Retry-After header in seconds. */
  static Optional<Duration> retryAfter(HttpResponse<String> r) {
    try {
      JsonNode body = dev.logsift.core.Json.MAPPER.readTree(r.body());
      if (body != null && body.has("retry_after")) {
        return Optional.of(Duration.ofMillis((long) Math.ceil(body.get("retry_after").asDouble() * 1000)));
      }
    } catch (IOException | RuntimeException notJson) {
      // Fall through to the header.
    }
    return r.headers().firstValue("Retry-After").flatMap(v -> {
      try {
        return Optional.of(Duration.ofMillis((long) Math.ceil(Double.parseDouble(v) * 1000)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }
}
