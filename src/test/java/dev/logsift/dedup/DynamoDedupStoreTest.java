package dev.logsift.dedup;

import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.BatchGet;
import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Get;
import dev.logsift.dynamo.Put;
import dev.logsift.dynamo.Update;
import dev.logsift.core.Retrier;
import dev.logsift.testing.ManualTime;
import dev.logsift.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logsift.app.Config;
import dev.logsift.core.DownstreamUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The DynamoDB store's pure parts; the behaviour against a real server is in the *ServerTest classes. */
class DynamoDedupStoreTest {
  /** One scripted BatchGetItem answer: the items found and the keys left unprocessed (empty for none). */
  private record Scripted(List<Map<String, Attr>> items, List<Map<String, Attr>> unprocessed) {}

  /** A client that answers BatchGetItem from a script (the last answer repeats) and records the requests. */
  private static final class ScriptedDynamo implements DynamoDb {
    final List<BatchGet> requests = new ArrayList<>();
    final List<List<Map<String, Attr>>> puts = new ArrayList<>();
    private final List<Scripted> script;

    ScriptedDynamo(Scripted... script) {
      this.script = List.of(script);
    }

    @Override
    public BatchGet.Answer batchGet(BatchGet request) {
      requests.add(request);
      Scripted next = script.get(Math.min(requests.size(), script.size()) - 1);
      return new BatchGet.Answer(next.items(),
          next.unprocessed().isEmpty() ? null : request.withKeys(next.unprocessed()));
    }

    @Override
    public Map<String, Attr> get(Get request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void put(Put request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Attr> update(Update request) {
      throw new UnsupportedOperationException();
    }

    /** DynamoDB under load: every item is left unprocessed. */
    @Override
    public List<Map<String, Attr>> batchPut(String table, List<Map<String, Attr>> items) {
      puts.add(items);
      return items;
    }
  }

  @Test
  void itemsOutliveTheLongestOfWindowCacheAndLookBacks() {
    assertEquals(Duration.ofDays(7), Config.defaults().dedup().itemTtl());
    assertEquals(Duration.ofDays(30), Config.fromEnv(Map.of(
        Config.CLASSIFICATION_TTL_SECONDS, Integer.toString(30 * 86400))).dedup().itemTtl());
    assertEquals(Duration.ofDays(14), Config.fromEnv(Map.of(
        Config.CORRECTIONS_LOOKBACK_DAYS, "14")).dedup().itemTtl());
    assertEquals(Duration.ofDays(20), Config.fromEnv(Map.of(
        Config.NEW_LOOKBACK_DAYS, "20")).dedup().itemTtl());
  }

  @Test
  void itemsMustLiveAtLeastAsLongAsTheWindow() {
    assertThrows(IllegalArgumentException.class, () -> new DynamoDedupStore(new ScriptedDynamo(), "tbl",
        Duration.ofHours(2), Duration.ofHours(1), new SplittableRandom(1), new MutableClock(DedupStoreContract.T0)));
  }

  @Test
  void capNeverSplitsASurrogatePair() {
    String s = "ab\uD83D\uDE00cd";
    assertEquals("ab", DynamoItems.cap(s, 3));
    assertEquals("ab\uD83D\uDE00", DynamoItems.cap(s, 4));
    assertEquals(s, DynamoItems.cap(s, 10));
  }

  /** Rounds on the given budget, counted down by the sleeps; each wait the top of its jitter range. */
  private static Retrier rounds(ManualTime time, long budgetMillis) {
    return new Retrier("dynamodb", DynamoBatchReader.ROUNDS, time, time, () -> -1L, () -> budgetMillis);
  }

  @Test
  void unprocessedKeysAreAskedForAgainWithBackoff() {
    Map<String, Attr> a = Map.of("pk", Attr.fromS("a"));
    Map<String, Attr> b = Map.of("pk", Attr.fromS("b"));
    ScriptedDynamo client = new ScriptedDynamo(
        new Scripted(List.of(a), List.of(b)), new Scripted(List.of(b), List.of()));
    ManualTime time = new ManualTime();
    DynamoBatchReader reader = new DynamoBatchReader(client, "tbl", rounds(time, 20_000));
    assertEquals(List.of(a, b), reader.get(List.of("a", "b"), null, Map.of()));
    assertEquals(1, time.sleeps.size());
    assertEquals(2, client.requests.size());
    assertEquals(List.of(b), client.requests.get(1).keys());
  }

  @Test
  void keysThatStayUnprocessedMeanDynamoDbIsUnavailable() {
    Map<String, Attr> b = Map.of("pk", Attr.fromS("b"));
    ScriptedDynamo client = new ScriptedDynamo(new Scripted(List.of(), List.of(b)));
    ManualTime time = new ManualTime();
    DynamoBatchReader reader = new DynamoBatchReader(client, "tbl", rounds(time, 20_000));
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> reader.get(List.of("b"), null, Map.of()));
    assertEquals("dynamodb", e.service());
    assertEquals(DynamoBatchReader.MAX_ROUNDS, time.sleeps.size() + 1);
    assertEquals(Duration.ofMillis(50), time.sleeps.get(0));
    assertEquals(Duration.ofMillis(100), time.sleeps.get(1));
  }

  @Test
  void roundsOfUnprocessedKeysStopWhenTheBudgetIsSpent() {
    ScriptedDynamo client = new ScriptedDynamo(new Scripted(List.of(), List.of(Map.of("pk", Attr.fromS("b")))));
    ManualTime time = new ManualTime();
    DynamoBatchReader reader = new DynamoBatchReader(client, "tbl", rounds(time, 300));
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> reader.get(List.of("b"), null, Map.of()));
    // 50 + 100 ms fit in 300; the next 200 would not
    assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps);
    assertEquals(3, client.requests.size());
    assertEquals("dynamodb: batch read left 1 keys unprocessed (no time left to retry)", e.getMessage());
  }

  @Test
  void roundsOfUnprocessedItemsStopWhenTheBudgetIsSpentAndFailTheWrite() {
    List<Map<String, Attr>> items = List.of(Map.of("pk", Attr.fromS("a")), Map.of("pk", Attr.fromS("b")));
    ScriptedDynamo client = new ScriptedDynamo();
    ManualTime time = new ManualTime();
    DynamoBatchWriter writer = new DynamoBatchWriter(client, "tbl", rounds(time, 300));
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, () -> writer.put(items));
    assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps);
    assertEquals(List.of(items, items, items), client.puts, "every round resends what is left");
    assertEquals("dynamodb: batch write left 2 items unprocessed (no time left to retry)", e.getMessage());
  }

  @Test
  void moreThanAHundredKeysAreSplitIntoBatches() {
    ScriptedDynamo client = new ScriptedDynamo(new Scripted(List.of(), List.of()));
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      keys.add("k" + i);
    }
    new DynamoBatchReader(client, "tbl", rounds(new ManualTime(), 20_000)).get(keys, null, Map.of());
    assertEquals(List.of(100, 100, 50),
        client.requests.stream().map(r -> r.keys().size()).toList());
  }
}
