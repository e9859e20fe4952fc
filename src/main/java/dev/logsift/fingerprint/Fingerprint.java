package dev.logsift.fingerprint;

/** A message's template (variable parts masked) and a stable id: hash of rules version + template. */
public record Fingerprint(String id, String template) {}
