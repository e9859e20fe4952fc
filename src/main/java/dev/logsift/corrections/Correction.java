package dev.logsift.corrections;

import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One human verdict on one card. Text fields (reason, sample) are redacted before they get here.
 *
 * @param corrected the category the human chose, or null when they confirmed the original
 * @param cardPostedAt fixes the date in the key, so re-reading a reaction days later finds the same object
 * @param source "discord" or "slack"
 * @param messageId the card's message id (Discord snowflake or Slack ts)
 */
public record Correction(
    String fingerprint,
    String service,
    String logGroup,
    Category original,
    Confidence originalConfidence,
    Category corrected,
    String reason,
    String who,
    Instant at,
    String source,
    String channel,
    String messageId,
    String cardLink,
    String sample,
    Instant cardPostedAt) {

  public static final String CONFIRMED = "confirmed";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  public Correction {
    if (fingerprint == null || original == null || who == null || source == null || messageId == null) {
      throw new IllegalArgumentException("fingerprint, original category, who, source and messageId are required");
    }
    reason = reason == null ? "" : reason;
    sample = sample == null ? "" : sample;
  }

  /** "confirmed" or the corrected category's wire name. */
  public String verdict() {
    return corrected == null ? CONFIRMED : corrected.wire();
  }

  /** The category the fingerprint has after this correction. */
  public Category effectiveCategory() {
    return corrected == null ? original : corrected;
  }

  /** True when the human chose a different category than the card showed. */
  public boolean disagrees() {
    return corrected != null && corrected != original;
  }

  /** corrections/YYYY/MM/DD/&lt;source&gt;-&lt;message-id&gt;-&lt;user&gt;.json: deterministic, so writes are idempotent. */
  public String key() {
    return keyFor(source, messageId, who, cardPostedAt == null ? at : cardPostedAt);
  }

  public static String keyFor(String source, String messageId, String who, Instant day) {
    return Corrections.PREFIX + DAY.format(day) + "/" + safe(source) + "-" + safe(messageId) + "-" + safe(who)
        + ".json";
  }

  /** Ids come from chat payloads: keep them to characters that cannot escape the key's folder. */
  static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9._]", "_");
  }
}
