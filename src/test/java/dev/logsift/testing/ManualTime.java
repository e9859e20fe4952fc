package dev.logsift.testing;

import dev.logsift.core.Sleeper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when the sleeper sleeps, and a sleeper that records instead of waiting. */
public final class ManualTime extends MutableClock implements Sleeper {
  public final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public ManualTime() {
    super(Instant.parse("2026-11-27T10:00:00Z"));
  }

  @Override
  public void sleep(Duration d) {
    sleeps.add(d);
    advance(d);
  }
}
