package dev.logsift.dedup;

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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/** The DynamoDB store's pure parts; the behaviour against a real server is in the *ServerTest classes. */
class DynamoDedupStoreTest {
  /** A client that answers BatchGetItem from a script (the last answer repeats) and records the requests. */
  private static final class ScriptedDynamo implements DynamoDbClient {
    final List<BatchGetItemRequest> requests = new ArrayList<>();
    private final List<BatchGetItemResponse> script;

    ScriptedDynamo(BatchGetItemResponse... script) {
      this.script = List.of(script);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
      requests.add(request);
      return script.get(Math.min(requests.size(), script.size()) - 1);
    }

    @Override
    public String serviceName() {
      return "dynamodb";
    }

    @Override
    public void close() {}
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

  @Test
  void unprocessedKeysAreAskedForAgainWithBackoff() {
    Map<String, AttributeValue> a = Map.of("pk", AttributeValue.fromS("a"));
    Map<String, AttributeValue> b = Map.of("pk", AttributeValue.fromS("b"));
    ScriptedDynamo client = new ScriptedDynamo(
        BatchGetItemResponse.builder().responses(Map.of("tbl", List.of(a)))
            .unprocessedKeys(Map.of("tbl", KeysAndAttributes.builder().keys(b).build())).build(),
        BatchGetItemResponse.builder().responses(Map.of("tbl", List.of(b))).build());
    List<Duration> slept = new ArrayList<>();
    DynamoBatchReader reader = new DynamoBatchReader(client, "tbl", slept::add);
    assertEquals(List.of(a, b), reader.get(List.of("a", "b"), null, Map.of()));
    assertEquals(1, slept.size());
    assertEquals(2, client.requests.size());
    assertEquals(List.of(b), client.requests.get(1).requestItems().get("tbl").keys());
  }

  @Test
  void keysThatStayUnprocessedMeanDynamoDbIsUnavailable() {
    Map<String, AttributeValue> b = Map.of("pk", AttributeValue.fromS("b"));
    ScriptedDynamo client = new ScriptedDynamo(BatchGetItemResponse.builder()
        .responses(Map.of()).unprocessedKeys(Map.of("tbl", KeysAndAttributes.builder().keys(b).build())).build());
    List<Duration> slept = new ArrayList<>();
    DynamoBatchReader reader = new DynamoBatchReader(client, "tbl", slept::add);
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> reader.get(List.of("b"), null, Map.of()));
    assertEquals("dynamodb", e.service());
    assertEquals(DynamoBatchReader.MAX_ROUNDS, slept.size() + 1);
    assertEquals(Duration.ofMillis(50), slept.get(0));
    assertEquals(Duration.ofMillis(100), slept.get(1));
  }

  @Test
  void moreThanAHundredKeysAreSplitIntoBatches() {
    ScriptedDynamo client = new ScriptedDynamo(
        BatchGetItemResponse.builder().responses(Map.of("tbl", List.of())).build());
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      keys.add("k" + i);
    }
    new DynamoBatchReader(client, "tbl", d -> {}).get(keys, null, Map.of());
    assertEquals(List.of(100, 100, 50),
        client.requests.stream().map(r -> r.requestItems().get("tbl").keys().size()).toList());
  }
}
