package dev.logsift.pipeline;

import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;

/**
 * What happened to one fingerprint of a batch: exactly one of notified, suppressed, failed.
 *
 * @param delivery where the card went, or null
 * @param error the error kind when failed, or null
 */
public record Outcome(Status status, Card card, Delivery delivery, String error) {
  public enum Status {
    NOTIFIED,
    SUPPRESSED,
    FAILED
  }
}
