package dev.logsift.dedup;

import dev.logsift.dynamo.Attr;
import static dev.logsift.dedup.DynamoItems.n;
import static dev.logsift.dedup.DynamoItems.s;

import dev.logsift.signal.DynamoSignalStore;
import java.util.Map;

/**
 * The signals part of a dedup item's write: the new stats, written only if their version is still the one read
 * (the compare-and-set of {@link DynamoSignalStore}, whose layout this follows).
 *
 * @param readVersion the version read, 0 when the item had no stats
 */
record StatsWrite(String json, long readVersion) {
  String set(Map<String, String> names, Map<String, Attr> values) {
    names.put("#st", DynamoSignalStore.STATS);
    names.put("#sv", DynamoSignalStore.VERSION);
    values.put(":st", s(json));
    values.put(":svnext", n(readVersion + 1));
    return ", #st = :st, #sv = :svnext";
  }

  String condition(Map<String, String> names, Map<String, Attr> values) {
    names.put("#sv", DynamoSignalStore.VERSION);
    if (readVersion == 0) {
      return "attribute_not_exists(#sv)";
    }
    values.put(":sv", n(readVersion));
    return "#sv = :sv";
  }
}
