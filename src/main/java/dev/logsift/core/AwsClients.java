package dev.logsift.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * What every SDK client shares, decided once: the lightweight UrlConnection HTTP client and the SDK's
 * default credentials chain. Region and endpoints come from {@link AwsEnvironment}.
 */
public final class AwsClients {
  private AwsClients() {}

  public static SdkHttpClient http() {
    return http(Duration.ofSeconds(2), Duration.ofSeconds(10));
  }

  /**
   * Connections the JDK opens with its default TLS context, the one the chat client uses too: TLS is set up once
   * per process, not once more per SDK client (~150 ms of a cold start each time), and can be set up ahead on a
   * start-up thread (app/Wiring). Proxies come from the JDK's proxy properties, not from proxy variables.
   */
  public static SdkHttpClient http(Duration connect, Duration read) {
    int connectMillis = Math.toIntExact(connect.toMillis());
    int readMillis = Math.toIntExact(read.toMillis());
    return UrlConnectionHttpClient.create(uri -> {
      try {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
        c.setConnectTimeout(connectMillis);
        c.setReadTimeout(readMillis);
        return c;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * The default chain for every client and signer: with SnapStart the Java runtime sets no key variables
   * but container credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI + AWS_CONTAINER_AUTHORIZATION_TOKEN),
   * which the chain reads after system properties, environment, web identity and profile. A new provider
   * per call, never a shared static one, so nothing resolved before a snapshot outlives its expiry.
   */
  public static AwsCredentialsProvider credentials(AwsEnvironment aws) {
    return new CredentialsChain(aws.credentials(), Clock.systemUTC());
  }
}
