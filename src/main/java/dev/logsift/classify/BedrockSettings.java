package dev.logsift.classify;

import dev.logsift.core.AwsEnvironment;
import java.util.Map;

/**
 * What the model classifier needs from the configuration, handed over by the wiring.
 *
 * @param modelId BEDROCK_MODEL_ID (an inference profile id for Claude Haiku 4.5), or null when unset
 * @param aws the region the client calls and the AWS_ENDPOINT_URL variables
 * @param jvmEndpoints the JVM settings aws.endpointUrlBedrockRuntime and aws.endpointUrl that are set, which the
 *     SDK's client read before the variables
 */
public record BedrockSettings(String modelId, AwsEnvironment aws, Map<String, String> jvmEndpoints) {
  public BedrockSettings {
    aws = aws == null ? AwsEnvironment.NONE : aws;
    jvmEndpoints = jvmEndpoints == null ? Map.of() : Map.copyOf(jvmEndpoints);
  }

  public BedrockSettings(String modelId, AwsEnvironment aws) {
    this(modelId, aws, Map.of());
  }
}
