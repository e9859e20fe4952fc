package dev.logsift.dedup;

import dev.logsift.testing.MutableClock;

import dev.logsift.testing.Dynalite;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Tag;

@Tag("server")
class DynamoDedupStoreContractServerTest extends DedupStoreContract {
  @Override
  DedupStore newStore(Duration window, RandomGenerator random, MutableClock clock) {
    Dynalite db = Dynalite.shared();
    return new DynamoDedupStore(db.client(), db.newTable(), window, Duration.ofDays(7), random, clock);
  }
}
