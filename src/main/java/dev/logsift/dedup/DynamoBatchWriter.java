package dev.logsift.dedup;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Unconditional puts with BatchWriteItem (at most 25 per call). Like {@link DynamoBatchReader}, the items
 * DynamoDB leaves unprocessed under load are sent again with backoff here; the SDK does not.
 */
final class DynamoBatchWriter {
  static final int MAX_ITEMS = 25;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);

  private final DynamoDbClient client;
  private final String table;
  private final Sleeper sleeper;

  DynamoBatchWriter(DynamoDbClient client, String table, Sleeper sleeper) {
    this.client = client;
    this.table = table;
    this.sleeper = sleeper;
  }

  void put(List<WriteRequest> writes) {
    for (int i = 0; i < writes.size(); i += MAX_ITEMS) {
      Map<String, List<WriteRequest>> pending = Map.of(table,
          List.copyOf(writes.subList(i, Math.min(writes.size(), i + MAX_ITEMS))));
      Duration backoff = FIRST_BACKOFF;
      for (int round = 0; !pending.isEmpty(); round++) {
        if (round == DynamoBatchReader.MAX_ROUNDS) {
          throw new DownstreamUnavailableException("dynamodb", "batch write left items unprocessed after "
              + DynamoBatchReader.MAX_ROUNDS + " rounds", null);
        }
        if (round > 0) {
          pause(backoff);
          backoff = backoff.multipliedBy(2);
        }
        Map<String, List<WriteRequest>> request = pending;
        BatchWriteItemResponse r;
        try {
          r = client.batchWriteItem(b -> b.requestItems(request));
        } catch (SdkException e) {
          throw DynamoDedupStore.unavailable("batch write", e);
        }
        pending = r.hasUnprocessedItems() ? r.unprocessedItems() : Map.of();
      }
    }
  }

  private void pause(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownstreamUnavailableException("dynamodb", "batch write interrupted", e);
    }
  }
}
