package dev.logsift.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsUpdateTest {
  private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
  private final StatsUpdate update = new StatsUpdate(Duration.ofMinutes(5), 0.2, 5.0, 20, Duration.ofDays(7),
      Duration.ofMinutes(10));
  private final InMemorySignalStore store = new InMemorySignalStore(update);

  private Evidence see(long count, long secondsAfterT0) {
    return see("/ecs/checkout", count, secondsAfterT0);
  }

  private Evidence see(String group, long count, long secondsAfterT0) {
    return store.observe(new Observation("fp", "svc", group, count), T0.plusSeconds(secondsAfterT0));
  }

  @Test
  void countsAddUpWithinABucketAndStartAfreshAtItsBoundary() {
    assertEquals(10, see(10, 0).bucketCount());
    assertEquals(15, see(5, 299).bucketCount());
    Evidence next = see(3, 300);
    assertEquals(3, next.bucketCount());
    assertEquals(15.0, next.baseline(), 1e-9, "the first completed bucket seeds the baseline");
  }

  @Test
  void baselineIsAnExponentialMovingAverageThatDecaysOverEmptyBuckets() {
    see(15, 0);
    see(3, 300);
    Evidence e = see(1, 600);
    assertEquals(0.2 * 3 + 0.8 * 15, e.baseline(), 1e-9);
    Evidence later = see(1, 1800);
    double expected = (0.2 * 1 + 0.8 * 12.6) * Math.pow(0.8, 3);
    assertEquals(expected, later.baseline(), 1e-9);
  }

  @Test
  void spikeNeedsBothTheFactorAndTheFloor() {
    see(10, 0);
    Evidence atFactor = see(50, 300);
    assertEquals(10.0, atFactor.baseline(), 1e-9);
    assertFalse(atFactor.spike(), "50 is not above 5 x 10");
    Evidence above = see(1, 301);
    assertTrue(above.spike(), "51 is above 5 x 10 and the floor of 20");
    assertEquals(List.of("SPIKE: 51 in 5 min vs ~10 baseline"), above.flags());
  }

  @Test
  void smallBaselinesStillNeedTheAbsoluteFloor() {
    see(1, 0);
    assertFalse(see(19, 300).spike(), "19 is above 5 x 1 but below the floor of 20");
    assertTrue(see(1, 301).spike(), "20 reaches the floor");
  }

  @Test
  void noSpikeWithoutACompletedBucket() {
    assertFalse(see(10_000, 0).spike());
  }

  @Test
  void aSpikeBreaksThroughOncePerWindow() {
    see(2, 0);
    Evidence first = see(100, 300);
    assertTrue(first.spike() && first.breakThrough());
    Evidence again = see(100, 360);
    assertTrue(again.spike());
    assertFalse(again.breakThrough(), "deduplicated again after the one extra card");
    Evidence afterWindow = see(1000, 300 + 600);
    assertTrue(afterWindow.spike() && afterWindow.breakThrough());
  }

  @Test
  void releasingABreakThroughLetsTheNextBatchPostIt() {
    see(2, 0);
    Evidence first = see(100, 300);
    store.releaseBreakThrough("fp", first.breakThroughToken());
    assertTrue(see(1, 310).breakThrough());
    store.releaseBreakThrough("fp", 12345);
    assertFalse(see(1, 320).breakThrough(), "a stale token releases nothing");
  }

  @Test
  void newMeansNotSeenWithinTheLookBack() {
    assertTrue(see(1, 0).isNew());
    assertFalse(see(1, 60).isNew());
    Evidence eightDaysLater = see(1, Duration.ofDays(8).toSeconds());
    assertTrue(eightDaysLater.isNew());
    assertTrue(eightDaysLater.flags().contains("NEW"));
  }

  @Test
  void spreadNamesTheNewLogGroupOnce() {
    see("/ecs/checkout", 1, 0);
    Evidence spread = see("/ecs/payments", 1, 60);
    assertEquals(List.of("/ecs/payments"), spread.newLogGroups());
    assertTrue(spread.breakThrough());
    assertEquals(List.of("SPREAD: now also in /ecs/payments"), spread.flags());
    assertFalse(see("/ecs/payments", 1, 120).spread());
    assertFalse(see("/ecs/checkout", 1, 180).spread());
  }

  @Test
  void aLogGroupSeenLongAgoCountsAsNewAgain() {
    see("/ecs/payments", 1, 0);
    see("/ecs/checkout", 1, Duration.ofDays(6).toSeconds());
    Evidence back = see("/ecs/payments", 1, Duration.ofDays(8).toSeconds());
    assertEquals(List.of("/ecs/payments"), back.newLogGroups());
  }
}
