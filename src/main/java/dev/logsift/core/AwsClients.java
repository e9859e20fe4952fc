package dev.logsift.core;

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

  /**
   * AWS_REGION (always set in Lambda), else AWS_DEFAULT_REGION, else the profile file, else us-east-1.
   * The SDK's default chain would also ask the EC2 metadata service, which stalls a laptop for seconds.
   */
  public static Region region() {
    for (String name : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
      String r = System.getenv(name);
      if (r != null && !r.isBlank()) {
        return Region.of(r.strip());
      }
    }
    try {
      return new software.amazon.awssdk.regions.providers.AwsProfileRegionProvider().getRegion();
    } catch (RuntimeException e) {
      return Region.US_EAST_1;
    }
  }

  public static AwsCredentialsProvider credentials() {
    return System.getenv("AWS_LAMBDA_FUNCTION_NAME") != null
        ? EnvironmentVariableCredentialsProvider.create()
        : DefaultCredentialsProvider.builder().build();
  }
}
