package dev.logsift.pipeline;

import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;

/**
 * What happened to one fingerprint of a batch: exactly one status.
 *
 * @param delivery where the card (or the digest holding it) went, or null
 * @param reason why it was suppressed or failed ("duplicate", "known-noise", an error kind), or null
 */
public record Outcome(Status status, Card card, Delivery delivery, String reason) {
  public enum Status {
    /** A card was posted. */
    NOTIFIED,
    /** The destination's hourly budget was spent; the card was rolled into the digest message. */
    DIGESTED,
    /** A repeat inside the dedup window, or known noise: counted, not posted. */
    SUPPRESSED,
    /** Could not be reported; the batch fails so Lambda retries it. */
    FAILED
  }
}
