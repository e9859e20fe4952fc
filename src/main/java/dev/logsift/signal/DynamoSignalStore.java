package dev.logsift.signal;

import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.Get;
import dev.logsift.dynamo.ConditionFailedException;
import dev.logsift.dynamo.DynamoException;
import dev.logsift.dynamo.Update;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.JsonStreams;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Signal history in the dedup table, in the fingerprint's dedup item ({@code fp#<fingerprint>}, attributes
 * {@link #STATS} and {@link #VERSION}), so that a batch can observe and claim a fingerprint with one write
 * (see DynamoDedupStore#observeAndClaim, which owns the rest of that item). The EMA step is arithmetic
 * DynamoDB cannot do in an update expression, so it is a compare-and-set on the version: read, apply
 * {@link StatsUpdate}, write if nobody wrote the stats in between, else read again. Items of the older layout
 * ({@code sig#<fingerprint>}) are no longer read and expire by TTL.
 */
public final class DynamoSignalStore implements SignalStore {
  public static final String PREFIX = "fp#";
  public static final String STATS = "stats";
  public static final String VERSION = "stats_ver";
  private static final int ATTEMPTS = 30;

  private final DynamoDb client;
  private final String table;
  private final StatsUpdate update;
  private final Duration itemTtl;
  private final RandomGenerator random;

  public DynamoSignalStore(DynamoDb client, String table, StatsUpdate update, Duration itemTtl,
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
      if (write(fingerprint, next, old, null)) {
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
      Map<String, Attr> item = client.get(new Get(table, Map.of("pk", Attr.fromS(PREFIX + fingerprint)), true));
      if (item == null || item.isEmpty() || !item.containsKey(STATS)) {
        return null;
      }
      return new Versioned(decode(item.get(STATS).s()), Long.parseLong(item.get(VERSION).n()));
    } catch (DynamoException e) {
      throw new DownstreamUnavailableException("dynamodb", "signal read failed (" + e.code() + ")",
          e);
    }
  }

  /** @param now null keeps the item's expiry (a release must not shorten the life a claim gave it) */
  private boolean write(String fingerprint, FingerprintStats stats, Versioned old, Instant now) {
    Map<String, String> names = new LinkedHashMap<>(Map.of("#st", STATS, "#sv", VERSION));
    Map<String, Attr> values = new LinkedHashMap<>();
    values.put(":st", Attr.fromS(encode(stats)));
    values.put(":next", Attr.fromN(Long.toString(old == null ? 1 : old.version() + 1)));
    String set = "SET #st = :st, #sv = :next";
    if (now != null) {
      names.put("#exp", "expires_at");
      values.put(":exp", Attr.fromN(Long.toString(now.plus(itemTtl).getEpochSecond())));
      set += ", #exp = :exp";
    }
    String condition = "attribute_not_exists(#sv)";
    if (old != null) {
      condition = "#sv = :v";
      values.put(":v", Attr.fromN(Long.toString(old.version())));
    }
    try {
      client.update(Update.builder(table, Map.of("pk", Attr.fromS(PREFIX + fingerprint))).updateExpression(set)
          .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values).build());
      return true;
    } catch (ConditionFailedException e) {
      return false;
    } catch (DynamoException e) {
      throw new DownstreamUnavailableException("dynamodb", "signal write failed (" + e.code() + ")",
          e);
    }
  }

  public static String encode(FingerprintStats s) {
    ObjectNode n = JsonStreams.object();
    n.put("b", s.bucketStart()).put("c", s.bucketCount()).put("e", s.baseline()).put("r", s.baselineReady())
        .put("l", s.lastSeen()).put("a", s.alertedAt());
    ObjectNode g = n.putObject("g");
    s.groups().forEach(g::put);
    return JsonStreams.text(n);
  }

  public static FingerprintStats decode(String json) {
    try {
      JsonNode n = JsonStreams.read(json);
      Map<String, Long> groups = new LinkedHashMap<>();
      n.path("g").properties().forEach(e -> groups.put(e.getKey(), e.getValue().asLong()));
      return new FingerprintStats(n.path("b").asLong(), n.path("c").asLong(), n.path("e").asDouble(),
          n.path("r").asBoolean(), n.path("l").asLong(), groups, n.path("a").asLong());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable signal item", e);
    }
  }
}
