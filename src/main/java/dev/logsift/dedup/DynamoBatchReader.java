package dev.logsift.dedup;

import dev.logsift.core.Sleeper;

import dev.logsift.core.DownstreamUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads items by key with BatchGetItem (at most 100 keys per call). The SDK retries throttled calls but not
 * the keys DynamoDB leaves unprocessed under load, so those are asked for again with backoff here.
 */
final class DynamoBatchReader {
  static final int MAX_KEYS = 100;
  static final int MAX_ROUNDS = 6;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);

  private final DynamoDbClient client;
  private final String table;
  private final Sleeper sleeper;

  DynamoBatchReader(DynamoDbClient client, String table, Sleeper sleeper) {
    this.client = client;
    this.table = table;
    this.sleeper = sleeper;
  }

  /**
   * The items that exist among the given partition keys, in no particular order.
   *
   * @param projection a projection expression, or null for whole items
   */
  List<Map<String, AttributeValue>> get(List<String> keys, String projection, Map<String, String> names) {
    return get(keys, projection, names, false);
  }

  /** @param consistent strongly consistent reads (what a compare-and-set is about to rely on) */
  List<Map<String, AttributeValue>> get(List<String> keys, String projection, Map<String, String> names,
      boolean consistent) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += MAX_KEYS) {
      List<Map<String, AttributeValue>> chunk = new ArrayList<>();
      for (String k : keys.subList(i, Math.min(keys.size(), i + MAX_KEYS))) {
        chunk.add(Map.of(DynamoItems.PK, DynamoItems.s(k)));
      }
      KeysAndAttributes.Builder ka = KeysAndAttributes.builder().keys(chunk).consistentRead(consistent);
      if (projection != null) {
        ka.projectionExpression(DynamoItems.PK + ", " + projection).expressionAttributeNames(names);
      }
      fetch(Map.of(table, ka.build()), out);
    }
    return out;
  }

  private void fetch(Map<String, KeysAndAttributes> request, List<Map<String, AttributeValue>> out) {
    Map<String, KeysAndAttributes> pending = request;
    Duration backoff = FIRST_BACKOFF;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      BatchGetItemResponse r;
      try {
        r = client.batchGetItem(BatchGetItemRequest.builder().requestItems(new HashMap<>(pending)).build());
      } catch (SdkException e) {
        throw DynamoDedupStore.unavailable("batch read", e);
      }
      out.addAll(r.responses().getOrDefault(table, List.of()));
      if (!r.hasUnprocessedKeys() || r.unprocessedKeys().isEmpty()) {
        return;
      }
      pending = r.unprocessedKeys();
      if (round == MAX_ROUNDS - 1) {
        break;
      }
      try {
        sleeper.sleep(backoff);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DownstreamUnavailableException("dynamodb", "batch read interrupted", e);
      }
      backoff = backoff.multipliedBy(2);
    }
    throw new DownstreamUnavailableException("dynamodb", "batch read left keys unprocessed after "
        + MAX_ROUNDS + " rounds", null);
  }
}
