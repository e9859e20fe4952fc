package dev.logsift.signal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure step from the previous stats and one observation to the next stats and the evidence. Stores
 * apply it under compare-and-set, so the arithmetic lives here once and is tested with plain values.
 */
public final class StatsUpdate {
  /** Log groups remembered per fingerprint; the oldest are forgotten first. */
  static final int MAX_GROUPS = 50;

  public record Result(FingerprintStats stats, Evidence evidence) {}

  private final long bucketSeconds;
  private final double alpha;
  private final double factor;
  private final long minEvents;
  private final long lookbackSeconds;
  private final long quietSeconds;

  /**
   * @param alpha EMA weight of the newest completed bucket
   * @param factor and minEvents: a bucket above both factor x baseline and minEvents is a spike
   * @param lookback NEW and SPREAD look this far back
   * @param dedupWindow a spike may post one extra card per window
   */
  public StatsUpdate(Duration bucket, double alpha, double factor, long minEvents, Duration lookback,
      Duration dedupWindow) {
    this.bucketSeconds = bucket.toSeconds();
    this.alpha = alpha;
    this.factor = factor;
    this.minEvents = minEvents;
    this.lookbackSeconds = lookback.toSeconds();
    this.quietSeconds = dedupWindow.toSeconds();
  }

  /**
   * History for a fingerprint known only by when and where it was last seen (a dedup item written before the
   * signals moved into it): NEW and SPREAD keep their look-back, the spike baseline starts over.
   */
  public FingerprintStats seed(long lastSeenEpochSecond, String logGroup, Instant now) {
    long bucket = Math.floorDiv(now.getEpochSecond(), bucketSeconds) * bucketSeconds;
    Map<String, Long> groups = logGroup == null ? Map.of() : Map.of(logGroup, lastSeenEpochSecond);
    return new FingerprintStats(bucket, 0, 0, false, lastSeenEpochSecond, groups, 0);
  }

  public Result apply(FingerprintStats old, Observation o, Instant now) {
    long t = now.getEpochSecond();
    long bucket = Math.floorDiv(t, bucketSeconds) * bucketSeconds;
    double baseline = 0;
    boolean ready = false;
    long count = o.count();
    Map<String, Long> groups = new LinkedHashMap<>();
    long alertedAt = 0;
    boolean isNew = true;
    List<String> newGroups = new ArrayList<>();
    if (old != null) {
      baseline = old.baseline();
      ready = old.baselineReady();
      groups.putAll(old.groups());
      alertedAt = old.alertedAt();
      isNew = t - old.lastSeen() > lookbackSeconds;
      if (bucket == old.bucketStart()) {
        count += old.bucketCount();
      } else if (bucket > old.bucketStart()) {
        baseline = ready ? alpha * old.bucketCount() + (1 - alpha) * baseline : old.bucketCount();
        long skipped = Math.min(1000, (bucket - old.bucketStart()) / bucketSeconds - 1);
        baseline *= Math.pow(1 - alpha, skipped);
        ready = true;
      } else {
        // A late batch for an older bucket: count it in the current one rather than rewrite history.
        bucket = old.bucketStart();
        count += old.bucketCount();
      }
      Long seenHere = groups.get(o.logGroup());
      boolean seenElsewhere = groups.entrySet().stream()
          .anyMatch(e -> !e.getKey().equals(o.logGroup()) && t - e.getValue() <= lookbackSeconds);
      if (!isNew && seenElsewhere && (seenHere == null || t - seenHere > lookbackSeconds)) {
        newGroups.add(o.logGroup());
      }
    }
    groups.put(o.logGroup(), t);
    if (groups.size() > MAX_GROUPS) {
      String oldest = groups.entrySet().stream().min(Comparator.comparingLong(Map.Entry::getValue)).orElseThrow()
          .getKey();
      groups.remove(oldest);
    }
    boolean spike = ready && count >= minEvents && count > factor * baseline;
    // A spike or a spread is news even inside the dedup window: one extra card per window says so.
    boolean breakThrough = (spike || !newGroups.isEmpty()) && (alertedAt == 0 || t - alertedAt >= quietSeconds);
    if (breakThrough) {
      alertedAt = t;
    }
    long lastSeen = old == null ? t : Math.max(t, old.lastSeen());
    FingerprintStats next = new FingerprintStats(bucket, count, baseline, ready, lastSeen, groups, alertedAt);
    Evidence ev = new Evidence(isNew, spike, breakThrough, count, bucketSeconds, baseline, newGroups,
        breakThrough ? t : 0);
    return new Result(next, ev);
  }
}
