package dev.logsift.app;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * What every SDK client shares, decided once: the lightweight UrlConnection HTTP client, the region from
 * AWS_REGION, and environment credentials inside Lambda (skipping the default chain's probing saves
 * cold-start time). Endpoints come from the SDK's own AWS_ENDPOINT_URL_* variables.
 */
public final class AwsClients {
  private AwsClients() {}

  public static SdkHttpClient http() {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(java.time.Duration.ofSeconds(2))
        .socketTimeout(java.time.Duration.ofSeconds(10))
        .build();
  }

  public static Region region() {
    String r = System.getenv("AWS_REGION");
    return Region.of(r == null || r.isBlank() ? "us-east-1" : r);
  }

  public static AwsCredentialsProvider credentials() {
    return System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null
        ? EnvironmentVariableCredentialsProvider.create()
        : DefaultCredentialsProvider.builder().build();
  }
}
