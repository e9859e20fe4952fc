package dev.logsift.dedup;

import static dev.logsift.dedup.DedupStoreContract.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.signal.DynamoSignalStore;
import dev.logsift.signal.Evidence;
import dev.logsift.signal.InMemorySignalStore;
import dev.logsift.signal.Observation;
import dev.logsift.signal.StatsUpdate;
import dev.logsift.testing.Dynalite;
import dev.logsift.testing.WireDynamo;
import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Signals kept in the dedup item (one write per fingerprint): the same answers as separate stores, and exact
 * under concurrent instances.
 */
@Tag("server")
class DynamoSightingsServerTest {
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final Duration TTL = Duration.ofDays(7);
  static final StatsUpdate UPDATE = new StatsUpdate(Duration.ofMinutes(5), 0.2, 5.0, 20, Duration.ofDays(7), WINDOW);

  Dynalite db;
  String table;
  MutableClock clock;
  DynamoDedupStore store;

  @BeforeEach
  void setUp() {
    db = Dynalite.shared();
    table = db.newTable();
    clock = new MutableClock(T0);
    store = new DynamoDedupStore(db.client(), table, WINDOW, TTL, new SplittableRandom(7), clock, UPDATE);
  }

  static Sighting sighting(String fp, long count, String group) {
    return new Sighting(fp, "template " + fp, "svc", group, count);
  }

  static Sighted one(DedupStore s, Sighting sighting, boolean noise, Instant at, dev.logsift.signal.SignalStore sig) {
    Sighted r = s.observeAndClaim(List.of(sighting), List.of(noise), sig, at).get(0);
    if (r.failure() != null) {
      throw r.failure();
    }
    return r;
  }

  @Test
  void answersAsSeparateStoresDo() {
    InMemoryDedupStore memDedup = new InMemoryDedupStore(WINDOW, new SplittableRandom(1));
    InMemorySignalStore memSignals = new InMemorySignalStore(UPDATE);
    // {count, seconds after T0, log group index, known noise}
    long[][] steps = {{5, 0, 0, 0}, {7, 200, 0, 0}, {10, 300, 0, 0}, {90, 600, 0, 0}, {1, 610, 1, 0},
        {3, 700, 0, 1}, {200, 1300, 0, 1}, {1, 2000, 0, 0}, {4, 6 * 86400, 0, 0}};
    String[] groups = {"/ecs/a", "/ecs/b"};
    for (long[] st : steps) {
      Sighting s = sighting("fp", st[0], groups[(int) st[2]]);
      Instant at = T0.plusSeconds(st[1]);
      Sighted mem = one(memDedup, s, st[3] == 1, at, memSignals);
      Sighted dyn = one(store, s, st[3] == 1, at, null);
      assertEquals(mem.evidence(), dyn.evidence(), "evidence at +" + st[1] + " s");
      assertEquals(mem.claim() == null, dyn.claim() == null, "known noise is only observed unless it spikes");
      if (mem.claim() != null) {
        assertEquals(mem.claim().won(), dyn.claim().won(), "+" + st[1]);
        assertEquals(mem.claim().suppressedSinceLastReport(), dyn.claim().suppressedSinceLastReport(), "+" + st[1]);
        assertEquals(mem.claim().isNew(), dyn.claim().isNew(), "+" + st[1]);
        assertEquals(mem.claim().firstSeen(), dyn.claim().firstSeen(), "+" + st[1]);
      }
    }
  }

  @Test
  void sixteenInstancesAtOnceYieldOneWinnerOneNewAndExactCounts() throws Exception {
    int n = 16;
    List<WireDynamo> clients = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<DynamoDedupStore> instances = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        WireDynamo c = Dynalite.newClient(db.endpoint());
        clients.add(c);
        instances.add(new DynamoDedupStore(c, table, WINDOW, TTL, new SplittableRandom(i), clock, UPDATE));
      }
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Sighted>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        DynamoDedupStore s = instances.get(i);
        long count = i + 1;
        futures.add(pool.submit(() -> {
          go.await();
          return one(s, sighting("hot", count, "/ecs/a"), false, T0, null);
        }));
      }
      go.countDown();
      int winners = 0;
      int news = 0;
      long lost = 0;
      for (int i = 0; i < n; i++) {
        Sighted r = futures.get(i).get();
        winners += r.claim().won() ? 1 : 0;
        news += r.evidence().isNew() ? 1 : 0;
        lost += r.claim().won() ? 0 : i + 1;
      }
      assertEquals(1, winners, "exactly one instance wins the claim");
      assertEquals(1, news, "exactly one instance saw it first");
      long all = (long) n * (n + 1) / 2;
      Sighted next = one(store, sighting("hot", 1, "/ecs/a"), false, T0.plusSeconds(1), null);
      assertEquals(all + 1, next.evidence().bucketCount(), "no event lost from the signals, none counted twice");
      assertEquals(lost + 1, next.claim().suppressedSinceLastReport(), "no repeat lost, none counted twice");
    } finally {
      pool.shutdownNow();
      clients.forEach(WireDynamo::close);
    }
  }

  @Test
  void itemsClaimedBeforeTheSignalsMovedInAreNotNewAgain() {
    DynamoDedupStore before = new DynamoDedupStore(db.client(), table, WINDOW, TTL, new SplittableRandom(2), clock);
    before.claim(sighting("old", 3, "/ecs/a"), T0);
    Sighted r = one(store, sighting("old", 30, "/ecs/a"), false, T0.plus(WINDOW).plusSeconds(60), null);
    assertTrue(r.claim().won());
    assertFalse(r.evidence().isNew(), "seen within the look-back");
    assertFalse(r.evidence().spike(), "the baseline starts over rather than calling everything a spike");
    assertFalse(r.claim().isNew());
  }

  @Test
  void aBreakThroughIsReleasedThroughTheSignalStoreOnTheSameItem() {
    DynamoSignalStore signals = new DynamoSignalStore(db.client(), table, UPDATE, TTL, new SplittableRandom(3));
    one(store, sighting("fp", 2, "/ecs/a"), false, T0, null);
    Sighted spike = one(store, sighting("fp", 100, "/ecs/a"), false, T0.plusSeconds(300), null);
    assertTrue(spike.evidence().breakThrough());
    assertFalse(spike.claim().won(), "inside the window");
    signals.releaseBreakThrough("fp", spike.evidence().breakThroughToken());
    assertTrue(one(store, sighting("fp", 1, "/ecs/a"), false, T0.plusSeconds(301), null).evidence().breakThrough());
    Evidence plain = signals.observe(new Observation("fp", "svc", "/ecs/a", 1), T0.plusSeconds(302));
    assertEquals(102, plain.bucketCount(), "both writers share one history (100 + 1 + 1 in this bucket)");
  }

  @Test
  void aStoreThatCannotBeReachedFailsEverySightingTyped() {
    dev.logsift.dynamo.DynamoDb dead = Dynalite.unreachable();
    try {
      DynamoDedupStore down = new DynamoDedupStore(dead, table, WINDOW, TTL, new SplittableRandom(1), clock, UPDATE);
      List<Sighted> r = down.observeAndClaim(List.of(sighting("a", 1, "/g"), sighting("b", 1, "/g")),
          List.of(false, false), null, T0);
      assertEquals(2, r.size());
      r.forEach(s -> {
        assertTrue(s.failure() instanceof dev.logsift.core.DownstreamUnavailableException);
        assertNull(s.claim());
      });
    } finally {
    }
  }
}
