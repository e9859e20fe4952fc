package dev.logsift.app;

import java.time.Clock;

/**
 * Time left in the current invocation, for retry loops in adapters wired once per cold start. The handler
 * sets it from the Lambda Context at the start of each invocation; outside Lambda a fixed budget applies.
 */
public final class Deadline {
  public static final long UNSET_BUDGET_MILLIS = 30_000;
  private final Clock clock;
  private volatile long deadlineMillis = -1;

  public Deadline(Clock clock) {
    this.clock = clock;
  }

  public void startInvocation(long remainingMillis) {
    deadlineMillis = clock.millis() + remainingMillis;
  }

  public long remainingMillis() {
    long d = deadlineMillis;
    return d < 0 ? UNSET_BUDGET_MILLIS : Math.max(0, d - clock.millis());
  }
}
