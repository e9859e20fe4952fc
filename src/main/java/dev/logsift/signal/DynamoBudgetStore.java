package dev.logsift.signal;

import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.Get;
import dev.logsift.dynamo.Put;
import dev.logsift.dynamo.ConditionFailedException;
import dev.logsift.dynamo.DynamoException;
import dev.logsift.dynamo.Update;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.JsonStreams;
import dev.logsift.notify.Digest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hourly counters in the dedup table: {@code budget#<destination>#<hour>} (cards), {@code digest#...}
 * (the digest of that hour) and {@code cost#<hour>} (model calls and tokens). Counters are conditional
 * ADDs, so concurrent instances never overshoot a limit; items expire two days later.
 */
public final class DynamoBudgetStore implements BudgetStore {
  private static final Duration KEEP = Duration.ofDays(2);
  /** Cost items outlive the weekly summary that totals them. */
  private static final Duration KEEP_COST = Duration.ofDays(9);
  private static final int ATTEMPTS = 8;

  private final DynamoDb client;
  private final String table;

  public DynamoBudgetStore(DynamoDb client, String table) {
    this.client = client;
    this.table = table;
  }

  private static long hour(Instant now) {
    return now.truncatedTo(ChronoUnit.HOURS).getEpochSecond();
  }

  private static Attr n(long v) {
    return Attr.fromN(Long.toString(v));
  }

  private static Map<String, Attr> key(String pk) {
    return Map.of("pk", Attr.fromS(pk));
  }

  @Override
  public boolean takeCardSlot(String destination, int budgetPerHour, Instant now) {
    Map<String, Attr> v = new HashMap<>(Map.of(":one", n(1), ":exp", n(now.plus(KEEP).getEpochSecond())));
    Update.Builder u = Update.builder(table, key("budget#" + destination + "#" + hour(now))).updateExpression("ADD n :one SET expires_at = :exp");
    if (budgetPerHour > 0) {
      v.put(":max", n(budgetPerHour));
      u.conditionExpression("attribute_not_exists(n) OR n < :max");
    }
    return conditional(u.expressionAttributeValues(v).build(), "card budget");
  }

  /**
   * One unconditional ADD of all wanted slots: the slots granted are those below the budget in the order
   * DynamoDB applied the ADDs, so concurrent batches never overshoot. What went past the budget is given
   * back (a second request, only when the budget runs out), so the counter stays the number of cards.
   */
  @Override
  public int takeCardSlots(String destination, int wanted, int budgetPerHour, Instant now) {
    if (wanted <= 0) {
      return 0;
    }
    Map<String, Attr> key = key("budget#" + destination + "#" + hour(now));
    long after = add(key, "n", wanted, now.plus(KEEP), "card budget");
    int got = budgetPerHour <= 0 ? wanted : granted(after - wanted, budgetPerHour, wanted);
    if (got < wanted) {
      add(key, "n", got - wanted, now.plus(KEEP), "card budget");
    }
    return got;
  }

  /** As takeCardSlots, for model calls; none while the hour's tokens are at their limit. */
  @Override
  public int reserveModelCalls(int wanted, int maxCalls, long maxTokens, Instant now) {
    if (wanted <= 0) {
      return 0;
    }
    Map<String, Attr> key = key("cost#" + hour(now));
    Map<String, Attr> item = addReturning(key, "calls", wanted, now.plus(KEEP_COST), "model budget");
    long after = num(item, "calls");
    int got = maxCalls <= 0 ? wanted : granted(after - wanted, maxCalls, wanted);
    if (maxTokens > 0 && num(item, "tokens") >= maxTokens) {
      got = 0;
    }
    if (got < wanted) {
      add(key, "calls", got - wanted, now.plus(KEEP_COST), "model budget");
    }
    return got;
  }

  private static int granted(long before, long limit, int wanted) {
    return (int) Math.max(0, Math.min(wanted, limit - before));
  }

  private long add(Map<String, Attr> key, String counter, long by, Instant expires, String what) {
    return num(addReturning(key, counter, by, expires, what), counter);
  }

  private Map<String, Attr> addReturning(Map<String, Attr> key, String counter, long by,
      Instant expires, String what) {
    try {
      return client.update(Update.builder(table, key)
          .updateExpression("ADD #c :by SET expires_at = :exp").expressionAttributeNames(Map.of("#c", counter))
          .expressionAttributeValues(Map.of(":by", n(by), ":exp", n(expires.getEpochSecond())))
          .returnValues(Update.Returns.ALL_NEW).build());
    } catch (DynamoException e) {
      throw unavailable(what, e);
    }
  }

  @Override
  public void returnCardSlot(String destination, Instant now) {
    conditional(Update.builder(table, key("budget#" + destination + "#" + hour(now)))
        .updateExpression("ADD n :minus").conditionExpression("n > :zero")
        .expressionAttributeValues(Map.of(":minus", n(-1), ":zero", n(0))).build(), "card budget");
  }

  @Override
  public Digest addToDigest(String destination, List<Digest.Entry> entries, Instant now) {
    String pk = "digest#" + destination + "#" + hour(now);
    Instant period = Instant.ofEpochSecond(hour(now));
    for (int i = 0; i < ATTEMPTS; i++) {
      Map<String, Attr> item = get(pk);
      long ver = item.containsKey("ver") ? Long.parseLong(item.get("ver").n()) : 0;
      List<Digest.Entry> merged = DigestMerge.merge(item.containsKey("entries") ? decode(item.get("entries").s())
          : List.of(), entries);
      String channel = item.containsKey("channel") ? item.get("channel").s() : "";
      String messageId = item.containsKey("message_id") ? item.get("message_id").s() : "";
      Map<String, Attr> next = new LinkedHashMap<>(item);
      next.put("pk", Attr.fromS(pk));
      next.put("entries", Attr.fromS(encode(merged)));
      next.put("ver", n(ver + 1));
      next.put("expires_at", n(now.plus(KEEP).getEpochSecond()));
      Put put = ver == 0 ? Put.of(table, next).when("attribute_not_exists(ver)", Map.of(), Map.of())
          : Put.of(table, next).when("ver = :v", Map.of(), Map.of(":v", n(ver)));
      try {
        client.put(put);
        return new Digest(destination, period, merged, channel, messageId);
      } catch (ConditionFailedException e) {
        // Another instance added to the digest; merge again on top of theirs.
      } catch (DynamoException e) {
        throw unavailable("digest", e);
      }
    }
    throw new DownstreamUnavailableException("dynamodb", "digest update lost " + ATTEMPTS + " races in a row", null);
  }

  @Override
  public void setDigestMessage(String destination, Instant periodStart, String channel, String messageId,
      String replacing) {
    boolean first = replacing == null || replacing.isEmpty();
    Map<String, Attr> v = new HashMap<>(Map.of(":c", Attr.fromS(channel), ":m",
        Attr.fromS(messageId)));
    if (!first) {
      v.put(":prev", Attr.fromS(replacing));
    }
    conditional(Update.builder(table, key("digest#" + destination + "#" + periodStart.getEpochSecond()))
        .updateExpression("SET channel = :c, message_id = :m")
        .conditionExpression(first ? "attribute_exists(pk) AND attribute_not_exists(message_id)"
            : "message_id = :prev")
        .expressionAttributeValues(v).build(), "digest");
  }

  @Override
  public boolean reserveModelCall(int maxCalls, long maxTokens, Instant now) {
    Map<String, Attr> v = new HashMap<>(Map.of(":one", n(1), ":exp", n(now.plus(KEEP).getEpochSecond())));
    List<String> conditions = new ArrayList<>();
    if (maxCalls > 0) {
      v.put(":maxc", n(maxCalls));
      conditions.add("(attribute_not_exists(calls) OR calls < :maxc)");
    }
    if (maxTokens > 0) {
      v.put(":maxt", n(maxTokens));
      conditions.add("(attribute_not_exists(tokens) OR tokens < :maxt)");
    }
    v.put(":exp", n(now.plus(KEEP_COST).getEpochSecond()));
    Update.Builder u = Update.builder(table, key("cost#" + hour(now)))
        .updateExpression("ADD calls :one SET expires_at = :exp").expressionAttributeValues(v);
    if (!conditions.isEmpty()) {
      u.conditionExpression(String.join(" AND ", conditions));
    }
    return conditional(u.build(), "model budget");
  }

  @Override
  public void addModelUsage(long inputTokens, long outputTokens, double costUsd, Instant now) {
    conditional(Update.builder(table, key("cost#" + hour(now)))
        .updateExpression("ADD tokens :t, in_tokens :i, out_tokens :o, cost_microusd :c SET expires_at = :exp")
        .expressionAttributeValues(Map.of(":t", n(inputTokens + outputTokens), ":i", n(inputTokens), ":o",
            n(outputTokens), ":c", n(Math.round(costUsd * 1e6)), ":exp", n(now.plus(KEEP_COST).getEpochSecond())))
        .build(), "model budget");
  }

  @Override
  public ModelSpend spend(Instant now) {
    return spendOf(get("cost#" + hour(now)));
  }

  @Override
  public ModelSpend spendBetween(Instant from, Instant to) {
    ModelSpend total = ModelSpend.NONE;
    for (long h = hour(from); h <= to.getEpochSecond(); h += 3600) {
      total = total.plus(spendOf(get("cost#" + h)));
    }
    return total;
  }

  private static ModelSpend spendOf(Map<String, Attr> item) {
    return new ModelSpend(num(item, "calls"), num(item, "tokens"), num(item, "in_tokens"), num(item, "out_tokens"),
        num(item, "cost_microusd") / 1e6);
  }

  private static long num(Map<String, Attr> item, String name) {
    return item.containsKey(name) ? Long.parseLong(item.get(name).n()) : 0;
  }

  private Map<String, Attr> get(String pk) {
    try {
      Map<String, Attr> item = client.get(new Get(table, key(pk), true));
      return item == null ? Map.of() : item;
    } catch (DynamoException e) {
      throw unavailable("read", e);
    }
  }

  /** True when the update was applied, false when its condition said no. */
  private boolean conditional(Update u, String what) {
    try {
      client.update(u);
      return true;
    } catch (ConditionFailedException e) {
      return false;
    } catch (DynamoException e) {
      throw unavailable(what, e);
    }
  }

  private static DownstreamUnavailableException unavailable(String what, DynamoException e) {
    return new DownstreamUnavailableException("dynamodb", what + " failed (" + e.code() + ")", e);
  }

  static String encode(List<Digest.Entry> entries) {
    ArrayNode a = JsonStreams.array();
    for (Digest.Entry e : entries) {
      var o = a.addObject().put("f", e.fingerprint()).put("s", e.service()).put("c", e.category())
          .put("m", e.summary()).put("n", e.count());
      var flags = o.putArray("x");
      e.flags().forEach(flags::add);
    }
    return JsonStreams.text(a);
  }

  static List<Digest.Entry> decode(String json) {
    try {
      List<Digest.Entry> out = new ArrayList<>();
      for (JsonNode o : JsonStreams.read(json)) {
        List<String> flags = new ArrayList<>();
        o.path("x").forEach(x -> flags.add(x.asText()));
        out.add(new Digest.Entry(o.path("f").asText(), o.path("s").asText(), o.path("c").asText(), o.path("m").asText(),
            o.path("n").asLong(), flags));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("unreadable digest item", e);
    }
  }
}
