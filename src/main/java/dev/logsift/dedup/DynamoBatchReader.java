package dev.logsift.dedup;

import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.BatchGet;
import dev.logsift.dynamo.DynamoException;
import dev.logsift.core.Sleeper;

import dev.logsift.core.DownstreamUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads items by key with BatchGetItem (at most 100 keys per call). The SDK retries throttled calls but not
 * the keys DynamoDB leaves unprocessed under load, so those are asked for again with backoff here.
 */
final class DynamoBatchReader {
  static final int MAX_KEYS = 100;
  static final int MAX_ROUNDS = 6;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);

  private final DynamoDb client;
  private final String table;
  private final Sleeper sleeper;

  DynamoBatchReader(DynamoDb client, String table, Sleeper sleeper) {
    this.client = client;
    this.table = table;
    this.sleeper = sleeper;
  }

  /**
   * The items that exist among the given partition keys, in no particular order.
   *
   * @param projection a projection expression, or null for whole items
   */
  List<Map<String, Attr>> get(List<String> keys, String projection, Map<String, String> names) {
    return get(keys, projection, names, false);
  }

  /** @param consistent strongly consistent reads (what a compare-and-set is about to rely on) */
  List<Map<String, Attr>> get(List<String> keys, String projection, Map<String, String> names,
      boolean consistent) {
    List<Map<String, Attr>> out = new ArrayList<>();
    for (int i = 0; i < keys.size(); i += MAX_KEYS) {
      List<Map<String, Attr>> chunk = new ArrayList<>();
      for (String k : keys.subList(i, Math.min(keys.size(), i + MAX_KEYS))) {
        chunk.add(Map.of(DynamoItems.PK, DynamoItems.s(k)));
      }
      String projected = projection == null ? null : DynamoItems.PK + ", " + projection;
      fetch(new BatchGet(table, chunk, consistent, projected, projection == null ? Map.of() : names), out);
    }
    return out;
  }

  private void fetch(BatchGet request, List<Map<String, Attr>> out) {
    BatchGet pending = request;
    Duration backoff = FIRST_BACKOFF;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      BatchGet.Answer r;
      try {
        r = client.batchGet(pending);
      } catch (DynamoException e) {
        throw DynamoDedupStore.unavailable("batch read", e);
      }
      out.addAll(r.items());
      if (r.unprocessed() == null) {
        return;
      }
      pending = r.unprocessed();
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
