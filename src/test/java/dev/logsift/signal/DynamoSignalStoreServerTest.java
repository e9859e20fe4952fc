package dev.logsift.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.testing.Dynalite;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("server")
class DynamoSignalStoreServerTest {
  private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");
  private final StatsUpdate update = new StatsUpdate(Duration.ofMinutes(5), 0.2, 5.0, 20, Duration.ofDays(7),
      Duration.ofMinutes(10));
  private Dynalite dynalite;
  private String table;
  private DynamoSignalStore store;

  @BeforeEach
  void setUp() {
    dynalite = Dynalite.shared();
    table = dynalite.newTable();
    store = new DynamoSignalStore(dynalite.client(), table, update, Duration.ofDays(7), new java.util.Random(7));
  }

  @Test
  void flagsComeOutAsInMemory() {
    InMemorySignalStore memory = new InMemorySignalStore(update);
    long[][] steps = {{5, 0}, {7, 200}, {10, 300}, {90, 600}, {1, 610}};
    for (long[] s : steps) {
      Observation o = new Observation("fp", "svc", "/g", s[0]);
      assertEquals(memory.observe(o, T0.plusSeconds(s[1])), store.observe(o, T0.plusSeconds(s[1])));
    }
    Evidence spread = store.observe(new Observation("fp", "svc", "/h", 1), T0.plusSeconds(620));
    assertEquals(List.of("/h"), spread.newLogGroups());
  }

  @Test
  void concurrentInstancesLoseNoCount() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      DynamoSignalStore instance = new DynamoSignalStore(Dynalite.newClient(dynalite.endpoint()), table, update,
          Duration.ofDays(7), new java.util.Random(t));
      futures.add(pool.submit(() -> {
        for (int i = 0; i < 5; i++) {
          instance.observe(new Observation("hot", "svc", "/g", 10), T0.plusSeconds(10));
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    assertEquals(310, store.observe(new Observation("hot", "svc", "/g", 10), T0.plusSeconds(11)).bucketCount());
  }

  @Test
  void onlyOneInstanceGetsTheBreakThrough() throws Exception {
    store.observe(new Observation("fp", "svc", "/g", 2), T0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> futures = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      DynamoSignalStore instance = new DynamoSignalStore(Dynalite.newClient(dynalite.endpoint()), table, update,
          Duration.ofDays(7), new java.util.Random(t));
      futures.add(pool.submit(() -> instance.observe(new Observation("fp", "svc", "/g", 100), T0.plusSeconds(300))
          .breakThrough()));
    }
    int winners = 0;
    for (Future<Boolean> f : futures) {
      winners += f.get() ? 1 : 0;
    }
    pool.shutdown();
    assertEquals(1, winners);
  }

  @Test
  void releaseLetsTheNextBatchBreakThrough() {
    store.observe(new Observation("fp", "svc", "/g", 2), T0);
    Evidence e = store.observe(new Observation("fp", "svc", "/g", 100), T0.plusSeconds(300));
    assertTrue(e.breakThrough());
    store.releaseBreakThrough("fp", e.breakThroughToken());
    assertTrue(store.observe(new Observation("fp", "svc", "/g", 1), T0.plusSeconds(301)).breakThrough());
    assertFalse(store.observe(new Observation("fp", "svc", "/g", 1), T0.plusSeconds(302)).breakThrough());
  }

  @Test
  void unavailableDynamoIsATypedError() {
    DynamoSignalStore dead = new DynamoSignalStore(Dynalite.newClient(URI.create("http://127.0.0.1:"
        + Dynalite.closedPort())), table, update, Duration.ofDays(7), new java.util.Random(7));
    org.junit.jupiter.api.Assertions.assertThrows(DownstreamUnavailableException.class,
        () -> dead.observe(new Observation("fp", "svc", "/g", 1), T0));
  }
}
