package dev.logsift.corrections;

import dev.logsift.chat.discord.DiscordApi;
import dev.logsift.chat.discord.DiscordReactions;

import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.ClassifierHandler;
import dev.logsift.app.Config;
import dev.logsift.app.CorrectionsPollHandler;
import dev.logsift.app.CorrectionsWiring;
import dev.logsift.app.Wiring;
import dev.logsift.classify.Category;
import dev.logsift.classify.Source;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.SubscriptionDecoder;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.pipeline.BatchReport;
import dev.logsift.pipeline.Outcome;
import dev.logsift.testing.S3rver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole loop as `bin/logsift replay` runs it: the classifier posts a card, a human corrects it on
 * Discord, the poll handler stores the correction, and the next card of that fingerprint (after the dedup
 * window) carries the human label without asking any classifier.
 */
@Tag("server")
class CorrectionLoopServerTest {
  @Test
  void aDiscordCorrectionRelabelsTheNextCardOfThatFingerprint() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:20:00Z"));
    List<Card> posted = new ArrayList<>();
    long[] nextId = {1100};
    try (S3rver s3 = S3rver.start("loop"); FakeDiscord discord = new FakeDiscord()) {
      Config config = Config.fromEnv(Map.of(Config.DISCORD_BOT_TOKEN, FakeDiscord.TOKEN, Config.DISCORD_CHANNEL_ID,
          "500", Config.DISCORD_API_URL, discord.baseUrl(), Config.CORRECTIONS_BUCKET, "loop"));
      Wiring classifierSide = Wiring.build(config, clock, card -> {
        posted.add(card);
        String id = Long.toString(nextId[0]++);
        discord.card(id);
        return new Delivery("discord", "500", id);
      });
      ClassifierHandler classifier = new ClassifierHandler(classifierSide);
      LogBatch batch = new SubscriptionDecoder().decodeEnvelope(
          Files.readAllBytes(Path.of("events/cloudwatch-checkout-java.json")));

      BatchReport first = classifier.process(batch);
      assertTrue(first.notified() > 0);
      Card card = posted.get(0);
      assertNotEquals(Source.HUMAN, card.classification().source());
      assertNotEquals(Category.SECURITY, card.classification().category());

      discord.react("1100", DiscordReactions.CORRECT, "31", false);
      discord.reply("1100", "31", "security: order placement was probed with stolen cards");
      clock.set(clock.instant().plus(Duration.ofMinutes(3)));
      CorrectionsWiring correctionsSide = CorrectionsWiring.build(config, clock, classifierSide.dedup(),
          new S3CorrectionStore(s3.connection(), "loop"), DiscordApi.defaultClient(), d -> { });
      Map<String, Object> poll = new CorrectionsPollHandler(correctionsSide).handleRequest(Map.of(), null);
      assertEquals(1, poll.get("stored"));

      clock.set(clock.instant().plus(config.dedupWindow()).plus(Duration.ofMinutes(1)));
      posted.clear();
      BatchReport second = classifier.process(batch);
      Card next = second.outcomes().stream().filter(o -> o.status() == Outcome.Status.NOTIFIED).map(Outcome::card)
          .filter(c -> c.fingerprint().equals(card.fingerprint())).findFirst().orElseThrow();
      assertEquals(Source.HUMAN, next.classification().source());
      assertEquals(Category.SECURITY, next.classification().category());
      assertEquals("order placement was probed with stolen cards", next.classification().summary());
      long otherHuman = second.outcomes().stream().filter(o -> o.card() != null && o.card().classification() != null
          && o.card().classification().source() == Source.HUMAN).count();
      assertEquals(1, otherHuman, "only the corrected fingerprint is relabelled");
    }
  }
}
