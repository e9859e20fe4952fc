package dev.logsift.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * One service's SigV4 requests (AWS Signature Version 4, header form, signed payload) on the SDK's HTTP client,
 * for the clients we write by hand (SSM, DynamoDB, Bedrock, S3) instead of loading the SDK's service clients. Our
 * own signer: the SDK's loads ~100 classes (identity, checksum and signer property machinery) and spends ~60 ms
 * of CPU on its first signature. It signs as the SDK's does for these services (every header but the SDK's
 * ignored ones, x-amz-content-sha256 added, path segments encoded twice but for S3); tests hold it to AWS's
 * published test vectors, S3's included, and to the SDK signer's output. Credentials are resolved for every
 * request: after a SnapStart restore the container's credentials are new ones.
 */
public final class SigV4 {
  private static final byte[] NO_BYTES = new byte[0];
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Set<String> UNSIGNED = Set.of("connection", "x-amzn-trace-id", "user-agent", "expect",
      "authorization");
  private static final HexFormat HEX = HexFormat.of();

  private final String service;
  private final String region;
  private final AwsCredentialsProvider credentials;
  private final SdkHttpClient http;
  private final Clock clock;
  private final boolean encodePathTwice;

  public SigV4(String service, String region, AwsCredentialsProvider credentials, SdkHttpClient http) {
    this(service, region, credentials, http, Clock.systemUTC());
  }

  public SigV4(String service, String region, AwsCredentialsProvider credentials, SdkHttpClient http, Clock clock) {
    this.service = service;
    this.region = region;
    this.credentials = credentials;
    this.http = http;
    this.clock = clock;
    this.encodePathTwice = !service.equals("s3");
  }

  /** The request with Host, X-Amz-Date, the session token, the payload hash and Authorization added. */
  public SdkHttpRequest sign(SdkHttpRequest request, byte[] payload) {
    return sign(request, payload, credentials.resolveCredentials(), clock.instant(), true);
  }

  /** @param hashHeader adds x-amz-content-sha256 as the SDK's signer does (AWS's test vectors go without) */
  SdkHttpRequest sign(SdkHttpRequest request, byte[] payload, AwsCredentials id, Instant now, boolean hashHeader) {
    String amzDate = AMZ_DATE.format(now);
    String day = amzDate.substring(0, 8);
    String payloadHash = HEX.formatHex(sha256(payload));
    SdkHttpRequest.Builder b = request.toBuilder().putHeader("Host", host(request)).putHeader("X-Amz-Date", amzDate);
    if (hashHeader) {
      b.putHeader("x-amz-content-sha256", payloadHash);
    }
    if (id instanceof AwsSessionCredentials session) {
      b.putHeader("X-Amz-Security-Token", session.sessionToken());
    }
    SdkHttpRequest unsigned = b.build();
    Map<String, String> headers = new TreeMap<>();
    for (Map.Entry<String, List<String>> h : unsigned.headers().entrySet()) {
      String name = h.getKey().toLowerCase(Locale.ROOT);
      if (!UNSIGNED.contains(name)) {
        List<String> values = new ArrayList<>();
        h.getValue().forEach(v -> values.add(v.contains("  ") ? v.strip().replaceAll(" +", " ") : v.strip()));
        headers.merge(name, String.join(",", values), (x, y) -> x + "," + y);
      }
    }
    StringBuilder canonical = new StringBuilder(512).append(unsigned.method().name()).append('\n')
        .append(canonicalPath(unsigned.encodedPath(), encodePathTwice)).append('\n')
        .append(canonicalQuery(unsigned.rawQueryParameters())).append('\n');
    headers.forEach((k, v) -> canonical.append(k).append(':').append(v).append('\n'));
    String signedHeaders = String.join(";", headers.keySet());
    canonical.append('\n').append(signedHeaders).append('\n').append(payloadHash);
    String scope = day + "/" + region + "/" + service + "/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
        + HEX.formatHex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + id.secretAccessKey()).getBytes(StandardCharsets.UTF_8), day);
    key = hmac(hmac(hmac(key, region), service), "aws4_request");
    String signature = HEX.formatHex(hmac(key, toSign));
    return unsigned.toBuilder().putHeader("Authorization", "AWS4-HMAC-SHA256 Credential=" + id.accessKeyId() + "/"
        + scope + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature).build();
  }

  /** The signed request, ready to call (or to abort from another thread). */
  public ExecutableHttpRequest prepare(SdkHttpRequest request, byte[] payload) {
    SdkHttpRequest signed = sign(request, payload);
    return http.prepareRequest(HttpExecuteRequest.builder()
        .request(signed)
        .contentStreamProvider(ContentStreamProvider.fromByteArrayUnsafe(payload))
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

  private static String host(SdkHttpRequest r) {
    boolean standard = r.port() == (r.protocol().equals("https") ? 443 : 80);
    return standard ? r.host() : r.host() + ":" + r.port();
  }

  /**
   * Every service but S3 encodes the (already encoded) path once more, keeping the slashes; S3 signs the path
   * as sent, unnormalised.
   */
  static String canonicalPath(String encodedPath, boolean twice) {
    if (encodedPath == null || encodedPath.isEmpty()) {
      return "/";
    }
    return twice ? encode(encodedPath, true) : encodedPath;
  }

  static String canonicalQuery(Map<String, List<String>> query) {
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    query.forEach((k, vs) -> {
      List<String> encoded = new ArrayList<>();
      for (String v : vs) {
        encoded.add(encode(v == null ? "" : v, false));
      }
      encoded.sort(null);
      sorted.put(encode(k, false), encoded);
    });
    StringBuilder out = new StringBuilder();
    sorted.forEach((k, vs) -> vs.forEach(v -> out.append(out.isEmpty() ? "" : "&").append(k).append('=').append(v)));
    return out.toString();
  }

  /** RFC 3986 encoding of everything but the unreserved characters (and '/' when asked). */
  static String encode(String s, boolean keepSlash) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (byte c : s.getBytes(StandardCharsets.UTF_8)) {
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
          || c == '.' || c == '~' || (keepSlash && c == '/')) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no SHA-256", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no HmacSHA256", e);
    }
  }
}
