package dev.logsift.dedup;

import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.Get;
import dev.logsift.dynamo.Put;
import dev.logsift.dynamo.ConditionFailedException;
import dev.logsift.dynamo.DynamoException;
import dev.logsift.fingerprint.TemplateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The learned templates of a service as one item {@code tpl#<service>} of the dedup table:
 * {@code v} (version, +1 per write), {@code rules} (rules version), {@code data} (binary, see the
 * fingerprint package), {@code expires_at} (TTL, renewed by every write). A write is conditional
 * on the version read, so two containers never overwrite each other's templates silently.
 */
public final class DynamoTemplateStore implements TemplateStore {
  static final String PREFIX = "tpl#";
  static final String VERSION = "v";
  static final String RULES = "rules";
  static final String DATA = "data";

  private final DynamoDb client;
  private final String table;
  private final Duration itemTtl;

  public DynamoTemplateStore(DynamoDb client, String table, Duration itemTtl) {
    this.client = client;
    this.table = table;
    this.itemTtl = itemTtl;
  }

  @Override
  public Optional<State> load(String service) {
    Map<String, Attr> item;
    try {
      item = client.get(new Get(table, key(service), true));
    } catch (DynamoException e) {
      throw new Unavailable("template state read failed", e);
    }
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    Attr v = item.get(VERSION);
    Attr rules = item.get(RULES);
    Attr data = item.get(DATA);
    if (v == null || v.n() == null || rules == null || rules.s() == null || data == null || data.b() == null) {
      throw new Unavailable("template state item incomplete", null);
    }
    try {
      return Optional.of(new State(Long.parseLong(v.n()), rules.s(), data.b()));
    } catch (NumberFormatException e) {
      throw new Unavailable("template state version unreadable", e);
    }
  }

  @Override
  public boolean save(String service, State state, long expectedVersion, Instant now) {
    Map<String, Attr> item = new HashMap<>(key(service));
    item.put(VERSION, Attr.fromN(Long.toString(state.version())));
    item.put(RULES, Attr.fromS(state.rulesVersion()));
    item.put(DATA, Attr.fromB(state.data()));
    item.put(DynamoItems.EXPIRES_AT, Attr.fromN(Long.toString(now.plus(itemTtl).getEpochSecond())));
    try {
      Put put = Put.of(table, item);
      client.put(expectedVersion == 0 ? put.when("attribute_not_exists(pk)", Map.of(), Map.of())
          : put.when("#v = :v", Map.of("#v", VERSION), Map.of(":v", Attr.fromN(Long.toString(expectedVersion)))));
      return true;
    } catch (ConditionFailedException e) {
      return false;
    } catch (DynamoException e) {
      throw new Unavailable("template state write failed", e);
    }
  }

  private static Map<String, Attr> key(String service) {
    return Map.of(DynamoItems.PK, Attr.fromS(PREFIX + service));
  }
}
