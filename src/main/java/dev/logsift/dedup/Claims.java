package dev.logsift.dedup;

import dev.logsift.classify.Classification;
import dev.logsift.signal.Evidence;
import dev.logsift.signal.Observation;
import dev.logsift.signal.SignalStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Port, the pipeline's role of the dedup store: one card per fingerprint per window. Claim, then post, then
 * confirm; release if posting failed. Every method throws DownstreamUnavailableException when the store stays
 * unavailable.
 */
public interface Claims {
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
   * The card was posted: remember where (for {@link CardIndex#recentCards}) and cache its classification when
   * {@link Cacheable#shouldCache} says so. Only touches a claim we still own.
   *
   * @param classification the card's whole classification (the cache keeps more than {@code posted} holds)
   * @param posted the card as the corrections will look for it; {@code posted.postedAt()} is {@code now}
   */
  void confirm(Claim claim, Classification classification, PostedCard posted, Instant now);

  /**
   * As {@link #confirm}, but a chat card is left for {@link CardIndex#rememberCards}, so a batch writes the
   * cards it posted together; returns true when the caller must pass the card on. The default confirms (which
   * remembers the card itself) and returns false.
   */
  default boolean confirmDeferringCard(Claim claim, Classification classification, PostedCard posted,
      Instant now) {
    confirm(claim, classification, posted, now);
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
}
