package dev.logsift.pipeline;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts cards within each destination's hourly budget and rolls the rest into that destination's digest
 * message. A card that cannot be posted gives its claim back, so the retry of the batch posts it.
 */
final class Delivering {
  private final Parts parts;
  private final int budgetPerHour;

  Delivering(Parts parts, int budgetPerHour) {
    this.parts = parts;
    this.budgetPerHour = budgetPerHour;
  }

  /** Appends one outcome per pending card; returns the first failure, or null. */
  DownstreamUnavailableException deliver(List<Pipeline.Pending> pending, List<Card> cards, List<Outcome> outcomes) {
    Instant now = parts.clock().instant();
    DownstreamUnavailableException failure = null;
    Map<String, List<Integer>> overflow = new LinkedHashMap<>();
    for (int i = 0; i < pending.size(); i++) {
      Pipeline.Pending p = pending.get(i);
      Card card = cards.get(i);
      String dest = parts.notifier().destinationFor(card);
      boolean slot;
      try {
        slot = parts.budgets().takeCardSlot(dest, budgetPerHour, now);
      } catch (DownstreamUnavailableException ex) {
        failure = failure == null ? ex : failure;
        giveBack(p);
        outcomes.add(new Outcome(Outcome.Status.FAILED, card, null, ex.kind()));
        continue;
      }
      if (!slot) {
        overflow.computeIfAbsent(dest, k -> new ArrayList<>()).add(i);
        continue;
      }
      try {
        Delivery d = parts.notifier().post(card);
        confirm(p, card, d);
        outcomes.add(new Outcome(Outcome.Status.NOTIFIED, card, d, null));
      } catch (DownstreamUnavailableException ex) {
        failure = failure == null ? ex : failure;
        try {
          parts.budgets().returnCardSlot(dest, now);
        } catch (DownstreamUnavailableException ignored) {
          // One slot too few this hour is harmless.
        }
        giveBack(p);
        outcomes.add(new Outcome(Outcome.Status.FAILED, card, null, ex.kind()));
      }
    }
    for (Map.Entry<String, List<Integer>> e : overflow.entrySet()) {
      DownstreamUnavailableException f = digest(e.getKey(), e.getValue(), pending, cards, outcomes, now);
      failure = failure == null ? f : failure;
    }
    return failure;
  }

  private DownstreamUnavailableException digest(String dest, List<Integer> idx, List<Pipeline.Pending> pending,
      List<Card> cards, List<Outcome> outcomes, Instant now) {
    List<Digest.Entry> entries = new ArrayList<>(idx.size());
    for (int i : idx) {
      Card c = cards.get(i);
      entries.add(new Digest.Entry(c.fingerprint(), c.service(), c.classification().category().wire(),
          c.classification().summary(), c.occurrences() + c.suppressedSinceLastReport(), c.flags()));
    }
    try {
      // Entries are added before posting: if posting fails the retry adds them again, so a digest may
      // over-count after a chat outage, but it never loses a fingerprint.
      Digest digest = parts.budgets().addToDigest(dest, entries, now);
      Delivery d = parts.notifier().postDigest(dest, digest);
      if (digest.messageId().isEmpty() && !d.messageId().isEmpty()) {
        parts.budgets().setDigestMessage(dest, digest.periodStart(), d.channel(), d.messageId());
      }
      Delivery inDigest = new Delivery("digest", d.channel(), "");
      for (int i : idx) {
        confirm(pending.get(i), cards.get(i), inDigest);
        outcomes.add(new Outcome(Outcome.Status.DIGESTED, cards.get(i), d, "alert budget reached"));
      }
      return null;
    } catch (DownstreamUnavailableException ex) {
      for (int i : idx) {
        giveBack(pending.get(i));
        outcomes.add(new Outcome(Outcome.Status.FAILED, cards.get(i), null, ex.kind()));
      }
      return ex;
    }
  }

  private void confirm(Pipeline.Pending p, Card card, Delivery d) {
    if (!p.claim().won()) {
      return;
    }
    try {
      parts.dedup().confirm(p.claim(), card, d, parts.clock().instant());
    } catch (DownstreamUnavailableException ex) {
      // The card is out; failing now would make the retry post it twice. The claim still holds.
      Pipeline.log().warn("confirm failed after posting fingerprint {}: {}", p.sighting().fingerprint(), ex.kind());
    }
  }

  private void giveBack(Pipeline.Pending p) {
    try {
      if (p.claim().won()) {
        parts.dedup().release(p.claim(), p.sighting(), parts.clock().instant());
      }
      if (p.evidence().breakThrough()) {
        parts.signals().releaseBreakThrough(p.sighting().fingerprint(), p.evidence().breakThroughToken());
      }
    } catch (DownstreamUnavailableException ex) {
      // The window then runs out on its own; the retry after it posts the card.
      Pipeline.log().warn("release failed for fingerprint {}: {}", p.sighting().fingerprint(), ex.kind());
    }
  }
}
