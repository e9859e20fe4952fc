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
    return newClient(env, limits, null, null);
  }

  /** @param http and credentials: replacements (SnapStart priming), or null for the defaults */
  static BedrockRuntimeClient newClient(Map<String, String> env, BedrockClassifier.Limits limits,
      software.amazon.awssdk.http.SdkHttpClient http, AwsCredentialsProvider credentialsOverride) {
    BedrockRuntimeClientBuilder b = configure(BedrockRuntimeClient.builder(), limits);
    if (http != null) {
      b.httpClient(http);
    }
    String region = env.get("AWS_REGION");
    b.region(region != null && !region.isBlank() ? Region.of(region.strip()) : dev.logsift.core.AwsClients.region());
    AwsCredentialsProvider credentials = env.containsKey("AWS_LAMBDA_FUNCTION_NAME")
        ? EnvironmentVariableCredentialsProvider.create()
        : DefaultCredentialsProvider.builder().build();
    return b.credentialsProvider(credentialsOverride != null ? credentialsOverride : credentials).build();
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
