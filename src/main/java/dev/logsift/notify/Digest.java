package dev.logsift.notify;

import java.time.Instant;
import java.util.List;

/**
 * Cards that went past a destination's hourly budget, rolled into one message per period.
 *
 * @param messageId the chat message showing this digest, or empty before it is first posted
 */
public record Digest(String destination, Instant periodStart, List<Entry> entries, String channel, String messageId) {
  public Digest {
    entries = List.copyOf(entries);
    channel = channel == null ? "" : channel;
    messageId = messageId == null ? "" : messageId;
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
}
