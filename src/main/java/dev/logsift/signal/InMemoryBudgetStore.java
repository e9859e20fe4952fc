package dev.logsift.signal;

import dev.logsift.notify.Digest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-process hourly counters: the embedded default. */
public final class InMemoryBudgetStore implements BudgetStore {
  private final Map<String, Long> counters = new HashMap<>();
  private final Map<String, Digest> digests = new HashMap<>();

  static Instant hour(Instant now) {
    return now.truncatedTo(ChronoUnit.HOURS);
  }

  @Override
  public synchronized boolean takeCardSlot(String destination, int budgetPerHour, Instant now) {
    String k = "cards#" + destination + "#" + hour(now);
    long used = counters.getOrDefault(k, 0L);
    if (budgetPerHour > 0 && used >= budgetPerHour) {
      return false;
    }
    counters.put(k, used + 1);
    return true;
  }

  @Override
  public synchronized void returnCardSlot(String destination, Instant now) {
    counters.computeIfPresent("cards#" + destination + "#" + hour(now), (k, v) -> Math.max(0, v - 1));
  }

  @Override
  public synchronized Digest addToDigest(String destination, List<Digest.Entry> entries, Instant now) {
    String k = destination + "#" + hour(now);
    Digest d = digests.getOrDefault(k, new Digest(destination, hour(now), List.of(), "", ""));
    Digest next = new Digest(destination, d.periodStart(), DigestMerge.merge(d.entries(), entries), d.channel(),
        d.messageId());
    digests.put(k, next);
    return next;
  }

  @Override
  public synchronized void setDigestMessage(String destination, Instant periodStart, String channel,
      String messageId, String replacing) {
    String k = destination + "#" + periodStart;
    Digest d = digests.get(k);
    if (d != null && d.messageId().equals(replacing)) {
      digests.put(k, new Digest(destination, periodStart, d.entries(), channel, messageId));
    }
  }

  @Override
  public synchronized boolean reserveModelCall(int maxCalls, long maxTokens, Instant now) {
    String h = hour(now).toString();
    long calls = counters.getOrDefault("calls#" + h, 0L);
    long tokens = counters.getOrDefault("tokens#" + h, 0L);
    if ((maxCalls > 0 && calls >= maxCalls) || (maxTokens > 0 && tokens >= maxTokens)) {
      return false;
    }
    counters.put("calls#" + h, calls + 1);
    return true;
  }

  @Override
  public synchronized void addModelUsage(long inputTokens, long outputTokens, double costUsd, Instant now) {
    String h = hour(now).toString();
    counters.merge("tokens#" + h, inputTokens + outputTokens, Long::sum);
    counters.merge("in#" + h, inputTokens, Long::sum);
    counters.merge("out#" + h, outputTokens, Long::sum);
    counters.merge("microusd#" + h, Math.round(costUsd * 1e6), Long::sum);
  }

  @Override
  public synchronized ModelSpend spend(Instant now) {
    String h = hour(now).toString();
    return new ModelSpend(counters.getOrDefault("calls#" + h, 0L), counters.getOrDefault("tokens#" + h, 0L),
        counters.getOrDefault("in#" + h, 0L), counters.getOrDefault("out#" + h, 0L),
        counters.getOrDefault("microusd#" + h, 0L) / 1e6);
  }

  @Override
  public synchronized ModelSpend spendBetween(Instant from, Instant to) {
    ModelSpend total = ModelSpend.NONE;
    for (Instant h = hour(from); !h.isAfter(to); h = h.plusSeconds(3600)) {
      total = total.plus(spend(h));
    }
    return total;
  }
}
