package dev.logsift.signal;

import dev.logsift.notify.Digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds digest entries by fingerprint; shared by the stores so they agree. */
final class DigestMerge {
  /** A digest lists at most this many fingerprints; the rest are counted in the last entry's total. */
  static final int MAX_ENTRIES = 200;

  private DigestMerge() {}

  static List<Digest.Entry> merge(List<Digest.Entry> old, List<Digest.Entry> add) {
    Map<String, Digest.Entry> byFp = new LinkedHashMap<>();
    for (Digest.Entry e : old) {
      byFp.put(e.fingerprint(), e);
    }
    for (Digest.Entry e : add) {
      Digest.Entry prev = byFp.get(e.fingerprint());
      if (prev == null && byFp.size() >= MAX_ENTRIES) {
        Digest.Entry other = byFp.getOrDefault("*", new Digest.Entry("*", "", "", "other fingerprints", 0, List.of()));
        byFp.put("*", new Digest.Entry("*", "", "", other.summary(), other.count() + e.count(), List.of()));
        continue;
      }
      byFp.put(e.fingerprint(), prev == null ? e
          : new Digest.Entry(e.fingerprint(), e.service(), e.category(), e.summary(), prev.count() + e.count(),
              e.flags()));
    }
    return new ArrayList<>(byFp.values());
  }
}
