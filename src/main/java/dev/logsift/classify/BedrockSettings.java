package dev.logsift.classify;

import dev.logsift.core.AwsEnvironment;

/**
 * What the model classifier needs from the configuration, handed over by the wiring.
 *
 * @param modelId BEDROCK_MODEL_ID (an inference profile id for Claude Haiku 4.5), or null when unset
 * @param aws the region the client calls; endpoint overrides stay with the SDK
 */
public record BedrockSettings(String modelId, AwsEnvironment aws) {
  public BedrockSettings {
    aws = aws == null ? AwsEnvironment.NONE : aws;
  }
}
