package dev.logsift.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.fingerprint.MaskingFingerprinter;
import dev.logsift.fingerprint.StoredLearningFingerprinter;
import dev.logsift.fingerprint.TemplateStore;
import dev.logsift.testing.Dynalite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@Tag("server")
class DynamoTemplateStoreServerTest {
  private static final Instant T0 = Instant.parse("2026-12-06T07:00:00Z");
  private static final Duration TTL = Duration.ofDays(7);

  Dynalite db;
  String table;
  DynamoTemplateStore store;

  @BeforeEach
  void setUp() {
    db = Dynalite.shared();
    table = db.newTable();
    store = new DynamoTemplateStore(db.client(), table, TTL);
  }

  @Test
  void statesRoundTripWithVersionedConditionalWritesAndTtl() {
    assertTrue(store.load("orders").isEmpty());
    TemplateStore.State one = new TemplateStore.State(1, "fp-x", new byte[] {1, 2, 3});
    assertTrue(store.save("orders", one, 0, T0));
    assertFalse(store.save("orders", one, 0, T0), "a second first write loses");
    TemplateStore.State read = store.load("orders").orElseThrow();
    assertEquals(1, read.version());
    assertEquals("fp-x", read.rulesVersion());
    assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), List.of(read.data()[0], read.data()[1], read.data()[2]));
    assertFalse(store.save("orders", new TemplateStore.State(2, "fp-x", new byte[] {4}), 7, T0), "stale version");
    assertTrue(store.save("orders", new TemplateStore.State(2, "fp-x", new byte[] {4}), 1, T0));
    Map<String, AttributeValue> item = db.client().getItem(b -> b.tableName(table)
        .key(Map.of("pk", AttributeValue.fromS("tpl#orders")))).item();
    assertEquals(Long.toString(T0.plus(TTL).getEpochSecond()), item.get("expires_at").n());
    assertEquals("2", item.get("v").n());
  }

  @Test
  void aCorruptItemIsReportedNotTrusted() {
    db.client().putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("tpl#bad"),
        "v", AttributeValue.fromS("not a number"))));
    assertThrows(TemplateStore.Unavailable.class, () -> store.load("bad"));
    // and the fingerprinter answers statelessly for that batch
    MaskingFingerprinter stateless = new MaskingFingerprinter();
    List<Fingerprint> out = new StoredLearningFingerprinter(stateless, store, Clock.fixed(T0, ZoneOffset.UTC))
        .fingerprintAll("bad", List.of("order 1 failed", "order 2 failed"));
    assertEquals(List.of(stateless.fingerprint("order 1 failed"), stateless.fingerprint("order 2 failed")), out);
  }

  @Test
  void anUnreachableTableIsUnavailable() {
    DynamoTemplateStore nowhere = new DynamoTemplateStore(db.client(), "no-such-table", TTL);
    assertThrows(TemplateStore.Unavailable.class, () -> nowhere.load("orders"));
  }

  /**
   * The storm across two cold starts: 10 batches of 10,000 lines from three services, 22 distinct
   * errors, two with a digit-free variable (a random sub-domain; a user name out of 300). Batches
   * 0-4 run in one container, 5-9 in another, against one table: 22 fingerprints in all.
   */
  @Test
  void aStormAcrossTwoColdStartsKeepsOneFingerprintPerError() {
    Random random = new Random(11);
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      users.add(word(random, 5 + random.nextInt(4)));
    }
    String[] services = {"checkout", "payments", "search"};
    Map<String, Set<String>> ids = new HashMap<>();
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    StoredLearningFingerprinter container = null;
    for (int batch = 0; batch < 10; batch++) {
      if (batch == 0 || batch == 5) {
        container = new StoredLearningFingerprinter(new MaskingFingerprinter(), store, clock);
      }
      for (int s = 0; s < services.length; s++) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10_000 / services.length; i++) {
          lines.add(storm(random, s, users));
        }
        for (Fingerprint f : container.fingerprintAll(services[s], lines)) {
          ids.computeIfAbsent(services[s], k -> new HashSet<>()).add(f.id());
        }
      }
    }
    int total = ids.values().stream().mapToInt(Set::size).sum();
    assertEquals(22, total, ids.toString());
  }

  /** Service 0: 8 errors (one with a random sub-domain); 1: 7 (one with a user name); 2: 7. */
  private static String storm(Random r, int service, List<String> users) {
    int kind = r.nextInt(service == 0 ? 8 : 7);
    if (service == 0 && kind == 0) {
      return "upstream timed out while reading response header from upstream, server: " + word(r, 10)
          + ".shop.example.com, request: \"GET /api/cart/" + r.nextInt(99_999) + " HTTP/1.1\"";
    }
    if (service == 1 && kind == 0) {
      return "login failed for user " + users.get(r.nextInt(users.size())) + ": invalid password";
    }
    return String.format(ERRORS[new int[] {0, 8, 15}[service] + kind], r.nextInt(1_000_000), r.nextInt(5_000));
  }

  private static final String[] ERRORS = {
      "", "payment for order %d declined by processor after %d ms", "cart %d could not be saved: row lock timeout after %d ms",
      "java.lang.IllegalStateException: order %d is already shipped (%d)", "redis GET cart:%d timed out after %d ms",
      "coupon %d expired %d days ago", "ERROR: deadlock detected while updating order %d (pid %d)",
      "inventory reservation %d failed: only %d left",
      "", "refund %d rejected: amount exceeds captured %d", "webhook delivery %d failed after %d ms with HTTP 503",
      "ledger entry %d out of balance by %d cents", "card token %d not found in vault (%d)",
      "currency conversion for invoice %d failed: rate stale by %d s", "settlement file %d missing %d rows",
      "index shard %d unavailable for %d ms", "query parse error at position %d of %d",
      "synonym dictionary %d failed to load (%d entries)", "autocomplete cache miss storm: %d misses in %d ms",
      "ranking model %d returned NaN for %d documents", "crawler queue %d backlog above %d",
      "spell checker %d timed out on %d tokens"};

  private static String word(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }
}
