package dev.logsift.pipeline;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import java.time.Instant;
import dev.logsift.dedup.PostedCard;
import dev.logsift.dedup.PostedMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Posts cards within each destination's hourly budget and rolls the rest into that destination's digest
 * message. A card that cannot be posted gives its claim back, so the retry of the batch posts it. Cards are
 * posted one after the other, in the batch's order; with a pool, the posted cards' claims are confirmed on it,
 * one after the other in the same order, while the next cards are posted, and the confirmations are done before
 * the batch's cards are remembered.
 */
final class Delivering {
  private final Parts parts;
  private final int budgetPerHour;

  Delivering(Parts parts, int budgetPerHour) {
    this.parts = parts;
    this.budgetPerHour = budgetPerHour;
  }

  /** Settles each ticket's card in the ledger: posted, rolled into the digest, or failed (claim given back). */
  void deliver(List<Ticket> tickets, Ledger ledger) {
    Instant now = parts.clock().instant();
    Map<String, List<Ticket>> overflow = new LinkedHashMap<>();
    List<PostedCard> posted = new ArrayList<>();
    CompletableFuture<Void> confirmed = CompletableFuture.completedFuture(null);
    // One budget update per destination for the whole batch; its first cards get the slots there are.
    Map<Ticket, String> dests = new IdentityHashMap<>();
    Map<String, Integer> wanted = new LinkedHashMap<>();
    for (Ticket t : tickets) {
      String dest = parts.notifier().destinationFor(t.card());
      dests.put(t, dest);
      wanted.merge(dest, 1, Integer::sum);
    }
    Map<String, Integer> slots = new HashMap<>();
    Map<String, DownstreamUnavailableException> budgetDown = new HashMap<>();
    for (Map.Entry<String, Integer> w : wanted.entrySet()) {
      try {
        slots.put(w.getKey(), parts.budgets().takeCardSlots(w.getKey(), w.getValue(), budgetPerHour, now));
      } catch (RuntimeException e) {
        budgetDown.put(w.getKey(), Failures.typed("dynamodb", e));
      }
    }
    try {
      for (Ticket t : tickets) {
        Card card = t.card();
        String dest = dests.get(t);
        DownstreamUnavailableException down = budgetDown.get(dest);
        if (down != null) {
          ledger.fail(down);
          giveBack(t);
          ledger.settle(new Outcome(Outcome.Status.FAILED, card, null, down.kind()));
          continue;
        }
        if (slots.merge(dest, -1, Integer::sum) < 0) {
          overflow.computeIfAbsent(dest, k -> new ArrayList<>()).add(t);
          continue;
        }
        Delivery d;
        try {
          d = parts.notifier().post(card);
        } catch (RuntimeException e) {
          DownstreamUnavailableException ex = Failures.typed("notify", e);
          ledger.fail(ex);
          try {
            parts.budgets().returnCardSlot(dest, now);
          } catch (RuntimeException ignored) {
            // One slot too few this hour is harmless.
          }
          giveBack(t);
          ledger.settle(new Outcome(Outcome.Status.FAILED, card, null, ex.kind()));
          continue;
        }
        if (parts.classifyPool() == null) {
          confirm(t, d, posted);
        } else {
          Delivery out = d;
          // Only this chain touches posted until it is joined below.
          confirmed = confirmed.thenRunAsync(() -> confirm(t, out, posted), parts.classifyPool());
        }
        ledger.delivered(t, new Outcome(Outcome.Status.NOTIFIED, card, d, null));
      }
    } finally {
      // No confirmation may still be on its way when the invocation ends.
      await(confirmed);
    }
    for (Map.Entry<String, List<Ticket>> e : overflow.entrySet()) {
      digest(e.getKey(), e.getValue(), ledger, now);
    }
    remember(posted);
  }

  /** Confirm logs what fails itself: only an error is left, and it fails the batch as it would inline. */
  private static void await(CompletableFuture<Void> confirmed) {
    try {
      confirmed.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** The batch's chat cards in one write, for the corrections loop; the cards are out either way. */
  private void remember(List<PostedCard> posted) {
    if (posted.isEmpty()) {
      return;
    }
    try {
      parts.dedup().rememberCards(posted);
    } catch (RuntimeException ex) {
      Pipeline.log().warn("could not remember {} posted cards: {}", posted.size(), ex.getClass().getSimpleName());
    }
  }

  private void digest(String dest, List<Ticket> tickets, Ledger ledger, Instant now) {
    List<Digest.Entry> entries = new ArrayList<>(tickets.size());
    for (Ticket t : tickets) {
      Card c = t.card();
      entries.add(new Digest.Entry(c.fingerprint(), c.service(), c.classification().category().wire(),
          c.classification().summary(), c.occurrences() + c.suppressedSinceLastReport(), c.flags()));
    }
    Digest digest;
    Delivery d;
    try {
      // Entries are added before posting: if posting fails the retry adds them again, so a digest may
      // over-count after a chat outage, but it never loses a fingerprint.
      digest = parts.budgets().addToDigest(dest, entries, now);
      // Only the digest messages showing these entries (and the first, whose title counts) are edited.
      Set<String> updated = new java.util.HashSet<>();
      entries.forEach(e -> updated.add(e.fingerprint()));
      d = parts.notifier().postDigest(dest, digest.withUpdated(updated));
    } catch (RuntimeException e) {
      DownstreamUnavailableException ex = Failures.typed("notify", e);
      for (Ticket t : tickets) {
        giveBack(t);
        ledger.settle(new Outcome(Outcome.Status.FAILED, t.card(), null, ex.kind()));
      }
      ledger.fail(ex);
      return;
    }
    if (!d.messageId().isEmpty() && !d.messageId().equals(digest.messageId())) {
      try {
        parts.budgets().setDigestMessage(dest, digest.periodStart(), d.channel(), d.messageId(), digest.messageId());
      } catch (RuntimeException e) {
        // The digest is out; failing now would post a second one on retry. The next overflow posts anew.
        Pipeline.log().warn("could not remember the digest message: {}", e.getClass().getSimpleName());
      }
    }
    Delivery inDigest = new Delivery("digest", d.channel(), "");
    for (Ticket t : tickets) {
      confirm(t, inDigest, new ArrayList<>());
      ledger.delivered(t, new Outcome(Outcome.Status.DIGESTED, t.card(), d, "alert budget reached"));
    }
  }

  /** Confirms the claim now (the card is out); the card itself goes to {@code posted}, remembered with the batch's. */
  private void confirm(Ticket t, Delivery d, List<PostedCard> posted) {
    Card card = t.card();
    var c = card.classification();
    Instant at = parts.clock().instant();
    PostedCard card0 = new PostedCard(card.fingerprint(), card.service(), card.logGroup(), c.category(),
        c.confidence(), card.sample(), new PostedMessage(d.destination(), d.channel(), d.messageId()), at);
    if (!t.claim().won()) {
      posted.add(card0);
      return;
    }
    try {
      if (parts.dedup().confirmDeferringCard(t.claim(), c, card0, at)) {
        posted.add(card0);
      }
    } catch (RuntimeException ex) {
      // The card is out; failing now would make the retry post it twice. The claim still holds.
      Pipeline.log().warn("confirm failed after posting fingerprint {}: {}", t.fingerprint(),
          ex.getClass().getSimpleName());
    }
  }

  /** Gives back what this batch holds for a card it could not deliver, so the retry can post it. */
  void giveBack(Ticket p) {
    try {
      if (p.claim().won()) {
        parts.dedup().release(p.claim(), p.sighting(), parts.clock().instant());
      }
    } catch (RuntimeException ex) {
      // Still held: the retry waits for the claim to expire (see DedupStore.claim) and posts then.
      Pipeline.log().warn("release failed for fingerprint {}: {}", p.sighting().fingerprint(),
          ex.getClass().getSimpleName());
    }
    if (p.evidence().breakThrough()) {
      releaseBreakThrough(p.sighting().fingerprint(), p.evidence().breakThroughToken());
    }
  }

  void releaseBreakThrough(String fingerprint, long token) {
    try {
      parts.signals().releaseBreakThrough(fingerprint, token);
    } catch (RuntimeException ex) {
      Pipeline.log().warn("break-through release failed for fingerprint {}: {}", fingerprint,
          ex.getClass().getSimpleName());
    }
  }
}
