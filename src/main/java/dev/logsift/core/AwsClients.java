package dev.logsift.core;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * What every SDK client shares, decided once: the lightweight UrlConnection HTTP client and the SDK's
 * default credentials chain. Region and endpoints come from {@link AwsEnvironment}.
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
   * The default chain for every client and signer: with SnapStart the Java runtime sets no key variables
   * but container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI + AWS_CONTAINER_AUTHORIZATION_TOKEN),
   * which the chain reads after system properties, environment, web identity and profile. A new provider
   * per call, never a shared static one, so nothing resolved before a snapshot outlives its expiry.
   */
  public static AwsCredentialsProvider credentials() {
    return DefaultCredentialsProvider.builder().build();
  }
}
