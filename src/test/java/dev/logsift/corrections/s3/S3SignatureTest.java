package dev.logsift.corrections.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.scheme.AwsV4AuthScheme;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.scheme.AuthScheme;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignRequest;
import software.amazon.awssdk.http.auth.spi.signer.AsyncSignedRequest;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignRequest;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.identity.spi.IdentityProviders;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Our requests must carry the signature real S3 computes. s3rver does not check SigV4, so the reference is
 * the S3 SDK client itself: the same call with the same credentials, region, time, key and body is signed by
 * the S3Client (test scope) and by S3Http, and the Authorization headers must be identical. The SDK adds two
 * bookkeeping headers of its own (amz-sdk-invocation-id, amz-sdk-request) after any interceptor can see the
 * request but before signing; a thin wrapper around the SDK's own signer removes them and fixes the clock,
 * and otherwise signs with exactly the properties the S3 client chose (signing name, region, no double
 * encoding, no path normalisation, payload signing). An equal signature over equal headers means the
 * canonical requests (method, encoded path, query, signed headers, payload hash) are equal byte for byte.
 */
class S3SignatureTest {
  private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");
  private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
  private static final URI ENDPOINT = URI.create("http://127.0.0.1:1");
  private static final String REGION = "eu-central-1";
  private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
      AwsSessionCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session/token+=="));
  private static final String BUCKET = "logsift-corrections";
  /** Spaces, +, unicode (two- to four-byte UTF-8), a percent sign, and characters S3 asks to encode. */
  private static final String KEY = "corrections/2026/11/27/slack-C1 2+3-Ünïcødé €😀 %41 a=b&c~d*(e).json";
  /**
   * Added by the SDK and signed, but not part of S3's API contract: retry bookkeeping, and the request that
   * S3 append an MD5 to a GetObject body (for the SDK's response validation; we read the plain body).
   */
  private static final List<String> SDK_ONLY = List.of("amz-sdk-invocation-id", "amz-sdk-request", "x-amz-te");

  private static final class Abort extends RuntimeException {
    Abort() {
      super("captured", null, false, false);
    }
  }

  /** The request as the S3 client would transmit it, signed. */
  private static SdkHttpRequest bySdk(Consumer<S3Client> call) {
    SdkHttpRequest[] captured = new SdkHttpRequest[1];
    Map<String, Object> properties = new LinkedHashMap<>();
    ExecutionInterceptor capture = new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        captured[0] = context.httpRequest();
        throw new Abort();
      }
    };
    try (S3Client s3 = S3Client.builder()
        .endpointOverride(ENDPOINT)
        .forcePathStyle(true)
        .region(Region.of(REGION))
        .credentialsProvider(CREDENTIALS)
        .httpClient(UrlConnectionHttpClient.create())
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .putAuthScheme(new FixedClockSigV4(properties))
        .overrideConfiguration(o -> o.addExecutionInterceptor(capture).retryStrategy(r -> r.maxAttempts(1)))
        .build()) {
      assertThrows(RuntimeException.class, () -> call.accept(s3));
    }
    assertNotNull(captured[0], "the S3 client did not reach transmission");
    assertEquals("s3", properties.get("service"));
    assertEquals(false, properties.get("double-encode"));
    assertEquals(false, properties.get("normalize-path"));
    return captured[0];
  }

  private static SdkHttpRequest byUs(SdkHttpMethod method, String key, Map<String, String> query,
      Map<String, String> headers, byte[] body) {
    S3Http http = new S3Http(new S3CorrectionStore.Connection(ENDPOINT, REGION, CREDENTIALS,
        UrlConnectionHttpClient.create(), CLOCK, d -> { }));
    return http.sign(method, BUCKET, key, query, headers, body);
  }

  private static void assertSameSignature(SdkHttpRequest sdk, SdkHttpRequest ours) {
    Map<String, String> expected = signedHeaders(sdk);
    Map<String, String> actual = signedHeaders(ours);
    assertEquals(expected, actual);
    assertEquals(sdk.method(), ours.method());
    assertEquals(sdk.encodedPath(), ours.encodedPath());
    // Parameter order on the wire is free; the signature covers them sorted.
    assertEquals(new TreeMap<>(sdk.rawQueryParameters()), new TreeMap<>(ours.rawQueryParameters()));
    String auth = actual.get("authorization");
    assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261127/eu-central-1/s3/aws4_request"), auth);
    assertEquals("20261127T101530Z", actual.get("x-amz-date"));
    assertEquals("session/token+==", actual.get("x-amz-security-token"));
  }

  /** Authorization and every header it signs, lower-cased names. */
  private static Map<String, String> signedHeaders(SdkHttpRequest r) {
    String auth = r.firstMatchingHeader("Authorization").orElseThrow();
    String names = auth.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
    Map<String, String> out = new TreeMap<>();
    out.put("authorization", auth);
    for (String name : names.split(";")) {
      out.put(name, r.firstMatchingHeader(name).orElse(name.equals("host") ? "(from the URI)" : null));
    }
    return out;
  }

  @Test
  void getOfAKeyThatNeedsEncoding() {
    SdkHttpRequest sdk = bySdk(s3 -> s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(KEY)));
    SdkHttpRequest ours = byUs(SdkHttpMethod.GET, KEY, Map.of(), Map.of(), new byte[0]);
    assertSameSignature(sdk, ours);
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        ours.firstMatchingHeader("x-amz-content-sha256").orElseThrow(), "hash of the empty body");
    assertTrue(ours.encodedPath().contains("/slack-C1%202%2B3-%C3%9Cn%C3%AFc%C3%B8d%C3%A9%20%E2%82%AC%F0%9F%98%80%20%2541"),
        ours.encodedPath());
  }

  @Test
  void head() {
    SdkHttpRequest sdk = bySdk(s3 -> s3.headObject(b -> b.bucket(BUCKET).key(KEY)));
    assertSameSignature(sdk, byUs(SdkHttpMethod.HEAD, KEY, Map.of(), Map.of(), new byte[0]));
  }

  @Test
  void conditionalPutSignsTheBodyHash() {
    byte[] body = "{\n  \"verdict\" : \"confirmed\", \"who\" : \"Zoë\"\n}".getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest sdk = bySdk(s3 -> s3.putObject(b -> b.bucket(BUCKET).key(KEY).ifNoneMatch("*")
        .contentType("application/json"), RequestBody.fromBytes(body)));
    SdkHttpRequest ours = byUs(SdkHttpMethod.PUT, KEY, Map.of(),
        Map.of("If-None-Match", "*", "Content-Type", "application/json"), body);
    assertSameSignature(sdk, ours);
    assertEquals("6187571967b553be1819680d1da6e2b4feb39c1bf2c49f90d229ac1ef3f8b051",
        ours.firstMatchingHeader("x-amz-content-sha256").orElseThrow(), "hash of the body");
  }

  @Test
  void listPageWithPrefixStartAfterAndContinuationToken() {
    String startAfter = "corrections/2026/08/28/~ ü+";
    String token = "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=";
    SdkHttpRequest sdk = bySdk(s3 -> s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("corrections/")
        .startAfter(startAfter).continuationToken(token).maxKeys(7)));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("list-type", "2");
    query.put("prefix", "corrections/");
    query.put("max-keys", "7");
    query.put("start-after", startAfter);
    query.put("continuation-token", token);
    SdkHttpRequest ours = byUs(SdkHttpMethod.GET, null, query, Map.of(), new byte[0]);
    assertSameSignature(sdk, ours);
  }

  /**
   * The SDK's own SigV4 signer, as the S3 client configures it, minus the SDK's bookkeeping headers and with
   * a fixed clock. Records the signer properties so the test sees what the S3 client asked for.
   */
  private static final class FixedClockSigV4 implements AuthScheme<AwsCredentialsIdentity> {
    private final Map<String, Object> seen;

    FixedClockSigV4(Map<String, Object> seen) {
      this.seen = seen;
    }

    @Override
    public String schemeId() {
      return AwsV4AuthScheme.SCHEME_ID;
    }

    @Override
    public IdentityProvider<AwsCredentialsIdentity> identityProvider(IdentityProviders providers) {
      return providers.identityProvider(AwsCredentialsIdentity.class);
    }

    @Override
    public HttpSigner<AwsCredentialsIdentity> signer() {
      AwsV4HttpSigner real = AwsV4HttpSigner.create();
      return new HttpSigner<>() {
        @Override
        public SignedRequest sign(SignRequest<? extends AwsCredentialsIdentity> request) {
          seen.put("service", request.property(AwsV4HttpSigner.SERVICE_SIGNING_NAME));
          seen.put("double-encode", request.property(AwsV4HttpSigner.DOUBLE_URL_ENCODE));
          seen.put("normalize-path", request.property(AwsV4HttpSigner.NORMALIZE_PATH));
          SdkHttpRequest.Builder stripped = request.request().toBuilder();
          SDK_ONLY.forEach(stripped::removeHeader);
          // The S3 client turns payload signing off and the signer then signs bodies sent over http and
          // sends UNSIGNED-PAYLOAD for bodiless calls; S3 accepts both, and we sign the empty body's hash.
          return real.sign(request.toBuilder().request(stripped.build())
              .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
              .putProperty(HttpSigner.SIGNING_CLOCK, CLOCK).build());
        }

        @Override
        public CompletableFuture<AsyncSignedRequest> signAsync(
            AsyncSignRequest<? extends AwsCredentialsIdentity> request) {
          throw new UnsupportedOperationException("sync client only");
        }
      };
    }
  }
}
