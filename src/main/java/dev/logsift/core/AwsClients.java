package dev.logsift.core;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * What every SDK client shares, decided once: the lightweight UrlConnection HTTP client, the region from
 * AWS_REGION, and the SDK's default credentials chain. Endpoints come from the SDK's own AWS_ENDPOINT_URL_*
 * variables.
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

  /**
   * The default chain for every client and signer: with SnapStart the Java runtime sets no key variables
   * but container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI + AWS_CONTAINER_AUTHORIZATION_TOKEN),
   * which the chain reads after system properties, environment, web identity and profile. A new provider
   * per call, never a shared static one, so nothing resolved before a snapshot outlives its expiry.
   */
  public static AwsCredentialsProvider credentials() {
    return DefaultCredentialsProvider.builder().build();
  }
}
