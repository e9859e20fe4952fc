package dev.logsift.dedup;

import dev.logsift.signal.Evidence;

/**
 * What observing and claiming one sighting gave (see {@link Claims#observeAndClaim}).
 *
 * @param evidence the signals, or null when observing failed
 * @param claim the claim, or null for known noise that did not spike (only observed) and on failure
 * @param failure why this sighting could not be observed or claimed, else null
 */
public record Sighted(Evidence evidence, Claim claim, RuntimeException failure) {}
