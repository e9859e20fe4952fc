package dev.logsift.dedup;

import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.BatchGet;
import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.DynamoException;
import dev.logsift.core.Retrier;
import dev.logsift.core.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads items by key with BatchGetItem (at most 100 keys per call). The client retries throttled calls but not
 * the keys DynamoDB leaves unprocessed under load, so those are asked for again here, through a Retrier on the
 * client's own budget: the rounds and the client's retries inside them stop together with the invocation.
 */
final class DynamoBatchReader {
  static final int MAX_KEYS = 100;
  static final int MAX_ROUNDS = 6;
  /**
   * Rounds of a batch read or write: 50 ms doubling, with jitter. The request timeout is not used: each
   * round's call is timed by the client.
   */
  static final RetryPolicy ROUNDS = new RetryPolicy(MAX_ROUNDS, Duration.ofMillis(50), Duration.ofMillis(800),
      Duration.ofSeconds(10), Duration.ZERO);

  private final DynamoDb client;
  private final String table;
  private final Retrier rounds;

  /** @param rounds on {@link #ROUNDS} and the budget the client has */
  DynamoBatchReader(DynamoDb client, String table, Retrier rounds) {
    this.client = client;
    this.table = table;
    this.rounds = rounds;
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

  /** Keys still unprocessed when the rounds or the time run out fail the read: none is dropped. */
  private void fetch(BatchGet request, List<Map<String, Attr>> out) {
    AtomicReference<BatchGet> pending = new AtomicReference<>(request);
    rounds.run(timeout -> {
      BatchGet.Answer r;
      try {
        r = client.batchGet(pending.get());
      } catch (DynamoException e) {
        throw DynamoDedupStore.unavailable("batch read", e);
      }
      out.addAll(r.items());
      if (r.unprocessed() == null) {
        return new Retrier.Done<>(null);
      }
      pending.set(r.unprocessed());
      return new Retrier.Retry<>("batch read left " + r.unprocessed().keys().size() + " keys unprocessed", null);
    });
  }
}
