package dev.logsift.notify;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Cards that went past a destination's hourly budget, rolled into the digest of that hour. Every entry
 * is named in chat: the first {@link #DETAILED_ENTRIES} with their summary, the rest by fingerprint id
 * grouped by service, over as many digest messages as that takes (bounded, see DigestPages).
 *
 * @param messageId the chat messages showing this digest, separated by spaces (one per digest message),
 *     or empty before it is first posted
 * @param updated fingerprints added or changed by the update being posted: only the messages holding
 *     them (and the first, whose title counts everything) are edited; empty means edit every message
 */
public record Digest(String destination, Instant periodStart, List<Entry> entries, String channel, String messageId,
    Set<String> updated) {
  /** Entries kept with their summary and flags; later ones keep fingerprint, service, category and count. */
  public static final int DETAILED_ENTRIES = 150;
  /** Fingerprints named per digest; past it they are counted in one last entry (fingerprint "*"). */
  public static final int MAX_ENTRIES = 1000;
  /** Fingerprint of the entry that counts what is past MAX_ENTRIES. */
  public static final String OTHERS = "*";

  public Digest {
    entries = List.copyOf(entries);
    channel = channel == null ? "" : channel;
    messageId = messageId == null ? "" : messageId;
    updated = updated == null ? Set.of() : Set.copyOf(updated);
  }

  public Digest(String destination, Instant periodStart, List<Entry> entries, String channel, String messageId) {
    this(destination, periodStart, entries, channel, messageId, Set.of());
  }

  public Digest withUpdated(Set<String> fingerprints) {
    return new Digest(destination, periodStart, entries, channel, messageId, fingerprints);
  }

  public Digest withMessageId(String ids) {
    return new Digest(destination, periodStart, entries, channel, ids, updated);
  }

  /** One fingerprint in the digest; counts add up across invocations. */
  public record Entry(String fingerprint, String service, String category, String summary, long count,
      List<String> flags) {
    public Entry {
      flags = List.copyOf(flags);
    }
  }

  public long totalEvents() {
    return entries.stream().mapToLong(Entry::count).sum();
  }

  /** Exact number of distinct fingerprints in the digest, those past MAX_ENTRIES included. */
  public long fingerprints() {
    long n = 0;
    for (Entry e : entries) {
      n += OTHERS.equals(e.fingerprint()) ? othersCount(e) : 1;
    }
    return n;
  }

  /** The OTHERS entry keeps how many fingerprints it stands for at the start of its summary. */
  public static long othersCount(Entry others) {
    String s = others.summary();
    int end = 0;
    while (end < s.length() && end < 18 && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end == 0 ? 1 : Long.parseLong(s.substring(0, end));
  }

  public static String othersSummary(long fingerprints) {
    return fingerprints + " more fingerprints past the digest's limit of " + MAX_ENTRIES;
  }
}
