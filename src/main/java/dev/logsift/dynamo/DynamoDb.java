package dev.logsift.dynamo;

import java.util.List;
import java.util.Map;

/**
 * The five DynamoDB operations the stores use. Failures are {@link DynamoException}s (a failed condition a
 * {@link ConditionFailedException}); retries are the implementation's.
 */
public interface DynamoDb {
  /** The item, or null when there is none. */
  Map<String, Attr> get(Get request);

  void put(Put request);

  /** The attributes asked for by {@link Update#returns()}; empty when none. */
  Map<String, Attr> update(Update request);

  BatchGet.Answer batchGet(BatchGet request);

  /** Unconditional puts (at most 25); gives back the items DynamoDB left unprocessed. */
  List<Map<String, Attr>> batchPut(String table, List<Map<String, Attr>> items);
}
