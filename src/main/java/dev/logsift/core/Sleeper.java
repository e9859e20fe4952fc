package dev.logsift.core;

import java.time.Duration;

/** Port: waits between retries. Injected so tests record the delays instead of waiting them out. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration d) throws InterruptedException;

  static Sleeper system() {
    return Thread::sleep;
  }
}
