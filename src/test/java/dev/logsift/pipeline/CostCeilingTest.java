package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.classify.Source;
import dev.logsift.signal.InMemoryBudgetStore;
import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CostCeilingTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:10:00Z"));
  private final Classifier rules = new RulesClassifier(new KnownFailureCatalog(null));
  private final AtomicInteger calls = new AtomicInteger();
  private final Classifier model = req -> {
    calls.incrementAndGet();
    Classification c = rules.classify(req);
    return new Classification(c.category(), c.confidence(), c.summary(), c.firstResponse(), null, Source.MODEL, null,
        new ModelUsage(400, 100, 0.0009));
  };
  private final ClassifyRequest req = new ClassifyRequest("svc", "/g", "fp", "ERROR refused", "ERROR refused");

  @Test
  void pastTheHourlyCallBudgetTheRulesAnswerAndTheCardSaysSo() {
    InMemoryBudgetStore budgets = new InMemoryBudgetStore();
    CostCeiling ceiling = new CostCeiling(model, rules, budgets, clock, 2, 0);
    assertEquals(Source.MODEL, ceiling.classify(req).source());
    assertEquals(Source.MODEL, ceiling.classify(req).source());
    Classification third = ceiling.classify(req);
    assertEquals(Source.FALLBACK, third.source());
    assertEquals(CostCeiling.NOTE, third.note());
    assertEquals(2, calls.get());
    assertEquals(1000, budgets.spend(clock.instant()).tokens());
    clock.advance(Duration.ofHours(1));
    assertEquals(Source.MODEL, ceiling.classify(req).source(), "a new hour, a new budget");
  }

  @Test
  void theTokenBudgetStopsTheModelToo() {
    CostCeiling ceiling = new CostCeiling(model, rules, new InMemoryBudgetStore(), clock, 0, 900);
    ceiling.classify(req);
    ceiling.classify(req);
    assertEquals(Source.FALLBACK, ceiling.classify(req).source());
    assertEquals(2, calls.get());
  }
}
