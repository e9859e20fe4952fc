package dev.logsift.classify;

import dev.logsift.core.AwsEnvironment;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/** Builds the bedrock-runtime client once per cold start. */
final class BedrockClients {
  private BedrockClients() {}

  /**
   * Region from the AWS environment; credentials from the SDK's default chain (container credentials under
   * SnapStart).
   *
   * @param http and credentials: replacements (SnapStart priming), or null for the defaults
   */
  static BedrockRuntimeClient newClient(AwsEnvironment aws, BedrockClassifier.Limits limits,
      software.amazon.awssdk.http.SdkHttpClient http, AwsCredentialsProvider credentialsOverride) {
    BedrockRuntimeClientBuilder b = configure(BedrockRuntimeClient.builder(), limits);
    if (http != null) {
      b.httpClient(http);
    }
    b.region(aws.awsRegion());
    return b.credentialsProvider(credentialsOverride != null ? credentialsOverride
        : dev.logsift.core.AwsClients.credentials()).build();
  }

  /** One lightweight HTTP client, SDK retries off, attempt timeout set; endpoint overrides stay with the SDK. */
  static BedrockRuntimeClientBuilder configure(BedrockRuntimeClientBuilder builder, BedrockClassifier.Limits limits) {
    return builder
        .httpClient(dev.logsift.core.AwsClients.http(Duration.ofSeconds(3), limits.attemptTimeout()))
        .overrideConfiguration(o -> o
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallAttemptTimeout(limits.attemptTimeout())
            .apiCallTimeout(limits.attemptTimeout()));
  }
}
