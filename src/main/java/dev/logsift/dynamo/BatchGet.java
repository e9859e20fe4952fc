package dev.logsift.dynamo;

import java.util.List;
import java.util.Map;

/**
 * BatchGetItem of keys of one table (at most 100).
 *
 * @param projection null for whole items
 * @param names expression attribute names of the projection, empty when none
 */
public record BatchGet(String table, List<Map<String, Attr>> keys, boolean consistent, String projection,
    Map<String, String> names) {

  /** The items found, and the same request for the keys DynamoDB left unprocessed (null when none). */
  public record Answer(List<Map<String, Attr>> items, BatchGet unprocessed) {}

  public BatchGet withKeys(List<Map<String, Attr>> other) {
    return new BatchGet(table, other, consistent, projection, names);
  }
}
