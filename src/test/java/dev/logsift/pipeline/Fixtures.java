package dev.logsift.pipeline;

import dev.logsift.app.Wiring;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.dedup.DedupStore;
import dev.logsift.notify.Notifier;
import dev.logsift.signal.BudgetStore;
import dev.logsift.signal.InMemoryBudgetStore;
import dev.logsift.signal.InMemorySignalStore;
import dev.logsift.signal.SignalStore;
import dev.logsift.signal.StatsUpdate;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

/** Pipeline parts for tests: real embedded adapters, with the ports under test passed in. */
final class Fixtures {
  private Fixtures() {}

  static StatsUpdate stats() {
    return new StatsUpdate(Duration.ofMinutes(5), 0.2, 5.0, 20, Duration.ofDays(7), Duration.ofMinutes(10));
  }

  static Parts parts(DedupStore dedup, Classifier classifier, Classifier rules, Notifier notifier, Clock clock,
      KnownFailureCatalog known) {
    return parts(dedup, new InMemorySignalStore(stats()), new InMemoryBudgetStore(), classifier, rules, notifier,
        clock, known);
  }

  static Parts parts(DedupStore dedup, SignalStore signals, BudgetStore budgets, Classifier classifier,
      Classifier rules, Notifier notifier, Clock clock, KnownFailureCatalog known) {
    return new Parts(Wiring.newFingerprinter(), Wiring.newRedactor(), dedup, signals, budgets, known, classifier, rules,
        notifier, clock, Executors.newFixedThreadPool(2), d -> { });
  }
}
