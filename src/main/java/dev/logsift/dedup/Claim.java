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
 */
public record Claim(
    String fingerprint,
    boolean won,
    String token,
    long suppressedSinceLastReport,
    Instant firstSeen,
    boolean isNew,
    CachedClassification cached) {}
