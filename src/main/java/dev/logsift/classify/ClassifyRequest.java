package dev.logsift.classify;

import dev.logsift.rootcause.RootCause;

/**
 * Input of a classification. Every text field is already redacted.
 *
 * @param template the fingerprint template
 * @param sample one redacted occurrence
 * @param rootCause found in the whole event before the sample was cut (redacted), or null: then the classifiers
 *     find it in the sample
 */
public record ClassifyRequest(String service, String logGroup, String fingerprint, String template, String sample,
    RootCause rootCause) {

  public ClassifyRequest(String service, String logGroup, String fingerprint, String template, String sample) {
    this(service, logGroup, fingerprint, template, sample, null);
  }
}
