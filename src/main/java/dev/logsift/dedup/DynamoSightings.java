package dev.logsift.dedup;

import dev.logsift.dynamo.Attr;
import static dev.logsift.dedup.DynamoItems.EXPIRES_AT;
import static dev.logsift.dedup.DynamoItems.FINGERPRINT_PREFIX;
import static dev.logsift.dedup.DynamoItems.LAST_SEEN;
import static dev.logsift.dedup.DynamoItems.LOG_GROUP;
import static dev.logsift.dedup.DynamoItems.PK;
import static dev.logsift.dedup.DynamoItems.WINDOW_UNTIL;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.Sleeper;
import dev.logsift.signal.DynamoSignalStore;
import dev.logsift.signal.FingerprintStats;
import dev.logsift.signal.Observation;
import dev.logsift.signal.StatsUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A batch's signals and claims with the fewest requests: one BatchGetItem for all its dedup items, then one
 * conditional update per fingerprint that writes the new stats together with the claim (window free), the
 * repeat count (window running) or nothing else (known noise). Each update holds only if the stats version and
 * the window are still what was read; after a lost race the item is read again and the step redone, so
 * concurrent instances stay exact.
 */
final class DynamoSightings {
  private static final int ATTEMPTS = 30;

  private final DynamoDedupStore store;
  private final DynamoBatchReader reader;
  private final StatsUpdate update;
  private final RandomGenerator random;
  private final Sleeper sleeper;

  DynamoSightings(DynamoDedupStore store, DynamoBatchReader reader, StatsUpdate update, RandomGenerator random,
      Sleeper sleeper) {
    this.store = store;
    this.reader = reader;
    this.update = update;
    this.random = random;
    this.sleeper = sleeper;
  }

  List<Sighted> run(List<Sighting> sightings, List<Boolean> noise, Instant now) {
    List<Sighted> out = new ArrayList<>(sightings.size());
    Map<String, Map<String, Attr>> items = new HashMap<>();
    try {
      List<String> keys = sightings.stream().map(s -> FINGERPRINT_PREFIX + s.fingerprint()).toList();
      for (Map<String, Attr> item : reader.get(keys, null, Map.of(), true)) {
        items.put(item.get(PK).s(), item);
      }
    } catch (RuntimeException e) {
      sightings.forEach(s -> out.add(new Sighted(null, null, e)));
      return out;
    }
    for (int i = 0; i < sightings.size(); i++) {
      Sighting s = sightings.get(i);
      try {
        out.add(one(s, noise.get(i), items.get(FINGERPRINT_PREFIX + s.fingerprint()), now));
      } catch (RuntimeException e) {
        out.add(new Sighted(null, null, e));
      }
    }
    return out;
  }

  private Sighted one(Sighting s, boolean noise, Map<String, Attr> item, Instant now) {
    Observation o = new Observation(s.fingerprint(), s.service(), s.logGroup(), s.count());
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      StatsUpdate.Result r = update.apply(stats(item, now), o, now);
      StatsWrite w = new StatsWrite(DynamoSignalStore.encode(r.stats()),
          item == null ? 0 : DynamoItems.number(item, DynamoSignalStore.VERSION, 0));
      if (noise && !r.evidence().spike()) {
        if (store.statsOnly(s.fingerprint(), now, w)) {
          return new Sighted(r.evidence(), null, null);
        }
      } else {
        boolean running = item != null && DynamoItems.number(item, WINDOW_UNTIL, 0) > now.toEpochMilli();
        Claim c = running ? store.repeatWith(s, now, w) : store.claimWith(s, now, w);
        if (c != null) {
          return new Sighted(r.evidence(), c, null);
        }
      }
      // Someone wrote the item since it was read: read it again and redo the step on top of theirs.
      pause(attempt);
      item = store.read(s.fingerprint());
    }
    throw new DownstreamUnavailableException("dynamodb", "signal update lost " + ATTEMPTS + " races in a row", null);
  }

  /** The item's stats; none when it is gone or past its TTL; seeded from the claim's sighting if it predates them. */
  private FingerprintStats stats(Map<String, Attr> item, Instant now) {
    if (item == null || DynamoItems.number(item, EXPIRES_AT, Long.MAX_VALUE) <= now.getEpochSecond()) {
      return null;
    }
    String json = DynamoItems.text(item, DynamoSignalStore.STATS);
    if (json != null) {
      return DynamoSignalStore.decode(json);
    }
    long lastSeen = DynamoItems.number(item, LAST_SEEN, 0);
    return lastSeen == 0 ? null : update.seed(lastSeen / 1000, DynamoItems.text(item, LOG_GROUP), now);
  }

  /** Lost a race on a hot fingerprint: wait a random few milliseconds so the instances spread out. */
  private void pause(int attempt) {
    try {
      sleeper.sleep(Duration.ofMillis(1 + random.nextInt(5 << Math.min(attempt, 4))));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownstreamUnavailableException("dynamodb", "interrupted during signal update", e);
    }
  }
}
