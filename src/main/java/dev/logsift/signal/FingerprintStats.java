package dev.logsift.signal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-fingerprint history behind the flags. Immutable; {@link StatsUpdate} computes the next one.
 *
 * @param bucketStart epoch second where the current bucket starts
 * @param baseline EMA of completed bucket counts
 * @param baselineReady at least one bucket completed, so a spike can be judged
 * @param lastSeen epoch second of the previous observation
 * @param groups log group -> epoch second last seen (bounded)
 * @param alertedAt epoch second of the last card that broke through the dedup window, or 0
 */
public record FingerprintStats(
    long bucketStart,
    long bucketCount,
    double baseline,
    boolean baselineReady,
    long lastSeen,
    Map<String, Long> groups,
    long alertedAt) {

  public FingerprintStats {
    groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
  }
}
