package dev.logsift.corrections.s3;

import dev.logsift.core.AwsClients;
import dev.logsift.core.AwsEnvironment;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.Sleeper;
import dev.logsift.corrections.CorrectionStore;
import dev.logsift.core.Retrier;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import javax.xml.stream.XMLStreamException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * Adapter: one S3 object per key, over S3's REST API with SigV4-signed requests (no S3 SDK client in the
 * jar). Put-if-absent is a HEAD followed by a conditional PUT (If-None-Match: *), so two writers racing on
 * one key store it once on S3 itself.
 */
public final class S3CorrectionStore implements CorrectionStore {
  private static final String SERVICE = "s3";
  private static final byte[] EMPTY = new byte[0];
  /** S3's own page size limit; tests pass a smaller one to see several pages. */
  static final int MAX_KEYS = 1000;

  /**
   * Where and as whom to reach S3: endpoint (path-style requests go to endpoint/bucket/key), region and
   * credentials to sign with, the HTTP client, the signing clock, and for retries the sleeper, the jitter and
   * the time left in the invocation.
   */
  public record Connection(URI endpoint, String region, AwsCredentialsProvider credentials, SdkHttpClient http,
      Clock clock, Sleeper sleeper, RandomGenerator random, LongSupplier remainingMillis) {
    public Connection(URI endpoint, String region, AwsCredentialsProvider credentials, SdkHttpClient http,
        Clock clock, Sleeper sleeper) {
      this(endpoint, region, credentials, http, clock, sleeper, new SecureRandom(),
          () -> Retrier.DEFAULT_BUDGET_MILLIS);
    }

    /**
     * As the SDK would pick them: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL, then the regional endpoint;
     * region and credentials as every other AWS client here has them.
     *
     * @param remainingMillis time left in the invocation, so no retry outlives it
     */
    public static Connection fromEnvironment(AwsEnvironment aws, LongSupplier remainingMillis) {
      String region = aws.awsRegion().id();
      return new Connection(endpoint(aws.endpoints(), region), region, AwsClients.credentials(aws), AwsClients.http(),
          Clock.systemUTC(), Sleeper.system(), new SecureRandom(), remainingMillis);
    }

    static URI endpoint(Map<String, String> env, String region) {
      for (String name : new String[] {"AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"}) {
        String v = env.get(name);
        if (v != null && !v.isBlank()) {
          return URI.create(v.strip());
        }
      }
      String suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
      return URI.create("https://s3." + region + "." + suffix);
    }
  }

  private final S3Http s3;
  private final String bucket;
  private final int maxKeys;

  public S3CorrectionStore(Connection connection, String bucket) {
    this(connection, bucket, MAX_KEYS);
  }

  S3CorrectionStore(Connection connection, String bucket, int maxKeys) {
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalArgumentException("CORRECTIONS_BUCKET is required for the corrections store");
    }
    this.s3 = new S3Http(connection);
    this.bucket = bucket;
    this.maxKeys = maxKeys;
  }

  /**
   * Endpoint, region and credentials as the SDK clients have them.
   *
   * @param remainingMillis time left in the invocation (the handler's Deadline), so no retry outlives it
   */
  public static S3CorrectionStore create(String bucket, AwsEnvironment aws, LongSupplier remainingMillis) {
    return new S3CorrectionStore(Connection.fromEnvironment(aws, remainingMillis), bucket);
  }

  @Override
  public boolean putIfAbsent(String key, byte[] body) {
    if (exists(key)) {
      return false;
    }
    String what = what("put");
    S3Http.Response r = s3.send(what, SdkHttpMethod.PUT, bucket, key, Map.of(),
        Map.of("If-None-Match", "*", "Content-Type", contentType(key)), body);
    if (r.status() == 412 || r.status() == 409) {
      return false;
    }
    check(r, what);
    return true;
  }

  @Override
  public void put(String key, byte[] body) {
    String what = what("put");
    check(s3.send(what, SdkHttpMethod.PUT, bucket, key, Map.of(), Map.of("Content-Type", contentType(key)), body), what);
  }

  @Override
  public boolean exists(String key) {
    String what = what("head");
    S3Http.Response r = s3.send(what, SdkHttpMethod.HEAD, bucket, key, Map.of(), Map.of(), EMPTY);
    if (r.status() == 404) {
      return false;
    }
    check(r, what);
    return true;
  }

  @Override
  public Optional<byte[]> read(String key) {
    String what = what("get");
    S3Http.Response r = s3.send(what, SdkHttpMethod.GET, bucket, key, Map.of(), Map.of(), EMPTY);
    if (r.status() == 404) {
      return Optional.empty();
    }
    check(r, what);
    return Optional.of(r.body());
  }

  @Override
  public List<String> list(String prefix, String startAfter) {
    String what = what("list");
    List<String> keys = new ArrayList<>();
    String token = null;
    do {
      Map<String, String> query = new LinkedHashMap<>();
      query.put("list-type", "2");
      query.put("prefix", prefix);
      query.put("max-keys", Integer.toString(maxKeys));
      if (startAfter != null) {
        query.put("start-after", startAfter);
      }
      if (token != null) {
        query.put("continuation-token", token);
      }
      S3Http.Response r = s3.send(what, SdkHttpMethod.GET, bucket, null, query, Map.of(), EMPTY);
      check(r, what);
      S3Xml.Page page;
      try {
        page = S3Xml.listPage(r.body());
      } catch (XMLStreamException e) {
        throw new DownstreamUnavailableException(SERVICE, what + " failed (unreadable answer)", e);
      }
      keys.addAll(page.keys());
      if (page.truncated() && page.nextToken() == null) {
        throw new DownstreamUnavailableException(SERVICE, what + " failed (truncated page without a token)", null);
      }
      token = page.truncated() ? page.nextToken() : null;
    } while (token != null);
    keys.sort(null);
    return keys;
  }

  public String bucket() {
    return bucket;
  }

  private String what(String op) {
    return op + " in bucket " + bucket;
  }

  /** Names the operation, bucket, status and S3's error code; never the key's content. */
  private static void check(S3Http.Response r, String what) {
    if (!r.ok()) {
      throw new DownstreamUnavailableException(SERVICE, what + " failed (" + S3Http.status(r) + ")", null);
    }
  }

  private static String contentType(String key) {
    return key.endsWith(".json") ? "application/json" : "text/plain";
  }
}
