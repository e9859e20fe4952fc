package dev.logsift.signal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the history of a fingerprint says about this batch, with the numbers behind each flag.
 *
 * @param isNew never seen, or not within the look-back
 * @param spike the current bucket is above factor x baseline and above the floor
 * @param breakThrough this caller won the one extra card a spike or spread may post inside the dedup window
 * @param bucketCount events in the current bucket (this batch included)
 * @param bucketSeconds width of a bucket
 * @param baseline EMA of completed buckets (0 until one completed)
 * @param newLogGroups log groups where it had not been seen within the look-back, while it had been seen elsewhere
 * @param breakThroughToken identifies the break-through claim for release, or 0
 */
public record Evidence(
    boolean isNew,
    boolean spike,
    boolean breakThrough,
    long bucketCount,
    long bucketSeconds,
    double baseline,
    List<String> newLogGroups,
    long breakThroughToken) {

  public static final Evidence NONE = new Evidence(false, false, false, 0, 300, 0, List.of(), 0);

  public Evidence {
    newLogGroups = List.copyOf(newLogGroups);
  }

  public boolean spread() {
    return !newLogGroups.isEmpty();
  }

  /** Flags with their evidence as shown on cards, e.g. "SPIKE: 1,240 in 5 min vs ~30 baseline". */
  public List<String> flags() {
    List<String> f = new ArrayList<>(3);
    if (isNew) {
      f.add("NEW");
    }
    if (spike) {
      f.add(String.format(Locale.ROOT, "SPIKE: %,d in %s vs ~%,d baseline", bucketCount, window(bucketSeconds),
          Math.round(baseline)));
    }
    if (spread()) {
      f.add("SPREAD: now also in " + String.join(", ", newLogGroups));
    }
    return f;
  }

  private static String window(long seconds) {
    return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
  }
}
