package dev.logsift.dedup;

import dev.logsift.testing.MutableClock;

import static dev.logsift.dedup.DedupStoreContract.MODEL;
import static dev.logsift.dedup.DedupStoreContract.T0;
import static dev.logsift.dedup.DedupStoreContract.confirm;
import static dev.logsift.dedup.DedupStoreContract.sighting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.Config;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.testing.Dynalite;
import dev.logsift.testing.WireDynamo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What only the DynamoDB store has to get right: atomicity across instances, item layout, expiry, failures. */
@Tag("server")
class DynamoDedupStoreServerTest {
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final Duration ITEM_TTL = Duration.ofDays(7);

  Dynalite db;
  String table;
  MutableClock clock;
  DynamoDedupStore store;

  @BeforeEach
  void setUp() {
    db = Dynalite.shared();
    table = db.newTable();
    clock = new MutableClock(T0);
    store = new DynamoDedupStore(db.client(), table, WINDOW, ITEM_TTL, new SplittableRandom(7), clock);
  }

  Map<String, AttributeValue> item(String key) {
    return db.client()
        .getItem(b -> b.tableName(table).key(Map.of("pk", AttributeValue.fromS(key))).consistentRead(true)).item();
  }

  @Test
  void sixteenInstancesClaimingAtOnceYieldOneWinnerAndExactCounts() throws Exception {
    int n = 16;
    List<WireDynamo> clients = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<DynamoDedupStore> instances = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        WireDynamo c = Dynalite.newClient(db.endpoint());
        clients.add(c);
        instances.add(new DynamoDedupStore(c, table, WINDOW, ITEM_TTL, new SplittableRandom(i), clock));
      }
      for (int round = 0; round < 3; round++) {
        String fp = "race-" + round;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Claim>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          DynamoDedupStore s = instances.get(i);
          long count = i + 1;
          futures.add(pool.submit(() -> {
            go.await();
            return s.claim(sighting(fp, count), T0);
          }));
        }
        go.countDown();
        List<Claim> claims = new ArrayList<>();
        for (Future<Claim> f : futures) {
          claims.add(f.get());
        }
        // Thread i sent count i + 1; the events of every thread but the winner are suppressed repeats.
        long lostEvents = 0;
        int winners = 0;
        for (int i = 0; i < n; i++) {
          if (claims.get(i).won()) {
            winners++;
            assertTrue(claims.get(i).isNew());
          } else {
            lostEvents += i + 1;
          }
        }
        assertEquals(1, winners, "exactly one instance wins");
        Set<Long> totals = claims.stream().filter(c -> !c.won()).map(Claim::suppressedSinceLastReport)
            .collect(Collectors.toSet());
        assertEquals(n - 1, totals.size(), "every repeat saw a distinct running total");
        assertEquals(lostEvents, totals.stream().mapToLong(Long::longValue).max().orElseThrow());

        Claim next = store.claim(sighting(fp, 1), T0.plus(WINDOW));
        assertTrue(next.won());
        assertEquals(lostEvents, next.suppressedSinceLastReport(), "no repeat lost, none counted twice");
      }
    } finally {
      pool.shutdownNow();
      clients.forEach(WireDynamo::close);
    }
  }

  @Test
  void theFingerprintItemHasTheSchemaTerraformCreates() {
    String longTemplate = "x".repeat(5000);
    store.claim(new Sighting("fp-a", longTemplate, "checkout", "/ecs/checkout", 2), T0);
    Map<String, AttributeValue> it = item("fp#fp-a");
    assertEquals("fp#fp-a", it.get("pk").s());
    long expiresAt = Long.parseLong(it.get("expires_at").n());
    assertTrue(expiresAt >= T0.plus(ITEM_TTL).getEpochSecond(), "TTL in epoch seconds, beyond the item TTL");
    assertTrue(expiresAt < T0.plus(ITEM_TTL).plusSeconds(60).getEpochSecond());
    assertEquals(T0.plus(WINDOW).toEpochMilli(), Long.parseLong(it.get("window_until").n()));
    assertEquals(T0.toEpochMilli(), Long.parseLong(it.get("first_seen").n()));
    assertEquals(2048, it.get("template").s().length(), "long text is capped");
    assertEquals("checkout", it.get("service").s());
    assertEquals("/ecs/checkout", it.get("log_group").s());
  }

  @Test
  void repeatsKeepTheItemAlive() {
    store.claim(sighting("fp-a", 1), T0);
    Instant later = T0.plusSeconds(300);
    store.claim(sighting("fp-a", 1), later);
    assertEquals(later.toEpochMilli(), Long.parseLong(item("fp#fp-a").get("last_seen").n()));
    assertTrue(Long.parseLong(item("fp#fp-a").get("expires_at").n()) >= later.plus(ITEM_TTL).getEpochSecond());
  }

  @Test
  void anExpiredItemThatDynamoDbHasNotDeletedYetCountsAsGone() {
    Claim c = store.claim(sighting("fp-a", 1), T0);
    confirm(store, c, MODEL, "s", new PostedMessage("console", "", ""), T0);
    store.claim(sighting("fp-a", 5), T0.plusSeconds(1));
    Instant muchLater = T0.plus(ITEM_TTL).plus(Duration.ofDays(1));

    Claim again = store.claim(sighting("fp-a", 1), muchLater);
    assertTrue(again.won());
    assertTrue(again.isNew());
    assertEquals(muchLater, again.firstSeen());
    assertEquals(0, again.suppressedSinceLastReport());
    assertNull(again.cached());
    assertNull(store.claim(sighting("fp-a", 1), muchLater.plusSeconds(1)).cached(), "the stale cache is gone");
  }

  @Test
  void confirmRemembersWhereTheCardWent() {
    Claim c = store.claim(sighting("fp-a", 1), T0);
    confirm(store, c, MODEL, "s", new PostedMessage("discord", "chan", "123"), T0.plusSeconds(1));
    Map<String, AttributeValue> d = item("fp#fp-a").get("delivery").m();
    assertEquals("discord", d.get("destination").s());
    assertEquals("chan", d.get("channel").s());
    assertEquals("123", d.get("message_id").s());
  }

  @Test
  void recentCardsReadsManyHoursAndMoreThanOneBatchOfCards() {
    int cards = 130;
    for (int i = 0; i < cards; i++) {
      Instant at = T0.plus(Duration.ofMinutes(2L * i));
      String fp = "fp-" + i;
      Claim c = store.claim(sighting(fp, 1), at);
      // Webhooks without a message id must not overwrite each other's entries.
      confirm(store, c, MODEL, "s" + i, new PostedMessage("slack", "C1", i % 2 == 0 ? "" : "ts-" + i), at);
    }
    clock.set(T0.plus(Duration.ofHours(5)));
    List<PostedCard> all = store.recentCards(Instant.EPOCH);
    assertEquals(cards, all.size());
    assertEquals("fp-" + (cards - 1), all.get(0).fingerprint());
    for (int i = 1; i < all.size(); i++) {
      assertFalse(all.get(i).postedAt().isAfter(all.get(i - 1).postedAt()), "newest first");
    }
    Set<String> samples = new HashSet<>();
    all.forEach(p -> samples.add(p.sample()));
    assertEquals(cards, samples.size());
    assertEquals(30, store.recentCards(T0.plus(Duration.ofMinutes(200))).size());
  }

  @Test
  void unavailableDynamoDbFailsEveryOperationWithoutLogContent() {
    String secretTemplate = "password=hunter2 for <*>";
    dev.logsift.dynamo.DynamoDb dead = Dynalite.unreachable();
    try {
      DynamoDedupStore down = new DynamoDedupStore(dead, table, WINDOW, ITEM_TTL, new SplittableRandom(1), clock);
      Sighting s = new Sighting("fp-a", secretTemplate, "checkout", "/ecs/checkout", 1);
      Claim owned = new Claim("fp-a", true, "tok", 0, T0, false, null);
      List<Executable> calls = List.of(
          () -> down.claim(s, T0),
          () -> confirm(down, owned, MODEL, secretTemplate, new PostedMessage("slack", "C", "1"), T0),
          () -> down.release(owned, s, T0),
          () -> down.overrideClassification("fp-a", MODEL, T0),
          () -> down.recentCards(T0));
      for (Executable call : calls) {
        DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, call);
        assertEquals("dynamodb", e.service());
        assertFalse(e.getMessage().contains("hunter2"));
        assertNotNull(e.getCause());
      }
    } finally {
    }
  }

  @Test
  void theWiringsClientFindsDynamoDbThroughTheSdksOwnEndpointSetting() {
    Map<String, String> props = Map.of("aws.endpointUrlDynamoDb", db.endpoint().toString(),
        "aws.accessKeyId", Dynalite.ACCESS_KEY, "aws.secretAccessKey", Dynalite.SECRET_KEY);
    props.forEach(System::setProperty);
    try {
      Config config = Config.fromEnv(Map.of(Config.DEDUP_TABLE, table, Config.DEDUP_WINDOW_SECONDS, "60"));
      DynamoDedupStore created = new DynamoDedupStore(dev.logsift.app.Wiring.dynamoDb(dev.logsift.app.Transports.REAL),
          config.dedupTable(), config.dedupWindow(), config.dedup().itemTtl(), new SplittableRandom(3), clock);
      assertTrue(created.claim(sighting("fp-created", 1), T0).won());
      assertFalse(created.claim(sighting("fp-created", 1), T0.plusSeconds(59)).won());
      assertTrue(created.claim(sighting("fp-created", 1), T0.plusSeconds(60)).won(), "window from the config");
      assertNotNull(item("fp#fp-created"), "wrote to the configured table");
    } finally {
      props.keySet().forEach(System::clearProperty);
    }
  }
}
