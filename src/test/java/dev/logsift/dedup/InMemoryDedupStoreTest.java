package dev.logsift.dedup;

import dev.logsift.testing.MutableClock;

import java.time.Duration;
import java.util.random.RandomGenerator;

class InMemoryDedupStoreTest extends DedupStoreContract {
  @Override
  DedupStore newStore(Duration window, RandomGenerator random, MutableClock clock) {
    return new InMemoryDedupStore(window, random);
  }
}
