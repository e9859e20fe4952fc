package dev.logsift.signal;

import dev.logsift.notify.Digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds digest entries by fingerprint; shared by the stores so they agree. */
final class DigestMerge {
  private DigestMerge() {}

  /**
   * Keeps entries in the order they first arrived, so the digest's pages stay put as it grows. Entries
   * past Digest.DETAILED_ENTRIES lose summary and flags (chat names them by id; the item stays far below
   * DynamoDB's 400 KB); past Digest.MAX_ENTRIES they are counted in one OTHERS entry.
   */
  static List<Digest.Entry> merge(List<Digest.Entry> old, List<Digest.Entry> add) {
    Map<String, Digest.Entry> byFp = new LinkedHashMap<>();
    Digest.Entry others = null;
    for (Digest.Entry e : old) {
      if (Digest.OTHERS.equals(e.fingerprint())) {
        others = e;
      } else {
        byFp.put(e.fingerprint(), e);
      }
    }
    for (Digest.Entry e : add) {
      Digest.Entry prev = byFp.get(e.fingerprint());
      if (prev == null && byFp.size() >= Digest.MAX_ENTRIES) {
        // A fingerprint folded here before is counted again: past the limit the count is at least, not exact.
        long n = others == null ? 0 : Digest.othersCount(others);
        long events = others == null ? 0 : others.count();
        others = new Digest.Entry(Digest.OTHERS, "", "", Digest.othersSummary(n + 1), events + e.count(), List.of());
        continue;
      }
      Digest.Entry next = prev == null ? e
          : new Digest.Entry(e.fingerprint(), e.service(), e.category(), e.summary(), prev.count() + e.count(),
              e.flags());
      boolean detailed = prev == null ? byFp.size() < Digest.DETAILED_ENTRIES : !prev.summary().isEmpty();
      byFp.put(e.fingerprint(), detailed ? next : compact(next));
    }
    List<Digest.Entry> out = new ArrayList<>(byFp.values());
    if (others != null) {
      out.add(others);
    }
    return out;
  }

  private static Digest.Entry compact(Digest.Entry e) {
    return new Digest.Entry(e.fingerprint(), e.service(), e.category(), "", e.count(), List.of());
  }
}
