package dev.logsift.dedup;

import dev.logsift.classify.Classification;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import java.time.Instant;
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
   * The card was posted: remember where (for {@link #recentCards}) and cache its classification when
   * {@link Cacheable#shouldCache} says so. Only touches a claim we still own.
   */
  void confirm(Claim claim, Card card, Delivery delivery, Instant now);

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

  /** Cards posted to chat (not the console) since the given time, newest first. */
  List<PostedCard> recentCards(Instant since);
}
