package dev.logsift.classify;

/** Port: classifies one fingerprint into exactly one category. */
public interface Classifier {
  /**
   * @throws dev.logsift.core.UnusableModelOutputException when a model answered off-contract
   * @throws dev.logsift.core.DownstreamUnavailableException when the model service stayed unavailable
   */
  Classification classify(ClassifyRequest request);
}
