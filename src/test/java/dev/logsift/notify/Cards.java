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
public final class Cards {
  public static final String EMOJI = "😀";

  private Cards() {}

  public static Card ordinary() {
    return ordinary(Category.APPLICATION);
  }

  public static Card ordinary(Category category) {
    Classification cl = new Classification(category, Confidence.HIGH,
        "NullPointerException in OrderService.total", "Check the release from 09:40 and roll back if it is the cause.",
        null, Source.RULES, null, ModelUsage.NONE);
    return new Card("3f9a2c7e11d04b5a", "NullPointerException at OrderService.total(<*>)", "checkout", "/ecs/checkout",
        cl, 3, 5, "java.lang.NullPointerException: order.items is null\n\tat OrderService.total(OrderService.java:42)",
        Instant.parse("2026-11-27T09:55:00Z"), List.of("NEW"));
  }

  public static String hostileLog() {
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
  public static Card hostile() {
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

  /** A dependency card of the service at the confidence (owners and low-confidence tests). */
  public static Card card(String service, String logGroup, Confidence confidence) {
    Classification cl = new Classification(Category.DEPENDENCY, confidence, "Redis refused connections", "Check it.",
        null, Source.RULES, null, ModelUsage.NONE);
    return new Card("fp", "t", service, logGroup, cl, 1, 0, "sample", null, List.of());
  }

  /** n digest entries, the first Digest.DETAILED_ENTRIES with the summary, every fifth flagged. */
  public static List<Digest.Entry> digestEntries(int n, String summary) {
    List<Digest.Entry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Digest.Entry(String.format("%016x", 0xabc000L + i), "service-" + (i % 7), "application",
          i < Digest.DETAILED_ENTRIES ? summary : "", 3, i % 5 == 0 ? List.of("NEW", "SPIKE: 40 in 5 min") : List.of()));
    }
    return out;
  }

  public static Digest digest(List<Digest.Entry> e) {
    return new Digest("default", Instant.parse("2026-11-27T08:00:00Z"), e, "", "");
  }
}
