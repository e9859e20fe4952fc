package dev.logsift.signal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.core.DownstreamUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Signal history in the dedup table, one item per fingerprint ({@code sig#<fingerprint>}). The EMA step is
 * arithmetic DynamoDB cannot do in an update expression, so it is a compare-and-set on a version number:
 * read, apply {@link StatsUpdate}, write if nobody wrote in between, else read again.
 */
public final class DynamoSignalStore implements SignalStore {
  static final String PREFIX = "sig#";
  private static final int ATTEMPTS = 30;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DynamoDbClient client;
  private final String table;
  private final StatsUpdate update;
  private final Duration itemTtl;
  private final RandomGenerator random;

  public DynamoSignalStore(DynamoDbClient client, String table, StatsUpdate update, Duration itemTtl,
      RandomGenerator random) {
    this.client = client;
    this.table = table;
    this.update = update;
    this.itemTtl = itemTtl;
    this.random = random;
  }

  private record Versioned(FingerprintStats stats, long version) {}

  @Override
  public Evidence observe(Observation o, Instant now) {
    for (int i = 0; i < ATTEMPTS; i++) {
      Versioned old = read(o.fingerprint());
      StatsUpdate.Result r = update.apply(old == null ? null : old.stats(), o, now);
      if (write(o.fingerprint(), r.stats(), old, now)) {
        return r.evidence();
      }
      pause(i);
    }
    throw new DownstreamUnavailableException("dynamodb", "signal update lost " + ATTEMPTS + " races in a row", null);
  }

  @Override
  public void releaseBreakThrough(String fingerprint, long token) {
    for (int i = 0; i < ATTEMPTS; i++) {
      Versioned old = read(fingerprint);
      if (old == null || old.stats().alertedAt() != token) {
        return;
      }
      FingerprintStats s = old.stats();
      FingerprintStats next = new FingerprintStats(s.bucketStart(), s.bucketCount(), s.baseline(), s.baselineReady(),
          s.lastSeen(), s.groups(), 0);
      if (write(fingerprint, next, old, Instant.ofEpochSecond(s.lastSeen()))) {
        return;
      }
    }
  }

  /** Lost a race on a hot fingerprint: wait a random few milliseconds so the instances spread out. */
  private void pause(int attempt) {
    try {
      Thread.sleep(1 + random.nextInt(5 << Math.min(attempt, 4)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownstreamUnavailableException("dynamodb", "interrupted during signal update", e);
    }
  }

  private Versioned read(String fingerprint) {
    try {
      Map<String, AttributeValue> item = client.getItem(GetItemRequest.builder().tableName(table)
          .key(Map.of("pk", AttributeValue.fromS(PREFIX + fingerprint))).consistentRead(true).build()).item();
      if (item == null || item.isEmpty() || !item.containsKey("stats")) {
        return null;
      }
      return new Versioned(decode(item.get("stats").s()), Long.parseLong(item.get("ver").n()));
    } catch (SdkException e) {
      throw new DownstreamUnavailableException("dynamodb", "signal read failed (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  private boolean write(String fingerprint, FingerprintStats stats, Versioned old, Instant now) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("pk", AttributeValue.fromS(PREFIX + fingerprint));
    item.put("stats", AttributeValue.fromS(encode(stats)));
    item.put("ver", AttributeValue.fromN(Long.toString(old == null ? 1 : old.version() + 1)));
    item.put("expires_at", AttributeValue.fromN(Long.toString(now.plus(itemTtl).getEpochSecond())));
    PutItemRequest.Builder put = PutItemRequest.builder().tableName(table).item(item);
    if (old == null) {
      put.conditionExpression("attribute_not_exists(pk)");
    } else {
      put.conditionExpression("ver = :v").expressionAttributeValues(Map.of(":v",
          AttributeValue.fromN(Long.toString(old.version()))));
    }
    try {
      client.putItem(put.build());
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    } catch (SdkException e) {
      throw new DownstreamUnavailableException("dynamodb", "signal write failed (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  static String encode(FingerprintStats s) {
    ObjectNode n = JSON.createObjectNode();
    n.put("b", s.bucketStart()).put("c", s.bucketCount()).put("e", s.baseline()).put("r", s.baselineReady())
        .put("l", s.lastSeen()).put("a", s.alertedAt());
    ObjectNode g = n.putObject("g");
    s.groups().forEach(g::put);
    return n.toString();
  }

  static FingerprintStats decode(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      Map<String, Long> groups = new LinkedHashMap<>();
      n.path("g").properties().forEach(e -> groups.put(e.getKey(), e.getValue().asLong()));
      return new FingerprintStats(n.path("b").asLong(), n.path("c").asLong(), n.path("e").asDouble(),
          n.path("r").asBoolean(), n.path("l").asLong(), groups, n.path("a").asLong());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable signal item", e);
    }
  }
}
