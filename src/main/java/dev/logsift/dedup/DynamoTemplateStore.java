package dev.logsift.dedup;

import dev.logsift.fingerprint.TemplateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

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

  private final DynamoDbClient client;
  private final String table;
  private final Duration itemTtl;

  public DynamoTemplateStore(DynamoDbClient client, String table, Duration itemTtl) {
    this.client = client;
    this.table = table;
    this.itemTtl = itemTtl;
  }

  @Override
  public Optional<State> load(String service) {
    Map<String, AttributeValue> item;
    try {
      item = client.getItem(b -> b.tableName(table).key(key(service)).consistentRead(true)).item();
    } catch (SdkException e) {
      throw new Unavailable("template state read failed", e);
    }
    if (item == null || item.isEmpty()) {
      return Optional.empty();
    }
    AttributeValue v = item.get(VERSION);
    AttributeValue rules = item.get(RULES);
    AttributeValue data = item.get(DATA);
    if (v == null || v.n() == null || rules == null || rules.s() == null || data == null || data.b() == null) {
      throw new Unavailable("template state item incomplete", null);
    }
    try {
      return Optional.of(new State(Long.parseLong(v.n()), rules.s(), data.b().asByteArray()));
    } catch (NumberFormatException e) {
      throw new Unavailable("template state version unreadable", e);
    }
  }

  @Override
  public boolean save(String service, State state, long expectedVersion, Instant now) {
    Map<String, AttributeValue> item = new HashMap<>(key(service));
    item.put(VERSION, AttributeValue.fromN(Long.toString(state.version())));
    item.put(RULES, AttributeValue.fromS(state.rulesVersion()));
    item.put(DATA, AttributeValue.fromB(SdkBytes.fromByteArray(state.data())));
    item.put(DynamoItems.EXPIRES_AT, AttributeValue.fromN(Long.toString(now.plus(itemTtl).getEpochSecond())));
    try {
      client.putItem(b -> {
        b.tableName(table).item(item);
        if (expectedVersion == 0) {
          b.conditionExpression("attribute_not_exists(pk)");
        } else {
          b.conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", VERSION))
              .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(expectedVersion))));
        }
      });
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    } catch (SdkException e) {
      throw new Unavailable("template state write failed", e);
    }
  }

  private static Map<String, AttributeValue> key(String service) {
    return Map.of(DynamoItems.PK, AttributeValue.fromS(PREFIX + service));
  }
}
