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
import java.util.Set;

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

  /**
   * Appends one outcome per pending card and adds every card that is out (posted or in the digest) to
   * {@code delivered}; returns the first failure, or null.
   */
  DownstreamUnavailableException deliver(List<Pipeline.Pending> pending, List<Card> cards, List<Outcome> outcomes,
      Set<Pipeline.Pending> delivered) {
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
      } catch (RuntimeException e) {
        DownstreamUnavailableException ex = Failures.typed("dynamodb", e);
        failure = failure == null ? ex : failure;
        giveBack(p);
        outcomes.add(new Outcome(Outcome.Status.FAILED, card, null, ex.kind()));
        continue;
      }
      if (!slot) {
        overflow.computeIfAbsent(dest, k -> new ArrayList<>()).add(i);
        continue;
      }
      Delivery d;
      try {
        d = parts.notifier().post(card);
      } catch (RuntimeException e) {
        DownstreamUnavailableException ex = Failures.typed("notify", e);
        failure = failure == null ? ex : failure;
        try {
          parts.budgets().returnCardSlot(dest, now);
        } catch (RuntimeException ignored) {
          // One slot too few this hour is harmless.
        }
        giveBack(p);
        outcomes.add(new Outcome(Outcome.Status.FAILED, card, null, ex.kind()));
        continue;
      }
      delivered.add(p);
      confirm(p, card, d);
      outcomes.add(new Outcome(Outcome.Status.NOTIFIED, card, d, null));
    }
    for (Map.Entry<String, List<Integer>> e : overflow.entrySet()) {
      DownstreamUnavailableException f = digest(e.getKey(), e.getValue(), pending, cards, outcomes, delivered, now);
      failure = failure == null ? f : failure;
    }
    return failure;
  }

  private DownstreamUnavailableException digest(String dest, List<Integer> idx, List<Pipeline.Pending> pending,
      List<Card> cards, List<Outcome> outcomes, Set<Pipeline.Pending> delivered, Instant now) {
    List<Digest.Entry> entries = new ArrayList<>(idx.size());
    for (int i : idx) {
      Card c = cards.get(i);
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
      for (int i : idx) {
        giveBack(pending.get(i));
        outcomes.add(new Outcome(Outcome.Status.FAILED, cards.get(i), null, ex.kind()));
      }
      return ex;
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
    for (int i : idx) {
      delivered.add(pending.get(i));
      confirm(pending.get(i), cards.get(i), inDigest);
      outcomes.add(new Outcome(Outcome.Status.DIGESTED, cards.get(i), d, "alert budget reached"));
    }
    return null;
  }

  private void confirm(Pipeline.Pending p, Card card, Delivery d) {
    if (!p.claim().won()) {
      try {
        var c = card.classification();
        parts.dedup().rememberCard(new dev.logsift.dedup.PostedCard(card.fingerprint(), card.service(),
            card.logGroup(), c.category(), c.confidence(), card.sample(), d, parts.clock().instant()));
      } catch (RuntimeException ex) {
        Pipeline.log().warn("could not remember break-through card {}: {}", p.sighting().fingerprint(),
            ex.getClass().getSimpleName());
      }
      return;
    }
    try {
      parts.dedup().confirm(p.claim(), card, d, parts.clock().instant());
    } catch (RuntimeException ex) {
      // The card is out; failing now would make the retry post it twice. The claim still holds.
      Pipeline.log().warn("confirm failed after posting fingerprint {}: {}", p.sighting().fingerprint(),
          ex.getClass().getSimpleName());
    }
  }

  /** Gives back what this batch holds for a card it could not deliver, so the retry can post it. */
  void giveBack(Pipeline.Pending p) {
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
