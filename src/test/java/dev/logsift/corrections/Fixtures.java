package dev.logsift.corrections;

import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import dev.logsift.dedup.PostedCard;
import dev.logsift.dedup.PostedMessage;
import java.time.Instant;

/** Shared test values. */
public final class Fixtures {
  public static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  static final Instant POSTED = Instant.parse("2026-11-26T23:59:00Z");

  private Fixtures() {}

  static PostedCard card(String destination, String channel, String messageId) {
    return new PostedCard("fp0123456789abcd", "checkout", "/ecs/checkout", Category.APPLICATION, Confidence.MEDIUM,
        "AccessDenied: User arn:aws:iam::123:role/x assumed by [REDACTED:email]", new PostedMessage(destination, channel,
            messageId), POSTED);
  }

  public static Correction correction(String who, Category corrected, String reason, Instant at) {
    return new Correction("fp0123456789abcd", "checkout", "/ecs/checkout", Category.APPLICATION, Confidence.MEDIUM,
        corrected, reason, who, at, "discord", "C1", "1100", "https://discord.com/channels/@me/C1/1100",
        "AccessDenied: role assumed", POSTED);
  }
}
