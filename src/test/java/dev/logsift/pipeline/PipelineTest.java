package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.classify.Source;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.UnusableModelOutputException;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Notifier;
import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
  private final InMemoryDedupStore dedup = new InMemoryDedupStore(Duration.ofMinutes(10), new Random(1));
  private final Classifier rules = new RulesClassifier(new KnownFailureCatalog(null));
  private final RecordingNotifier chat = new RecordingNotifier();

  /** Records cards; fails cards matching a predicate, as a chat service that is down would. */
  static final class RecordingNotifier implements Notifier {
    final List<Card> posted = new ArrayList<>();
    Predicate<Card> failing = c -> false;

    @Override
    public Delivery post(Card card) {
      if (failing.test(card)) {
        throw new DownstreamUnavailableException("discord", "HTTP 503 after 3 attempts", null);
      }
      posted.add(card);
      return new Delivery("discord", "chan", "m" + posted.size());
    }
  }

  private Pipeline pipeline(Classifier classifier, int cap) {
    PipelineSettings s = new PipelineSettings(cap, Duration.ofHours(6), 64 * 1024, 2000, 0);
    return new Pipeline(Fixtures.parts(dedup, classifier, rules, chat, clock, null), s);
  }

  private static LogBatch batch(String... messages) {
    List<LogEvent> events = new ArrayList<>();
    for (int i = 0; i < messages.length; i++) {
      events.add(new LogEvent(String.valueOf(i), i, messages[i]));
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "1", "/aws/lambda/checkout", "s", List.of(), events);
  }

  @Test
  void repeatsCollapseToOneCardWithTheirCount() {
    BatchReport r = pipeline(rules, 50).process(batch(
        "ERROR order 1001 failed: NullPointerException", "ERROR order 2002 failed: NullPointerException",
        "ERROR order 3003 failed: NullPointerException", "ERROR connection refused to db-1:5432"));
    assertEquals(4, r.events());
    assertEquals(2, r.fingerprints());
    assertEquals(2, r.notified());
    assertEquals(3, chat.posted.get(0).occurrences());
    assertEquals(Category.APPLICATION, chat.posted.get(0).classification().category());
    assertEquals(Category.TRANSIENT, chat.posted.get(1).classification().category()); // refused: taxonomy rule 4
  }

  @Test
  void repeatsInsideTheWindowAreSuppressedAndCountedOnTheNextCard() {
    Pipeline p = pipeline(rules, 50);
    p.process(batch("ERROR order 1 failed: NullPointerException"));
    BatchReport second = p.process(batch("ERROR order 2 failed: NullPointerException",
        "ERROR order 3 failed: NullPointerException"));
    assertEquals(0, second.notified());
    assertEquals(1, second.suppressed());
    clock.advance(Duration.ofMinutes(11));
    p.process(batch("ERROR order 4 failed: NullPointerException"));
    assertEquals(2, chat.posted.size());
    assertEquals(2, chat.posted.get(1).suppressedSinceLastReport());
    assertEquals(Source.CACHE, chat.posted.get(1).classification().source());
  }

  @Test
  void classificationCapReportsTheRestUnclassified() {
    BatchReport r = pipeline(rules, 1).process(batch("ERROR alpha NullPointerException", "ERROR beta connection refused",
        "ERROR gamma KeyError"));
    assertEquals(3, r.notified());
    long unclassified = chat.posted.stream().filter(c -> c.classification().source() == Source.UNCLASSIFIED).count();
    assertEquals(2, unclassified);
  }

  @Test
  void theInnermostCausePastTheSamplesCutStillDecides() {
    StringBuilder trace = new StringBuilder("ERROR order failed\norg.springframework.web.client.HttpServerErrorException: "
        + "500 Internal Server Error\n");
    while (trace.length() < 6000) {
      trace.append("\tat com.acme.orders.Frame.call(Frame.java:1)\n");
    }
    trace.append("Caused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)");
    List<ClassifyRequest> seen = new ArrayList<>();
    Classifier spy = req -> {
      seen.add(req);
      return rules.classify(req);
    };

    pipeline(spy, 50).process(batch(trace.toString()));

    assertTrue(!seen.get(0).sample().contains("ConnectException"), "the sample is cut before the cause");
    assertEquals("java.net.ConnectException: Connection refused", seen.get(0).rootCause().text());
    assertEquals(Category.TRANSIENT, chat.posted.get(0).classification().category(), "not 3c from the wrapper's 500");
  }

  @Test
  void unusableModelOutputFallsBackToRulesAndIsMarked() {
    Classifier broken = req -> {
      throw new UnusableModelOutputException("category not in the five");
    };
    pipeline(broken, 50).process(batch("ERROR connection refused to db"));
    Classification c = chat.posted.get(0).classification();
    assertEquals(Source.FALLBACK, c.source());
    assertEquals(Category.TRANSIENT, c.category()); // refused: taxonomy rule 4
    assertTrue(c.note().contains("unusable"));
  }

  @Test
  void modelUnavailableFallsBackWithoutFailingTheBatch() {
    Classifier down = req -> {
      throw new DownstreamUnavailableException("bedrock", "throttled until deadline", null);
    };
    BatchReport r = pipeline(down, 50).process(batch("ERROR connection refused to db"));
    assertEquals(1, r.notified());
    assertEquals(Source.FALLBACK, chat.posted.get(0).classification().source());
  }

  @Test
  void failedPostFailsTheBatchAndTheRetryPostsOnlyWhatIsMissing() {
    AtomicInteger calls = new AtomicInteger();
    Classifier counting = req -> {
      calls.incrementAndGet();
      return rules.classify(req);
    };
    Pipeline p = pipeline(counting, 50);
    LogBatch b = batch("ERROR alpha NullPointerException", "ERROR beta connection refused", "ERROR gamma KeyError");
    chat.failing = c -> c.sample().contains("beta");
    BatchFailedException e = assertThrows(BatchFailedException.class, () -> p.process(b));
    assertEquals(2, e.report().notified());
    assertEquals(1, e.report().failed());
    assertFalse(e.getMessage().contains("beta"), "log content in exception message");

    chat.failing = c -> false;
    BatchReport retry = p.process(b);
    assertEquals(1, retry.notified());
    assertEquals(2, retry.suppressed());
    assertEquals(3, chat.posted.size());
    assertTrue(chat.posted.get(2).sample().contains("beta"));
  }

  @Test
  void controlMessagesAreAcknowledged() {
    LogBatch control = new LogBatch(LogBatch.CONTROL_MESSAGE, "", "", "", List.of(),
        List.of(new LogEvent("", 1, "CWL CONTROL MESSAGE")));
    BatchReport r = pipeline(rules, 50).process(control);
    assertEquals(0, r.events());
    assertTrue(chat.posted.isEmpty());
  }

  @Test
  void hugeMessagesAreProcessedOnTheirHeadAndCounted() {
    String huge = "ERROR NullPointerException " + "x".repeat(1024 * 1024);
    BatchReport r = pipeline(rules, 50).process(batch(huge, "ERROR small KeyError"));
    assertEquals(1, r.truncated());
    assertEquals(2, r.notified());
    assertTrue(chat.posted.get(0).sample().length() < 3000);
  }

  @Test
  void cachedHumanLabelBeatsTheModel() {
    AtomicInteger calls = new AtomicInteger();
    Classifier counting = req -> {
      calls.incrementAndGet();
      return rules.classify(req);
    };
    Pipeline p = pipeline(counting, 50);
    p.process(batch("ERROR gamma KeyError 'total'"));
    String fp = chat.posted.get(0).fingerprint();
    dedup.overrideClassification(fp, new Classification(Category.SECURITY, Confidence.HIGH, "tampered payload",
        "block the client", null, Source.HUMAN, "corrected by ops", ModelUsage.NONE), clock.instant());
    clock.advance(Duration.ofMinutes(11));
    p.process(batch("ERROR gamma KeyError 'total'"));
    assertEquals(1, calls.get());
    assertEquals(Source.HUMAN, chat.posted.get(1).classification().source());
    assertEquals(Category.SECURITY, chat.posted.get(1).classification().category());
  }
}
