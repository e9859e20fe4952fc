package dev.logsift.dedup;

import java.time.Instant;

/**
 * Result of claiming a fingerprint.
 *
 * @param won this invocation may post the card; otherwise the sighting was counted as suppressed
 * @param token identifies this claim, so release and confirm only touch a claim we still own
 * @param suppressedSinceLastReport repeats suppressed before this claim (shown as "+N since last report")
 * @param firstSeen when the fingerprint was first seen (this batch if new)
 * @param isNew the fingerprint had no record at all before this claim
 * @param cached the remembered classification, or null
 * @param holder for a lost claim whose holder has not confirmed a card yet: the holder's token, else null
 * @param heldSince when that unconfirmed holder claimed, else null
 */
public record Claim(
    String fingerprint,
    boolean won,
    String token,
    long suppressedSinceLastReport,
    Instant firstSeen,
    boolean isNew,
    CachedClassification cached,
    String holder,
    Instant heldSince) {

  public Claim(String fingerprint, boolean won, String token, long suppressedSinceLastReport, Instant firstSeen,
      boolean isNew, CachedClassification cached) {
    this(fingerprint, won, token, suppressedSinceLastReport, firstSeen, isNew, cached, null, null);
  }

  /** Lost to an invocation that has not posted yet (and may have died). */
  public boolean heldUnconfirmed() {
    return !won && holder != null;
  }
}
