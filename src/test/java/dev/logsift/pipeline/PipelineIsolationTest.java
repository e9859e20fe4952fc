package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.Wiring;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.classify.Source;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.fingerprint.Fingerprinter;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Notifier;
import dev.logsift.redact.Redactor;
import dev.logsift.signal.InMemoryBudgetStore;
import dev.logsift.signal.InMemorySignalStore;
import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One hostile event must not cost the batch: it becomes an "unprocessable event" card and the rest goes on. */
class PipelineIsolationTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
  private final InMemoryDedupStore dedup = new InMemoryDedupStore(Duration.ofMinutes(10), new Random(3));
  private final Classifier rules = new RulesClassifier(new KnownFailureCatalog(null));
  private final List<Card> posted = new ArrayList<>();
  private final Notifier chat = card -> {
    posted.add(card);
    return new Delivery("discord", "c", "m" + posted.size());
  };

  private static final String GOOD_1 = "ERROR order 1001 failed: NullPointerException at Checkout.pay";
  private static final String GOOD_2 = "ERROR connection refused to db-1:5432";
  private static final String POISON = "ERROR POISON user=alice password=hunter2 token=abc " + "x".repeat(5000);

  private Pipeline pipeline(Fingerprinter fp, Redactor redactor, Classifier classifier, Notifier notifier) {
    Parts parts = new Parts(fp, redactor, dedup, new InMemorySignalStore(Fixtures.stats()), new InMemoryBudgetStore(),
        null, classifier, rules, notifier, clock, null, d -> { });
    return new Pipeline(parts, new PipelineSettings(50, Duration.ofHours(6), 64 * 1024, 2000, 0));
  }

  private static LogBatch batch(String... messages) {
    List<LogEvent> events = new ArrayList<>();
    for (String m : messages) {
      events.add(new LogEvent(String.valueOf(events.size()), 0, m));
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "1", "/ecs/checkout", "s", List.of(), events);
  }

  private static Fingerprinter overflowingOn(String marker) {
    Fingerprinter real = Wiring.newFingerprinter();
    return new Fingerprinter() {
      @Override
      public dev.logsift.fingerprint.Fingerprint fingerprint(String m) {
        if (m.contains(marker)) {
          throw new StackOverflowError();
        }
        return real.fingerprint(m);
      }

      @Override
      public String rulesVersion() {
        return real.rulesVersion();
      }
    };
  }

  private Card unprocessableCard() {
    return posted.stream().filter(c -> c.flags().stream().anyMatch(f -> f.startsWith("UNPROCESSABLE"))).findFirst()
        .orElseThrow(() -> new AssertionError("no unprocessable card among " + posted.size()));
  }

  @Test
  void aFingerprintStageOverflowBecomesOneCardAndTheGoodLinesStillGetTheirs() {
    BatchReport r = pipeline(overflowingOn("POISON"), Wiring.newRedactor(), rules, chat)
        .process(batch(GOOD_1, POISON, GOOD_2, POISON));
    assertEquals(4, r.events());
    assertEquals(3, r.fingerprints());
    assertEquals(3, r.notified());
    assertEquals(0, r.failed());
    Card u = unprocessableCard();
    assertEquals(2, u.occurrences());
    assertTrue(u.flags().contains("UNPROCESSABLE: fingerprint stage failed"), u.flags().toString());
    assertEquals(Source.UNCLASSIFIED, u.classification().source());
    assertTrue(u.classification().summary().contains("fingerprint stage"), u.classification().summary());
    assertTrue(u.sample().startsWith("ERROR POISON"), u.sample());
    assertFalse(u.sample().contains("hunter2"), "the head is redacted: " + u.sample());
    assertTrue(u.sample().length() <= Unprocessable.HEAD_CHARS + 1, "the head is cut short");
    assertFalse(u.sample().contains("xxx"), "the straddling token is dropped: " + u.sample());
    assertTrue(posted.stream().anyMatch(c -> c.sample().equals(GOOD_1)));
    assertTrue(posted.stream().anyMatch(c -> c.sample().equals(GOOD_2)));
  }

  @Test
  void whenRedactionItselfOverflowsTheHeadIsWithheldAndNothingOfTheLineLeaves() {
    Redactor real = Wiring.newRedactor();
    Redactor redactor = t -> {
      if (t.contains("POISON")) {
        throw new StackOverflowError();
      }
      return real.redact(t);
    };
    BatchReport r = pipeline(Wiring.newFingerprinter(), redactor, rules, chat).process(batch(GOOD_1, POISON));
    assertEquals(2, r.notified());
    Card u = unprocessableCard();
    assertEquals(Unprocessable.WITHHELD, u.sample());
    assertTrue(u.flags().contains("UNPROCESSABLE: redact stage failed"), u.flags().toString());
    assertFalse(u.template().contains("POISON"));
  }

  @Test
  void aClassifierThatOverflowsCostsOnlyThatCardsClassification() {
    Classifier broken = req -> {
      if (req.sample().contains("connection refused")) {
        throw new StackOverflowError();
      }
      return rules.classify(req);
    };
    Pipeline p = new Pipeline(new Parts(Wiring.newFingerprinter(), Wiring.newRedactor(), dedup,
        new InMemorySignalStore(Fixtures.stats()), new InMemoryBudgetStore(), null, broken, broken, chat, clock, null,
        d -> { }), new PipelineSettings(50, Duration.ofHours(6), 64 * 1024, 2000, 0));
    BatchReport r = p.process(batch(GOOD_1, GOOD_2));
    assertEquals(2, r.notified());
    Card bad = posted.stream().filter(c -> c.sample().equals(GOOD_2)).findFirst().orElseThrow();
    assertTrue(bad.classification().summary().contains("classify stage"), bad.classification().summary());
  }

  @Test
  void theRealEmailPoisonLineDoesNotLoseTheBatch() {
    StringBuilder labels = new StringBuilder("ERROR invalid email a@b");
    for (int i = 0; i < 2000; i++) {
      labels.append(".b");
    }
    String poison = labels.append("com").toString();
    BatchReport r = pipeline(Wiring.newFingerprinter(), Wiring.newRedactor(), rules, chat)
        .process(batch(GOOD_1, poison, GOOD_2));
    assertEquals(0, r.failed());
    assertEquals(r.fingerprints(), r.notified());
    posted.forEach(c -> assertFalse(c.sample().contains("a@b.b"), "no part of the address: " + c.sample()));
    assertTrue(posted.stream().anyMatch(c -> c.sample().equals(GOOD_1)));
    assertTrue(posted.stream().anyMatch(c -> c.sample().equals(GOOD_2)));
  }

  @Test
  void anErrorWhilePostingReleasesEveryClaimSoTheRetryPostsThem() {
    Notifier once = new Notifier() {
      boolean thrown;

      @Override
      public Delivery post(Card card) {
        if (!thrown) {
          thrown = true;
          throw new StackOverflowError();
        }
        return chat.post(card);
      }
    };
    Pipeline p = pipeline(Wiring.newFingerprinter(), Wiring.newRedactor(), rules, once);
    LogBatch b = batch(GOOD_1, GOOD_2);
    BatchFailedException e = assertThrows(BatchFailedException.class, () -> p.process(b));
    assertEquals(2, e.report().failed());
    clock.advance(Duration.ofMinutes(1));
    BatchReport retry = p.process(b);
    assertEquals(2, retry.notified(), "both claims were given back");
  }

  @Test
  void outOfMemoryIsNeverContained() {
    Fingerprinter oom = new Fingerprinter() {
      @Override
      public dev.logsift.fingerprint.Fingerprint fingerprint(String m) {
        throw new OutOfMemoryError("test");
      }

      @Override
      public String rulesVersion() {
        return "test";
      }
    };
    assertThrows(OutOfMemoryError.class,
        () -> pipeline(oom, Wiring.newRedactor(), rules, chat).process(batch(GOOD_1)));
  }

  @Test
  void theUnprocessableFingerprintIsStablePerStageAndLooksLikeAnyOther() {
    assertEquals(Unprocessable.id("redact"), Unprocessable.id("redact"));
    assertFalse(Unprocessable.id("redact").equals(Unprocessable.id("fingerprint")));
    assertTrue(Unprocessable.id("classify").matches("[0-9a-f]{16}"));
  }

  @Test
  void theHeadNeverEndsInHalfAToken() {
    assertEquals("ERROR invalid email…", Unprocessable.wholeTokens("ERROR invalid email a@b" + ".b".repeat(300), 200));
    assertEquals("…", Unprocessable.wholeTokens("x".repeat(300), 200));
    assertEquals("short line", Unprocessable.wholeTokens("short line", 200));
  }

  /** Hostile shapes of every kind the stages parse (addresses, keys, JSON, traces, quotes, escapes). */
  static List<String> hostileLines() {
    return List.of(
        "ERROR invalid email a@b" + ".b".repeat(2000) + "com",
        "ERROR " + "a@".repeat(200_000),
        "ERROR " + "password=".repeat(50_000),
        "ERROR " + "=".repeat(300_000),
        "ERROR " + "%41".repeat(100_000),
        "{\"level\":\"error\",\"msg\":\"boom\",\"nested\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5001),
        "{\"level\":\"error\",\"msg\":\"" + "\\\"".repeat(100_000) + "\"}",
        "ERROR " + "[".repeat(100_000),
        "ERROR " + "((".repeat(50_000),
        "ERROR x\u202e\u2066\u200b\ud800 bidi and a lone surrogate",
        "ERROR " + "Bearer ".repeat(50_000),
        "ERROR " + "AKIA".repeat(60_000),
        "ERROR eyJ" + "a.".repeat(100_000),
        "ERROR " + "-----BEGIN PRIVATE KEY-----".repeat(10_000),
        "ERROR https://" + "a.".repeat(100_000) + "com",
        "ERROR " + "1234 ".repeat(100_000),
        "ERROR " + "+1 ".repeat(100_000),
        "Exception in thread \"main\" java.lang.RuntimeException: x\n" + "\tat a.b.C.d(C.java:1)\n".repeat(30_000),
        "Traceback (most recent call last):\n" + "  File \"x.py\", line 1, in f\n".repeat(30_000) + "ValueError: x",
        "ERROR " + "k=v ".repeat(100_000),
        "ERROR " + "\"".repeat(200_000),
        "ERROR " + "\\".repeat(200_000),
        "ERROR " + "token: ".repeat(50_000));
  }

  @Test
  void aBatchOfHostileLinesAmongGoodOnesNeverFailsAndTheGoodOnesGetTheirCards() {
    List<String> lines = new ArrayList<>();
    lines.add(GOOD_1);
    lines.addAll(hostileLines());
    lines.add(GOOD_2);
    BatchReport r = pipeline(Wiring.newFingerprinter(), Wiring.newRedactor(), rules, chat)
        .process(batch(lines.toArray(String[]::new)));
    assertEquals(0, r.failed());
    assertEquals(r.fingerprints(), r.notified());
    assertEquals(lines.size(), r.events());
    assertTrue(posted.stream().anyMatch(c -> c.sample().equals(GOOD_1)));
    assertTrue(posted.stream().anyMatch(c -> c.sample().equals(GOOD_2)));
    for (Card c : posted) {
      assertTrue(c.sample().length() < 3000, "samples stay short");
    }
  }
}
