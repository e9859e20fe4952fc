package dev.logsift.corrections.s3;

import dev.logsift.http.Retrier;
import dev.logsift.http.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * S3's REST protocol for a few calls on small objects, path-style, each request signed with the SDK's own
 * SigV4 signer under S3's rules. The S3 SDK client is ~4.5 MB of model classes for four operations.
 */
final class S3Http {
  /** As the SDK's standard retry mode: three attempts, 200 ms doubling (with full jitter). */
  static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ZERO);
  static final int ATTEMPTS = POLICY.maxAttempts();
  private static final String SERVICE = "s3";
  private static final HexFormat HEX = HexFormat.of();

  /** Status and body of the last attempt; the body is empty for HEAD. */
  record Response(int status, byte[] body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final S3CorrectionStore.Connection connection;
  private final Retrier retrier;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  S3Http(S3CorrectionStore.Connection connection) {
    this.connection = connection;
    this.retrier = new Retrier(SERVICE, POLICY, connection.clock(), connection.sleeper(), connection.random(),
        connection.remainingMillis());
  }

  /**
   * Sends the request, retrying 5xx (S3's SlowDown is a 503), 429 and I/O errors with doubling waits, as
   * the SDK's standard retry mode does, within the invocation's time left. Other statuses are returned: only the caller knows what a 404 means.
   *
   * @param what "<op> in bucket <b>", for error messages that name no key or content
   */
  Response send(String what, SdkHttpMethod method, String bucket, String key, Map<String, String> query,
      Map<String, String> headers, byte[] body) {
    return retrier.run((reason, why) -> what + " failed (" + reason + ")", timeout -> {
      try {
        Response r = once(method, bucket, key, query, headers, body);
        if (r.status() < 500 && r.status() != 429) {
          return new Retrier.Done<>(r);
        }
        return new Retrier.Retry<>(status(r), null);
      } catch (IOException | UncheckedIOException | SdkException e) {
        return new Retrier.Retry<>(e.getClass().getSimpleName(), null, e);
      }
    });
  }

  /** "HTTP 403 AccessDenied": the status and S3's error code, never its message (it may echo the key). */
  static String status(Response r) {
    String code = S3Xml.errorCode(r.body());
    return "HTTP " + r.status() + (code.isEmpty() ? "" : " " + code);
  }

  private Response once(SdkHttpMethod method, String bucket, String key, Map<String, String> query,
      Map<String, String> headers, byte[] body) throws IOException {
    SignedRequest signed = sign(method, bucket, key, query, headers, body);
    HttpExecuteResponse response = connection.http().prepareRequest(HttpExecuteRequest.builder()
        .request(signed.request())
        .contentStreamProvider(signed.payload().orElse(null))
        .build()).call();
    byte[] answer = new byte[0];
    if (response.responseBody().isPresent()) {
      try (InputStream in = response.responseBody().get()) {
        answer = in.readAllBytes();
      }
    }
    return new Response(response.httpResponse().statusCode(), answer);
  }

  /** The request exactly as sent, signed; package-private so a test can hold it against the S3 SDK's. */
  SignedRequest sign(SdkHttpMethod method, String bucket, String key, Map<String, String> query,
      Map<String, String> headers, byte[] body) {
    URI endpoint = connection.endpoint();
    String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
    SdkHttpRequest.Builder request = SdkHttpRequest.builder()
        .method(method)
        .protocol(endpoint.getScheme())
        .host(endpoint.getHost())
        .encodedPath(base + "/" + path(bucket) + (key == null ? "" : "/" + path(key)))
        .putHeader("x-amz-content-sha256", sha256(body));
    // Only a PUT has a body. HttpURLConnection drops a Content-Length it does not send itself, and a signed
    // header that does not arrive fails the signature.
    boolean put = method == SdkHttpMethod.PUT;
    if (put) {
      request.putHeader("Content-Length", Integer.toString(body.length));
    }
    if (endpoint.getPort() != -1) {
      request.port(endpoint.getPort());
    }
    // Raw values: the SDK encodes query parameters with %20, as S3's canonical request expects.
    query.forEach(request::putRawQueryParameter);
    headers.forEach(request::putHeader);
    return signer.sign(r -> r
        .identity(connection.credentials().resolveCredentials())
        .request(request.build())
        .payload(put ? ContentStreamProvider.fromByteArray(body) : null)
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
        .putProperty(AwsV4HttpSigner.REGION_NAME, connection.region())
        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
        .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
        .putProperty(HttpSigner.SIGNING_CLOCK, connection.clock()));
  }

  static String sha256(byte[] body) {
    try {
      return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Each segment percent-encoded (UTF-8, %20 for a space, + and unicode encoded), slashes kept: the encoder
   * the S3 client itself uses for an object key in the path.
   */
  static String path(String segments) {
    return SdkHttpUtils.urlEncodeIgnoreSlashes(segments);
  }
}
