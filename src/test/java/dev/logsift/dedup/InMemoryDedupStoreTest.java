package dev.logsift.dedup;

import java.time.Duration;
import java.util.random.RandomGenerator;

class InMemoryDedupStoreTest extends DedupStoreContract {
  @Override
  DedupStore newStore(Duration window, RandomGenerator random, TestClock clock) {
    return new InMemoryDedupStore(window, random);
  }
}
