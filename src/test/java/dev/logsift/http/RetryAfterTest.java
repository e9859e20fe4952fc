package dev.logsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  @Test
  void retryAfterReadsTheBodyFirstThenTheHeader() {
    assertEquals(Duration.ofMillis(1234), RetryAfter.of("2", "{\"message\":\"slow\",\"retry_after\":1.234}"));
    assertEquals(Duration.ofSeconds(2), RetryAfter.of("2", "<html>cloudflare</html>"));
    assertEquals(Duration.ofSeconds(3), RetryAfter.of(" 3 ", "{\"ok\":false,\"error\":\"ratelimited\"}"));
    assertEquals(Duration.ofMillis(500), RetryAfter.of(null, "{\"retry_after\":0.5}"));
    assertEquals(Duration.ZERO, RetryAfter.header("0"));
    assertNull(RetryAfter.of(null, null));
    assertNull(RetryAfter.header("Wed, 21 Oct 2026 07:28:00 GMT"), "dates are not advice we follow");
    assertNull(RetryAfter.header("-1"));
    assertNull(RetryAfter.header("86400"), "a day or more is not a retry");
    assertNull(RetryAfter.of(null, "{\"retry_after\":\"soon\"}"));
  }
}
