package dev.logsift.notify;

import java.util.Locale;

/** Plain-text digest wording shared by the adapters. */
public final class DigestText {
  private DigestText() {}

  /** Counts every fingerprint of the digest exactly, those past its listing limit included. */
  public static String title(Digest d) {
    return "Alert budget reached for this hour: " + String.format(Locale.ROOT, "%,d", d.fingerprints())
        + " more fingerprints (" + String.format(Locale.ROOT, "%,d", d.totalEvents()) + " events) rolled up here";
  }

  /** Title of a digest message after the first; the first one's title counts everything. */
  public static String continued(Digest d, int message, int messages, int from, int to) {
    return String.format(Locale.ROOT, "Digest continued (%d/%d): fingerprints %,d–%,d of %,d", message + 1, messages,
        from + 1, to, d.fingerprints());
  }

  public static String line(Digest.Entry e) {
    if (Digest.OTHERS.equals(e.fingerprint())) {
      return others(e);
    }
    String flags = e.flags().isEmpty() ? "" : " [" + String.join("; ", e.flags()) + "]";
    return String.format(Locale.ROOT, "%,d× [%s] %s: %s%s (%s)", e.count(), e.category(), e.service(), e.summary(),
        flags, e.fingerprint());
  }

  /** Chat line: the fingerprint first, so cutting a long line never loses the name. */
  static String chatLine(Digest.Entry e) {
    if (Digest.OTHERS.equals(e.fingerprint())) {
      return others(e);
    }
    String flags = e.flags().isEmpty() ? "" : " [" + String.join("; ", e.flags()) + "]";
    return String.format(Locale.ROOT, "%s · %,d× [%s] %s: %s%s", e.fingerprint(), e.count(), e.category(), e.service(),
        e.summary(), flags);
  }

  static String others(Digest.Entry e) {
    return String.format(Locale.ROOT, "…and %,d more fingerprints past the digest's limit of %,d (%,d events)",
        Digest.othersCount(e), Digest.MAX_ENTRIES, e.count());
  }
}
