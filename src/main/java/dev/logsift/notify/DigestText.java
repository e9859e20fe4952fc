package dev.logsift.notify;

import java.util.Locale;

/** Plain-text digest wording shared by the adapters. */
public final class DigestText {
  private DigestText() {}

  public static String title(Digest d) {
    return "Alert budget reached for this hour: " + d.entries().size() + " more fingerprints ("
        + String.format(Locale.ROOT, "%,d", d.totalEvents()) + " events) rolled up here";
  }

  public static String line(Digest.Entry e) {
    String flags = e.flags().isEmpty() ? "" : " [" + String.join("; ", e.flags()) + "]";
    return String.format(Locale.ROOT, "%,d× [%s] %s: %s%s (%s)", e.count(), e.category(), e.service(), e.summary(),
        flags, e.fingerprint());
  }
}
