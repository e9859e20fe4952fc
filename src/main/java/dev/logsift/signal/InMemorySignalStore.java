package dev.logsift.signal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** In-process signal history: the embedded default. */
public final class InMemorySignalStore implements SignalStore {
  private final StatsUpdate update;
  private final Map<String, FingerprintStats> stats = new HashMap<>();

  public InMemorySignalStore(StatsUpdate update) {
    this.update = update;
  }

  @Override
  public synchronized Evidence observe(Observation o, Instant now) {
    StatsUpdate.Result r = update.apply(stats.get(o.fingerprint()), o, now);
    stats.put(o.fingerprint(), r.stats());
    return r.evidence();
  }

  @Override
  public synchronized void releaseBreakThrough(String fingerprint, long breakThroughToken) {
    FingerprintStats s = stats.get(fingerprint);
    if (s != null && s.alertedAt() == breakThroughToken) {
      stats.put(fingerprint, new FingerprintStats(s.bucketStart(), s.bucketCount(), s.baseline(), s.baselineReady(),
          s.lastSeen(), s.groups(), 0));
    }
  }
}
