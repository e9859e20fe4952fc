package dev.logsift.dedup;

import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.DynamoException;
import dev.logsift.core.Retrier;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Unconditional puts with BatchWriteItem (at most 25 per call). Like {@link DynamoBatchReader}, the items
 * DynamoDB leaves unprocessed under load are sent again here, in rounds that end with the client's budget.
 */
final class DynamoBatchWriter {
  static final int MAX_ITEMS = 25;

  private final DynamoDb client;
  private final String table;
  private final Retrier rounds;

  /** @param rounds on {@link DynamoBatchReader#ROUNDS} and the budget the client has */
  DynamoBatchWriter(DynamoDb client, String table, Retrier rounds) {
    this.client = client;
    this.table = table;
    this.rounds = rounds;
  }

  /** Items still unprocessed when the rounds or the time run out fail the write: none is dropped. */
  void put(List<Map<String, Attr>> items) {
    for (int i = 0; i < items.size(); i += MAX_ITEMS) {
      AtomicReference<List<Map<String, Attr>>> pending =
          new AtomicReference<>(List.copyOf(items.subList(i, Math.min(items.size(), i + MAX_ITEMS))));
      rounds.run(timeout -> {
        List<Map<String, Attr>> left;
        try {
          left = client.batchPut(table, pending.get());
        } catch (DynamoException e) {
          throw DynamoDedupStore.unavailable("batch write", e);
        }
        pending.set(left);
        return left.isEmpty() ? new Retrier.Done<>(null)
            : new Retrier.Retry<>("batch write left " + left.size() + " items unprocessed", null);
      });
    }
  }
}
