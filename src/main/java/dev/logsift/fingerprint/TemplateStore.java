package dev.logsift.fingerprint;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the learned templates of each service, kept between batches and containers. Writes are
 * conditional on the version read, so concurrent containers converge instead of overwriting each
 * other. Implementations throw {@link TemplateStore.Unavailable} when the state cannot be read or
 * written; callers fall back to the stateless fingerprint and never fail a batch for it.
 */
public interface TemplateStore {
  /** The stored state of a service, if any. */
  Optional<State> load(String service);

  /**
   * Stores the state if the stored version is still {@code expectedVersion} (0: nothing stored yet);
   * false when another writer came first.
   */
  boolean save(String service, State state, long expectedVersion, Instant now);

  /**
   * @param version increases by one with each write
   * @param rulesVersion the masking rules the templates were made with
   * @param data the encoded templates ({@link TemplateStates})
   */
  record State(long version, String rulesVersion, byte[] data) {}

  /** The store could not be read or written (unreachable, throttled, or a corrupt item). */
  final class Unavailable extends RuntimeException {
    public Unavailable(String why, Throwable cause) {
      super(why, cause);
    }
  }
}
