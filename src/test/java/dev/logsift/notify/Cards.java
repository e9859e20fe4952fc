package dev.logsift.notify;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Card fixtures: an ordinary one and one built from hostile log text (test resource notify/hostile-log.txt). */
final class Cards {
  static final String EMOJI = "😀";

  private Cards() {}

  static Card ordinary() {
    return ordinary(Category.APPLICATION);
  }

  static Card ordinary(Category category) {
    Classification cl = new Classification(category, Confidence.HIGH,
        "NullPointerException in OrderService.total", "Check the release from 09:40 and roll back if it is the cause.",
        null, Source.RULES, null, ModelUsage.NONE);
    return new Card("3f9a2c7e11d04b5a", "NullPointerException at OrderService.total(<*>)", "checkout", "/ecs/checkout",
        cl, 3, 5, "java.lang.NullPointerException: order.items is null\n\tat OrderService.total(OrderService.java:42)",
        Instant.parse("2026-11-27T09:55:00Z"), List.of("NEW"));
  }

  static String hostileLog() {
    try (InputStream in = Cards.class.getResourceAsStream("/notify/hostile-log.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every text field hostile and far over every limit; emoji are placed so that plain cuts at the limits
   * would land between the two halves of a surrogate pair.
   */
  static Card hostile() {
    String log = hostileLog();
    StringBuilder sample = new StringBuilder();
    while (sample.length() < 10_000) {
      sample.append(log);
    }
    String summary = "@everyone <!channel> " + "x".repeat(120) + EMOJI.repeat(200);
    String proposal = "a".repeat(1022) + EMOJI.repeat(10) + log + log;
    List<String> flags = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      flags.add("SPIKE @here <@&1> <!here> " + EMOJI.repeat(20));
    }
    Classification cl = new Classification(Category.SECURITY, Confidence.LOW, summary, proposal, "kf-<@1>",
        Source.FALLBACK, "model output unusable <!channel> @everyone", ModelUsage.NONE);
    return new Card("fp`@everyone`<!here>", "template " + log, "svc @everyone <!channel> *x*",
        "/ecs/" + "g_".repeat(400) + "@here", cl, 10_000, 123_456, sample.toString(),
        Instant.parse("2026-11-27T09:55:00Z"), flags);
  }
}
