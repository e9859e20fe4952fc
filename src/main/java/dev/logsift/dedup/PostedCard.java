package dev.logsift.dedup;

import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import dev.logsift.notify.Delivery;
import java.time.Instant;

/** A card we posted, remembered so the corrections loop can find its reactions. Text is redacted. */
public record PostedCard(
    String fingerprint,
    String service,
    String logGroup,
    Category category,
    Confidence confidence,
    String sample,
    Delivery delivery,
    Instant postedAt) {

  /** A card of its own in a chat channel: not the console, not a line inside the hourly digest. */
  public static boolean isChatCard(Delivery d) {
    return !"console".equals(d.destination()) && !"digest".equals(d.destination()) && !"none".equals(d.destination());
  }
}
