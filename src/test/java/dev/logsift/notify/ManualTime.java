package dev.logsift.notify;

import dev.logsift.core.Sleeper;

import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when the sleeper sleeps, and a sleeper that records instead of waiting. */
final class ManualTime extends MutableClock implements Sleeper {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  ManualTime() {
    super(Instant.parse("2026-11-27T10:00:00Z"));
  }

  @Override
  public void sleep(Duration d) {
    sleeps.add(d);
    advance(d);
  }
}
