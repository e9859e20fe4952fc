package dev.logsift.corrections.s3;

import dev.logsift.core.Retrier;
import dev.logsift.core.RetryPolicy;
import dev.logsift.core.SigV4;
import dev.logsift.http.TimedCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * S3's REST protocol for a few calls on small objects, path-style, each request signed by core/SigV4 under
 * S3's rules (the path signed as sent, the body's hash in x-amz-content-sha256). The S3 SDK client is ~4.5 MB
 * of model classes for four operations.
 */
final class S3Http {
  /** As the SDK's standard retry mode: three attempts, 200 ms doubling (with full jitter). */
  static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5),
      Duration.ofSeconds(10), Duration.ZERO);
  static final int ATTEMPTS = POLICY.maxAttempts();
  private static final String SERVICE = "s3";

  /** Status and body of the last attempt; the body is empty for HEAD. */
  record Response(int status, byte[] body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final S3CorrectionStore.Connection connection;
  private final Retrier retrier;
  private final SigV4 sigV4;

  S3Http(S3CorrectionStore.Connection connection) {
    this.connection = connection;
    this.retrier = new Retrier(SERVICE, POLICY, connection.clock(), connection.sleeper(), connection.random(),
        connection.remainingMillis());
    this.sigV4 = new SigV4(SERVICE, connection.region(), connection.credentials(), connection.http(),
        connection.clock());
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
        Response r = once(method, bucket, key, query, headers, body, timeout);
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
      Map<String, String> headers, byte[] body, Duration timeout) throws IOException {
    // the HTTP client's read timeout is fixed when it is built; the attempt may only take what the retrier gives it
    TimedCall.Answer answer = TimedCall.call(connection.http().prepareRequest(HttpExecuteRequest.builder()
        .request(sign(method, bucket, key, query, headers, body))
        .contentStreamProvider(method == SdkHttpMethod.PUT ? ContentStreamProvider.fromByteArray(body) : null)
        .build()), timeout);
    return new Response(answer.head().statusCode(), answer.body());
  }

  /** The request exactly as sent, signed; package-private so a test can hold it against the S3 SDK's. */
  SdkHttpRequest sign(SdkHttpMethod method, String bucket, String key, Map<String, String> query,
      Map<String, String> headers, byte[] body) {
    URI endpoint = connection.endpoint();
    String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
    SdkHttpRequest.Builder request = SdkHttpRequest.builder()
        .method(method)
        .protocol(endpoint.getScheme())
        .host(endpoint.getHost())
        .encodedPath(base + "/" + path(bucket) + (key == null ? "" : "/" + path(key)));
    // Only a PUT has a body. HttpURLConnection drops a Content-Length it does not send itself, and a signed
    // header that does not arrive fails the signature.
    if (method == SdkHttpMethod.PUT) {
      request.putHeader("Content-Length", Integer.toString(body.length));
    }
    if (endpoint.getPort() != -1) {
      request.port(endpoint.getPort());
    }
    // Raw values: SigV4 (in the canonical request) and the HTTP client (on the wire) encode them with %20, as S3
    // expects.
    query.forEach(request::putRawQueryParameter);
    headers.forEach(request::putHeader);
    // S3 takes the body's SHA-256 as the payload hash (no UNSIGNED-PAYLOAD): SigV4 signs it and sends it in
    // x-amz-content-sha256, the empty body's for GET and HEAD.
    return sigV4.sign(request.build(), body);
  }

  /**
   * Each segment percent-encoded (UTF-8, %20 for a space, + and unicode encoded), slashes kept: the encoder
   * the S3 client itself uses for an object key in the path.
   */
  static String path(String segments) {
    return SdkHttpUtils.urlEncodeIgnoreSlashes(segments);
  }
}
