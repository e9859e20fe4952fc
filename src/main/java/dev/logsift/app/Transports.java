package dev.logsift.app;

import java.net.http.HttpClient;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The network under the adapters. Null parts mean each adapter builds its usual client; SnapStart priming
 * passes canned ones so the whole hot path runs before the snapshot without touching the network.
 *
 * @param sdk HTTP client for the AWS SDK clients
 * @param credentials AWS credentials
 * @param chat HTTP client for Discord and Slack
 */
public record Transports(SdkHttpClient sdk, AwsCredentialsProvider credentials, HttpClient chat) {
  public static final Transports REAL = new Transports(null, null, null);
}
