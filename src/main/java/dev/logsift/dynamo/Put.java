package dev.logsift.dynamo;

import java.util.Map;

/**
 * PutItem, unconditional when {@code condition} is null.
 *
 * @param names expression attribute names, empty when none
 * @param values expression attribute values, empty when none
 */
public record Put(String table, Map<String, Attr> item, String condition, Map<String, String> names,
    Map<String, Attr> values) {

  public static Put of(String table, Map<String, Attr> item) {
    return new Put(table, item, null, Map.of(), Map.of());
  }

  public Put when(String condition, Map<String, String> names, Map<String, Attr> values) {
    return new Put(table, item, condition, names, values);
  }
}
