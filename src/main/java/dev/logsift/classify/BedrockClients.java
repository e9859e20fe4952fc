package dev.logsift.classify;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;

/** Builds the bedrock-runtime client once per cold start. */
final class BedrockClients {
  private BedrockClients() {}

  /** Region from AWS_REGION; in Lambda the credentials are in the environment, which skips the chain's probing. */
  static BedrockRuntimeClient newClient(Map<String, String> env, BedrockClassifier.Limits limits) {
    BedrockRuntimeClientBuilder b = configure(BedrockRuntimeClient.builder(), limits);
    String region = env.get("AWS_REGION");
    if (region != null && !region.isBlank()) {
      b.region(Region.of(region.strip()));
    }
    AwsCredentialsProvider credentials = env.containsKey("AWS_LAMBDA_FUNCTION_NAME")
        ? EnvironmentVariableCredentialsProvider.create()
        : DefaultCredentialsProvider.builder().build();
    return b.credentialsProvider(credentials).build();
  }

  /** One lightweight HTTP client, SDK retries off, attempt timeout set; endpoint overrides stay with the SDK. */
  static BedrockRuntimeClientBuilder configure(BedrockRuntimeClientBuilder builder, BedrockClassifier.Limits limits) {
    return builder
        .httpClient(UrlConnectionHttpClient.builder()
            .connectionTimeout(Duration.ofSeconds(3))
            .socketTimeout(limits.attemptTimeout())
            .build())
        .overrideConfiguration(o -> o
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .apiCallAttemptTimeout(limits.attemptTimeout())
            .apiCallTimeout(limits.attemptTimeout()));
  }
}
