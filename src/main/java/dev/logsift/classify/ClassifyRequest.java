package dev.logsift.classify;

/**
 * Input of a classification. Every text field is already redacted.
 *
 * @param template the fingerprint template
 * @param sample one redacted occurrence
 */
public record ClassifyRequest(String service, String logGroup, String fingerprint, String template, String sample) {}
