package dev.logsift.dedup;

import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.DynamoException;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Unconditional puts with BatchWriteItem (at most 25 per call). Like {@link DynamoBatchReader}, the items
 * DynamoDB leaves unprocessed under load are sent again with backoff here; the SDK does not.
 */
final class DynamoBatchWriter {
  static final int MAX_ITEMS = 25;
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(50);

  private final DynamoDb client;
  private final String table;
  private final Sleeper sleeper;

  DynamoBatchWriter(DynamoDb client, String table, Sleeper sleeper) {
    this.client = client;
    this.table = table;
    this.sleeper = sleeper;
  }

  void put(List<Map<String, Attr>> items) {
    for (int i = 0; i < items.size(); i += MAX_ITEMS) {
      List<Map<String, Attr>> pending = List.copyOf(items.subList(i, Math.min(items.size(), i + MAX_ITEMS)));
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
        try {
          pending = client.batchPut(table, pending);
        } catch (DynamoException e) {
          throw DynamoDedupStore.unavailable("batch write", e);
        }
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
