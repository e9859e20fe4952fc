package dev.logsift.signal;

import java.time.Instant;

/**
 * Port: the history behind NEW / SPIKE / SPREAD, updated atomically per fingerprint across concurrent
 * invocations. Throws DownstreamUnavailableException when the store stays unavailable.
 */
public interface SignalStore {
  Evidence observe(Observation observation, Instant now);

  /** The break-through card could not be posted: let the next batch try again (only if still ours). */
  void releaseBreakThrough(String fingerprint, long breakThroughToken);
}
