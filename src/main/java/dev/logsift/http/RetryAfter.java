package dev.logsift.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.core.JsonStreams;
import java.time.Duration;

/**
 * The one reading of a server's "wait this long": Discord's retry_after in the JSON body (fractional
 * seconds, more precise), else the Retry-After header in seconds. Anything odd (negative, a date, a day or
 * more) means "no advice": the caller backs off instead.
 */
public final class RetryAfter {
  private static final double MAX_SECONDS = 86_400;

  private RetryAfter() {}

  /**
   * @param header the Retry-After header's value, or null
   * @param body the response body, or null; only a JSON object's numeric retry_after counts
   * @return the wait, or null when the server gave no usable one
   */
  public static Duration of(String header, String body) {
    if (body != null && body.stripLeading().startsWith("{")) {
      JsonNode v = JsonStreams.parse(body).path("retry_after");
      if (v.isNumber()) {
        return seconds(v.asDouble());
      }
    }
    return header(header);
  }

  /** Seconds as sent in Retry-After, or null. */
  public static Duration header(String value) {
    if (value == null) {
      return null;
    }
    try {
      return seconds(Double.parseDouble(value.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Duration seconds(double s) {
    return s >= 0 && s < MAX_SECONDS ? Duration.ofMillis((long) Math.ceil(s * 1000)) : null;
  }
}
