package dev.logsift.dedup;

import dev.logsift.classify.Classification;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import java.time.Instant;
import dev.logsift.signal.Evidence;
import dev.logsift.signal.Observation;
import dev.logsift.signal.SignalStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Port: remembers fingerprints across invocations. Claim, then post, then confirm; release if posting
 * failed. Every method throws DownstreamUnavailableException when the store stays unavailable.
 */
public interface DedupStore {
  /**
   * Atomically claims the fingerprint for one dedup window, succeeding only if it is unknown or its window
   * has passed; otherwise adds the sighting's count to the suppressed counter. A lost race is not an error.
   */
  Claim claim(Sighting sighting, Instant now);

  /**
   * For each sighting of a batch: updates its signals, then claims it unless it is known noise ({@code noise})
   * that does not spike. Failures are per sighting. The default asks {@code signals} and then {@link #claim}
   * for each; a store that keeps the signals in the claim's own item reads the batch's items together and
   * writes each with one conditional update (DynamoDedupStore built with a StatsUpdate, which then ignores
   * {@code signals}).
   */
  default List<Sighted> observeAndClaim(List<Sighting> sightings, List<Boolean> noise, SignalStore signals,
      Instant now) {
    List<Sighted> out = new ArrayList<>(sightings.size());
    for (int i = 0; i < sightings.size(); i++) {
      Sighting s = sightings.get(i);
      Evidence ev = null;
      try {
        ev = signals.observe(new Observation(s.fingerprint(), s.service(), s.logGroup(), s.count()), now);
        out.add(new Sighted(ev, noise.get(i) && !ev.spike() ? null : claim(s, now), null));
      } catch (RuntimeException e) {
        out.add(new Sighted(ev, null, e));
      }
    }
    return out;
  }

  /**
   * The card was posted: remember where (for {@link #recentCards}) and cache its classification when
   * {@link Cacheable#shouldCache} says so. Only touches a claim we still own.
   */
  void confirm(Claim claim, Card card, Delivery delivery, Instant now);

  /**
   * As {@link #confirm}, but a chat card is left for {@link #rememberCards}, so a batch writes the cards it
   * posted together; returns true when the caller must pass the card on. The default confirms (which
   * remembers the card itself) and returns false.
   */
  default boolean confirmDeferringCard(Claim claim, Card card, Delivery delivery, Instant now) {
    confirm(claim, card, delivery, now);
    return false;
  }

  /** Posting failed: give the window back (only if we still own it) and restore the suppressed count. */
  void release(Claim claim, Sighting sighting, Instant now);

  /**
   * Where the claim of a fingerprint stands now: REPORTED once its holder confirmed a card, HELD while an
   * unconfirmed holder has it, FREE when no window is running.
   */
  HolderState state(String fingerprint, Instant now);

  /**
   * Takes over a claim whose holder never confirmed (it crashed, timed out, or could not release), only if
   * that same holder still has it unconfirmed. Returns a won claim, or a lost one if anything changed.
   */
  Claim takeOver(Sighting sighting, Claim lost, Instant now);

  enum HolderState {
    REPORTED,
    HELD,
    FREE
  }

  /** A human correction: replaces the cached classification until the rules or prompt change. */
  void overrideClassification(String fingerprint, Classification classification, Instant now);

  /**
   * Remembers a card that was posted without a claim of its own (a spike or spread breaking through the
   * window), so reactions to it are found like any other card's.
   */
  void rememberCard(PostedCard card);

  /** {@link #rememberCard} for several cards; stores that can write them together in one request do. */
  default void rememberCards(List<PostedCard> cards) {
    cards.forEach(this::rememberCard);
  }

  /** Cards posted to chat (not the console) since the given time, newest first. */
  List<PostedCard> recentCards(Instant since);
}
