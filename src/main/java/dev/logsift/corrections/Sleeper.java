package dev.logsift.corrections;

import java.time.Duration;

/** Waiting between retries, injected so tests do not sleep. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration d) throws InterruptedException;
}
