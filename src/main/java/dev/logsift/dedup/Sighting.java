package dev.logsift.dedup;

/**
 * All events of one fingerprint in one batch. Text fields are redacted.
 *
 * @param count events of this fingerprint in the batch
 */
public record Sighting(String fingerprint, String template, String service, String logGroup, long count) {}
