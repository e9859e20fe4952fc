package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.classify.Source;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import dev.logsift.notify.Notifier;
import dev.logsift.signal.InMemoryBudgetStore;
import dev.logsift.signal.InMemorySignalStore;
import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's storm: 100,000 ERROR lines of 20 distinct errors across 3 log groups, replayed in batches by
 * three concurrent "instances". The model is called at most once per distinct error, the channel gets at
 * most the budget, and everything past it lands in the digest.
 */
class StormTest {
  private static final String[] ERRORS = {
    "ERROR order %d failed: NullPointerException at OrderService.place",
    "ERROR KeyError: 'total' while refunding order %d",
    "ERROR connect ECONNREFUSED 10.0.%d.4:27017",
    "ERROR ThrottlingException: Rate exceeded for request %d",
    "ERROR AccessDenied: user %d is not authorized to perform s3:GetObject",
    "ERROR TypeError: Cannot read properties of undefined (reading 'id') in cart %d",
    "ERROR redis timeout after %dms on GET session",
    "ERROR deadlock detected while updating inventory row %d",
    "ERROR upstream inventory-svc returned 503 for item %d",
    "ERROR panic: runtime error: index out of range [%d] with length 0",
    "ERROR payment provider timeout after %d ms",
    "ERROR invalid JWT signature for session %d",
    "ERROR ValueError: invalid literal for int() with base 10: 'x%d'",
    "ERROR too many connections for role app (%d active)",
    "ERROR IllegalStateException: cart %d already checked out",
    "ERROR disk usage %d%% on /var/lib/data exceeds threshold",
    "ERROR failed to publish event %d to Kafka: NotLeaderForPartition",
    "ERROR OutOfMemoryError: Java heap space after %d requests",
    "ERROR SMTP 421 too many messages from host %d",
    "ERROR certificate has expired for api-%d.partner.example",
  };

  @Test
  void stormOfADistinctTwentyErrors() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    AtomicInteger modelCalls = new AtomicInteger();
    Classifier rules = new RulesClassifier(new KnownFailureCatalog(null));
    Classifier model = req -> {
      modelCalls.incrementAndGet();
      Classification c = rules.classify(req);
      return new Classification(c.category(), c.confidence(), c.summary(), c.firstResponse(), null, Source.MODEL,
          null, new ModelUsage(900, 120, 900e-6 + 120 * 5e-6));
    };
    InMemoryBudgetStore budgets = new InMemoryBudgetStore();
    Classifier ceiling = new CostCeiling(model, rules, budgets, clock, 500, 2_000_000);
    List<Card> cards = new ArrayList<>();
    List<Digest> digests = new ArrayList<>();
    Notifier chat = new Notifier() {
      @Override
      public synchronized Delivery post(Card card) {
        cards.add(card);
        return new Delivery("discord", "c", "m" + cards.size());
      }

      @Override
      public synchronized Delivery postDigest(String destination, Digest digest) {
        digests.add(digest);
        return new Delivery("discord", "c", digest.messageId().isEmpty() ? "digest" : digest.messageId());
      }
    };
    int budget = 30;
    Pipeline pipeline = new Pipeline(new Parts(dev.logsift.app.Wiring.newFingerprinter(),
        dev.logsift.app.Wiring.newRedactor(), new InMemoryDedupStore(Duration.ofMinutes(10), new Random(3)),
        new InMemorySignalStore(Fixtures.stats()), budgets, new KnownFailureCatalog(null), ceiling, rules, chat, clock,
        Executors.newFixedThreadPool(4), d -> Thread.sleep(Math.min(d.toMillis(), 20))),
        new PipelineSettings(50, Duration.ofHours(6), 65536, 2000, budget));

    String[] groups = {"/ecs/checkout", "/ecs/payments", "/aws/lambda/report-jobs"};
    int lines = 100_000;
    int perBatch = 1_000;
    Random rnd = new Random(42);
    List<List<LogBatch>> byGroup = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int b = 0; b < lines / perBatch; b++) {
      int g = b % 3;
      List<LogEvent> events = new ArrayList<>(perBatch);
      for (int i = 0; i < perBatch; i++) {
        // Each group sees its own subset first, so errors spread to new groups during the storm.
        int e = (rnd.nextInt(20) + g * 3 * (b < 30 ? 1 : 0)) % 20;
        events.add(new LogEvent(b + "-" + i, 0, String.format(ERRORS[e], rnd.nextInt(1_000_000))));
      }
      byGroup.get(g).add(new LogBatch(LogBatch.DATA_MESSAGE, "1", groups[g], "s", List.of(), events));
    }
    ExecutorService instances = Executors.newFixedThreadPool(3);
    List<Future<List<BatchReport>>> futures = new ArrayList<>();
    for (List<LogBatch> mine : byGroup) {
      futures.add(instances.submit(() -> {
        List<BatchReport> reports = new ArrayList<>();
        for (LogBatch b : mine) {
          reports.add(pipeline.process(b));
          synchronized (clock) {
            clock.advance(Duration.ofSeconds(2));
          }
        }
        return reports;
      }));
    }
    long events = 0;
    long notified = 0;
    long digested = 0;
    long suppressed = 0;
    long fingerprints = 0;
    for (Future<List<BatchReport>> f : futures) {
      for (BatchReport r : f.get()) {
        events += r.events();
        notified += r.notified();
        digested += r.digested();
        suppressed += r.suppressed();
        fingerprints += r.fingerprints();
        assertEquals(0, r.failed());
      }
    }
    instances.shutdown();
    var spend = budgets.spend(clock.instant());
    System.out.printf("storm: %d lines, %d batch-fingerprints, %d model calls, %d cards, %d digested into %d digest"
        + " updates, %d suppressed, %d tokens, ~$%.4f%n", events, fingerprints, modelCalls.get(), cards.size(), digested,
        digests.size(), suppressed, spend.tokens(), spend.costUsd());
    assertEquals(lines, events);
    assertTrue(modelCalls.get() <= 20, "model calls: " + modelCalls.get());
    assertTrue(cards.size() <= budget, "cards: " + cards.size());
    assertTrue(digested > 0 && !digests.isEmpty(), "past the budget, cards went to the digest");
    assertEquals(notified, cards.size());
    assertEquals(fingerprints, notified + digested + suppressed);
    long distinct = cards.stream().map(Card::fingerprint).distinct().count()
        + digests.stream().flatMap(d -> d.entries().stream()).map(Digest.Entry::fingerprint).distinct().count();
    assertTrue(distinct >= 20, "every distinct error reached the channel or the digest: " + distinct);
  }
}
