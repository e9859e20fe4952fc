package dev.logsift.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.testing.ManualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetrierTest {
  private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(300),
      Duration.ofSeconds(5), Duration.ofMillis(500));
  private final ManualTime time = new ManualTime();

  private Retrier retrier(RandomGenerator random, long remainingMillis) {
    return new Retrier("svc", POLICY, time, time, random, () -> remainingMillis);
  }

  @Test
  void aServerWaitBeyondTheDeadlineIsNotWaitedFor() {
    AtomicInteger calls = new AtomicInteger();
    Retrier r = retrier(() -> 0L, 5_000);
    var e = assertThrows(DownstreamUnavailableException.class, () -> r.run(timeout -> {
      calls.incrementAndGet();
      return new Retrier.Retry<>("HTTP 429", Duration.ofSeconds(10));
    }));
    assertEquals("svc: HTTP 429 (no time left to retry)", e.getMessage());
    assertEquals(1, calls.get());
    assertTrue(time.sleeps.isEmpty());
  }

  @Test
  void aServerWaitWithinTheDeadlineIsWaitedExactly() {
    List<Duration> timeouts = new ArrayList<>();
    String v = retrier(() -> 0L, 5_000).run(timeout -> {
      timeouts.add(timeout);
      return timeouts.size() == 1 ? new Retrier.Retry<>("HTTP 429", Duration.ofMillis(1234)) : new Retrier.Done<>("ok");
    });
    assertEquals("ok", v);
    assertEquals(List.of(Duration.ofMillis(1234)), time.sleeps);
    // Each attempt gets at most the time left: 5 s minus the 0.5 s reserve, then 1.234 s less.
    assertEquals(List.of(Duration.ofMillis(4500), Duration.ofMillis(3266)), timeouts);
  }

  @Test
  void noTimeLeftMeansNoAttempt() {
    var e = assertThrows(DownstreamUnavailableException.class,
        () -> retrier(() -> 0L, 400).run(timeout -> new Retrier.Done<>("never")));
    assertEquals("svc: no time left in the invocation budget", e.getMessage());
  }

  @Test
  void givesUpAfterTheAttemptsAndNamesTheReasonOnly() {
    var e = assertThrows(DownstreamUnavailableException.class,
        () -> retrier(() -> -1L, 60_000).run(timeout -> new Retrier.Retry<>("HTTP 503", null)));
    assertEquals("svc: HTTP 503 (gave up after 4 attempts)", e.getMessage());
    // Random source at its top: the whole step, doubling up to the cap.
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300)), time.sleeps);
  }

  @Test
  void aFailIsNotRetriedAndTheNamingShapesTheMessage() {
    var e = assertThrows(DownstreamUnavailableException.class, () -> retrier(() -> 0L, 60_000)
        .run((reason, why) -> "get failed (" + reason + ")", timeout -> new Retrier.Fail<>("HTTP 403 AccessDenied")));
    assertEquals("svc: get failed (HTTP 403 AccessDenied)", e.getMessage());
    assertTrue(time.sleeps.isEmpty());
  }

  @Test
  void fullJitterStaysWithinZeroAndTheStep() {
    Retrier r = retrier(new SplittableRandom(7), 60_000);
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 2_000; i++) {
      long w = r.backoff(2).toMillis();
      min = Math.min(min, w);
      max = Math.max(max, w);
    }
    assertTrue(min >= 0 && min < 20, "low end reached: " + min);
    assertTrue(max <= 200 && max > 180, "high end reached: " + max);
    assertEquals(0, retrier(() -> 0L, 1).backoff(3).toMillis());
    assertEquals(300, retrier(() -> -1L, 1).backoff(9).toMillis(), "capped at maxDelay");
  }

}
