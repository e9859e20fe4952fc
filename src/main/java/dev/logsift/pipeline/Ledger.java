package dev.logsift.pipeline;

import dev.logsift.core.DownstreamUnavailableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The batch's account: one outcome per fingerprint, which tickets are out (posted or in the digest), and
 * the first failure, which fails the batch after every fingerprint has been accounted for.
 */
final class Ledger {
  private final List<Outcome> outcomes = new ArrayList<>();
  private final Set<Ticket> delivered = Collections.newSetFromMap(new IdentityHashMap<>());
  private DownstreamUnavailableException firstFailure;

  void settle(Outcome o) {
    outcomes.add(o);
  }

  /** The card is out: a retry must not give its claim back. */
  void delivered(Ticket t, Outcome o) {
    delivered.add(t);
    outcomes.add(o);
  }

  boolean isDelivered(Ticket t) {
    return delivered.contains(t);
  }

  /** Keeps the first failure; later ones are already in their outcomes. */
  void fail(DownstreamUnavailableException e) {
    if (firstFailure == null) {
      firstFailure = e;
    }
  }

  DownstreamUnavailableException firstFailure() {
    return firstFailure;
  }

  List<Outcome> outcomes() {
    return outcomes;
  }
}
