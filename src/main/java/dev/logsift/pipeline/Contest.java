package dev.logsift.pipeline;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.dedup.Claim;
import dev.logsift.dedup.DedupStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Fingerprints whose claim another invocation holds without having confirmed a card. Suppressing them
 * would lose the report if that invocation died (timeout, crash, a release that failed), so: wait a little
 * for its confirmation; take the claim over once it is older than any live invocation can be; and
 * otherwise fail this batch, so that Lambda's retry looks again.
 */
final class Contest {
  /** Bounds the wait when the clock does not move (tests); a real clock ends it at contestedWait first. */
  private static final int MAX_ROUNDS = 100;
  private final Parts parts;
  private final PipelineSettings settings;

  Contest(Parts parts, PipelineSettings settings) {
    this.parts = parts;
    this.settings = settings;
  }

  /**
   * Settles each contested ticket in the ledger (reported elsewhere, or still held: the batch fails) or
   * returns it with the claim we now hold.
   */
  List<Ticket> resolve(List<Ticket> contested, Ledger ledger) {
    List<Ticket> taken = new ArrayList<>();
    if (contested.isEmpty()) {
      return taken;
    }
    long waitUntil = parts.clock().millis() + settings.contestedWait().toMillis();
    List<Ticket> open = new ArrayList<>(contested);
    long pause = 50;
    for (int round = 0; round < MAX_ROUNDS && !open.isEmpty(); round++) {
      for (Iterator<Ticket> it = open.iterator(); it.hasNext(); ) {
        Ticket c = it.next();
        Instant now = parts.clock().instant();
        DedupStore.HolderState state = parts.dedup().state(c.fingerprint(), now);
        Claim next = null;
        if (state == DedupStore.HolderState.REPORTED) {
          ledger.settle(new Outcome(Outcome.Status.SUPPRESSED, c.cardWith(c.claim(), null), null, "duplicate"));
          it.remove();
          continue;
        } else if (state == DedupStore.HolderState.FREE) {
          next = parts.dedup().claim(c.sighting(), now);
        } else if (c.claim().heldSince() != null && !c.claim().heldSince().plus(settings.claimStale()).isAfter(now)) {
          next = parts.dedup().takeOver(c.sighting(), c.claim(), now);
        }
        if (next != null && next.won()) {
          c.reclaim(ownCountRemoved(next, c));
          taken.add(c);
          it.remove();
        } else if (next != null && !next.heldUnconfirmed()) {
          ledger.settle(new Outcome(Outcome.Status.SUPPRESSED, c.cardWith(next, null), null, "duplicate"));
          it.remove();
        }
      }
      long left = waitUntil - parts.clock().millis();
      if (open.isEmpty() || left <= 0) {
        break;
      }
      try {
        parts.sleeper().sleep(Duration.ofMillis(Math.min(pause, left)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      pause = Math.min(pause * 2, 1000);
    }
    if (open.isEmpty()) {
      return taken;
    }
    for (Ticket c : open) {
      ledger.settle(new Outcome(Outcome.Status.FAILED, c.cardWith(c.claim(), null), null, "claim-held-elsewhere"));
    }
    ledger.fail(new DownstreamUnavailableException("dedup",
        open.size() + " fingerprints are claimed by an invocation that has not reported them yet", null));
    return taken;
  }

  /** Our lost claim already added this batch to the suppressed count; the card shows it as this batch's. */
  private static Claim ownCountRemoved(Claim won, Ticket c) {
    return new Claim(won.fingerprint(), true, won.token(),
        Math.max(0, won.suppressedSinceLastReport() - c.sighting().count()), won.firstSeen(), won.isNew(),
        won.cached());
  }
}
