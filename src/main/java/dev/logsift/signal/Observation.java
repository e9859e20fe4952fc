package dev.logsift.signal;

/** Events of one fingerprint in one batch, as the signal store sees them. */
public record Observation(String fingerprint, String service, String logGroup, long count) {}
