package dev.logsift.core;

import java.io.IOException;
import java.io.InputStream;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * One service's SigV4 requests on the SDK's signer and HTTP client, for the clients we write by hand
 * (SSM, DynamoDB, Bedrock) instead of loading the SDK's service clients. Credentials are resolved for
 * every request: after a SnapStart restore the container's credentials are new ones.
 */
public final class SigV4 {
  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
  private static final byte[] NO_BYTES = new byte[0];

  private final String service;
  private final String region;
  private final AwsCredentialsProvider credentials;
  private final SdkHttpClient http;

  public SigV4(String service, String region, AwsCredentialsProvider credentials, SdkHttpClient http) {
    this.service = service;
    this.region = region;
    this.credentials = credentials;
    this.http = http;
  }

  public SignedRequest sign(SdkHttpRequest request, byte[] payload) {
    return SIGNER.sign(r -> r
        .identity(credentials.resolveCredentials())
        .request(request)
        .payload(ContentStreamProvider.fromByteArray(payload))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, region));
  }

  /** The signed request, ready to call (or to abort from another thread). */
  public ExecutableHttpRequest prepare(SdkHttpRequest request, byte[] payload) {
    SignedRequest signed = sign(request, payload);
    return http.prepareRequest(HttpExecuteRequest.builder()
        .request(signed.request())
        .contentStreamProvider(signed.payload().orElse(null))
        .build());
  }

  /** The whole response body, empty when there is none. */
  public static byte[] body(HttpExecuteResponse response) throws IOException {
    if (response.responseBody().isEmpty()) {
      return NO_BYTES;
    }
    try (InputStream in = response.responseBody().get()) {
      return in.readAllBytes();
    }
  }

  public AwsCredentialsProvider credentials() {
    return credentials;
  }
}
