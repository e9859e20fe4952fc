package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.classify.Source;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import dev.logsift.notify.Notifier;
import dev.logsift.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSignalsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
  private final InMemoryDedupStore dedup = new InMemoryDedupStore(Duration.ofMinutes(10), new Random(2));
  private final Chat chat = new Chat();

  /** A chat destination that keeps cards and digests, and edits a digest in place like Discord does. */
  static final class Chat implements Notifier {
    final List<Card> cards = new ArrayList<>();
    final List<Digest> digests = new ArrayList<>();
    int digestMessages;

    @Override
    public Delivery post(Card card) {
      cards.add(card);
      return new Delivery("discord", "c", "m" + cards.size());
    }

    @Override
    public Delivery postDigest(String destination, Digest digest) {
      digests.add(digest);
      if (digest.messageId().isEmpty()) {
        digestMessages++;
        return new Delivery("discord", "c", "digest-" + digestMessages);
      }
      return new Delivery("discord", "c", digest.messageId());
    }
  }

  private Pipeline pipeline(KnownFailureCatalog known, int budget) {
    Classifier rules = new RulesClassifier(known);
    return new Pipeline(Fixtures.parts(dedup, rules, rules, chat, clock, known),
        new PipelineSettings(50, Duration.ofHours(6), 65536, 2000, budget));
  }

  private static LogBatch batch(String group, String... messages) {
    List<LogEvent> events = new ArrayList<>();
    for (String m : messages) {
      events.add(new LogEvent(String.valueOf(events.size()), 0, m));
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "1", group, "s", List.of(), events);
  }

  private static String[] repeat(String m, int n) {
    String[] a = new String[n];
    java.util.Arrays.fill(a, m);
    return a;
  }

  private static KnownFailureCatalog noise(Path dir, String expires) throws Exception {
    Files.writeString(dir.resolve("checkout.md"), """
        ## deploy-drain
        - category: transient
        - match: connection drained during deploy
        - suppress: true
        %s
        Connections are drained while a new task set takes over.
        """.formatted(expires == null ? "" : "- expires: " + expires));
    return new KnownFailureCatalog(dir);
  }

  @Test
  void knownNoiseIsCountedNotPosted(@TempDir Path dir) throws Exception {
    BatchReport r = pipeline(noise(dir, null), 0).process(batch("/ecs/checkout", "ERROR connection drained during deploy"));
    assertEquals(1, r.suppressed());
    assertTrue(chat.cards.isEmpty());
    assertTrue(r.outcomes().get(0).reason().startsWith("known-noise:deploy-drain"));
  }

  @Test
  void suppressionEndsAfterItsExpiryDate(@TempDir Path dir) throws Exception {
    Pipeline p = pipeline(noise(dir, "2026-11-30"), 0);
    assertEquals(1, p.process(batch("/ecs/checkout", "ERROR connection drained during deploy")).suppressed());
    clock.set(Instant.parse("2026-12-01T00:00:01Z"));
    BatchReport after = p.process(batch("/ecs/checkout", "ERROR connection drained during deploy"));
    assertEquals(1, after.notified());
    assertEquals(Source.KNOWN_FAILURE, chat.cards.get(0).classification().source());
    assertEquals("deploy-drain", chat.cards.get(0).classification().knownFailureId());
  }

  @Test
  void knownNoiseThatSpikesIsPosted(@TempDir Path dir) throws Exception {
    Pipeline p = pipeline(noise(dir, null), 0);
    p.process(batch("/ecs/checkout", repeat("ERROR connection drained during deploy", 2)));
    clock.advance(Duration.ofMinutes(5));
    BatchReport r = p.process(batch("/ecs/checkout", repeat("ERROR connection drained during deploy", 200)));
    assertEquals(1, r.notified());
    assertTrue(chat.cards.get(0).flags().stream().anyMatch(f -> f.startsWith("SPIKE: 200 in 5 min")),
        chat.cards.get(0).flags().toString());
  }

  @Test
  void aSpikeBreaksThroughTheDedupWindowOnce(@TempDir Path dir) throws Exception {
    Pipeline p = pipeline(new KnownFailureCatalog(dir), 0);
    p.process(batch("/ecs/checkout", repeat("ERROR KeyError 'total'", 3)));
    clock.advance(Duration.ofMinutes(5));
    BatchReport spike = p.process(batch("/ecs/checkout", repeat("ERROR KeyError 'total'", 100)));
    assertEquals(1, spike.notified());
    assertTrue(chat.cards.get(1).flags().stream().anyMatch(f -> f.startsWith("SPIKE")));
    assertEquals(Source.CACHE, chat.cards.get(1).classification().source(), "no second classification");
    assertEquals(2, dedup.recentCards(Instant.EPOCH).size(), "the spike card can be corrected like any card");
    BatchReport again = p.process(batch("/ecs/checkout", repeat("ERROR KeyError 'total'", 100)));
    assertEquals(1, again.suppressed());
    assertEquals(2, chat.cards.size());
  }

  @Test
  void spreadToASecondLogGroupIsNamedOnACard(@TempDir Path dir) throws Exception {
    Pipeline p = pipeline(new KnownFailureCatalog(dir), 0);
    p.process(batch("/ecs/checkout", "ERROR KeyError 'total'"));
    clock.advance(Duration.ofMinutes(1));
    p.process(batch("/ecs/payments", "ERROR KeyError 'total'"));
    assertEquals(2, chat.cards.size());
    assertEquals(List.of("NEW"), chat.cards.get(0).flags());
    assertEquals(List.of("SPREAD: now also in /ecs/payments"), chat.cards.get(1).flags());
  }

  @Test
  void pastTheBudgetCardsRollIntoOneDigestMessagePerHour(@TempDir Path dir) throws Exception {
    Pipeline p = pipeline(new KnownFailureCatalog(dir), 2);
    BatchReport r = p.process(batch("/ecs/checkout", "ERROR a KeyError", "ERROR b TypeError", "ERROR c ValueError",
        "ERROR d refused", "ERROR e throttled"));
    assertEquals(2, r.notified());
    assertEquals(3, r.digested());
    assertEquals(1, chat.digestMessages);
    assertEquals(3, chat.digests.get(0).entries().size());
    BatchReport more = p.process(batch("/ecs/checkout", "ERROR f NullPointerException", "ERROR g IndexError"));
    assertEquals(2, more.digested());
    assertEquals(1, chat.digestMessages, "the digest is edited, not posted again");
    Digest last = chat.digests.get(chat.digests.size() - 1);
    assertEquals("digest-1", last.messageId());
    assertEquals(5, last.entries().size());
    clock.advance(Duration.ofHours(1));
    BatchReport nextHour = p.process(batch("/ecs/checkout", "ERROR h AttributeError"));
    assertEquals(1, nextHour.notified());
    assertFalse(nextHour.outcomes().isEmpty());
  }

  @Test
  void aKnownFailureIsAnsweredWithoutTheModel(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("checkout.md"), """
        ## pool-dry
        - category: dependency
        - match: connection is not available

        The orders pool runs dry during the nightly export.
        """);
    KnownFailureCatalog known = new KnownFailureCatalog(dir);
    Classifier rules = new RulesClassifier(known);
    java.util.concurrent.atomic.AtomicInteger modelCalls = new java.util.concurrent.atomic.AtomicInteger();
    Classifier model = req -> {
      modelCalls.incrementAndGet();
      return rules.classify(req).withSource(Source.MODEL, null);
    };
    Pipeline p = new Pipeline(Fixtures.parts(dedup, model, rules, chat, clock, known),
        new PipelineSettings(50, Duration.ofHours(6), 65536, 2000, 0));
    p.process(batch("/ecs/checkout", "ERROR HikariPool-1 - Connection is not available, request timed out",
        "ERROR KeyError 'total'"));
    assertEquals(1, modelCalls.get(), "only the unknown error went to the model");
    Card pool = chat.cards.stream().filter(c -> "pool-dry".equals(c.classification().knownFailureId())).findFirst()
        .orElseThrow();
    assertEquals(Source.KNOWN_FAILURE, pool.classification().source());
    assertFalse(pool.classification().firstResponse().isEmpty(), "a generic first response fills the gap");
  }
}
