package dev.logsift.corrections.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.corrections.Correction;
import dev.logsift.corrections.CorrectionStore;
import dev.logsift.corrections.Corrections;
import dev.logsift.corrections.CorrectionsStoreContract;
import dev.logsift.corrections.Fixtures;
import dev.logsift.testing.S3rver;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.model.S3Object;

@Tag("server")
class S3CorrectionStoreServerTest extends CorrectionsStoreContract {
  private static S3rver server;
  private static int bucketNo;
  private S3CorrectionStore store;

  @BeforeAll
  static void start() throws IOException {
    server = S3rver.start("corrections-test");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A fresh bucket per test keeps the tests independent on one server. */
  private static String freshBucket() {
    String bucket = "corrections-" + (++bucketNo);
    server.client().createBucket(b -> b.bucket(bucket));
    return bucket;
  }

  @Override
  protected CorrectionStore store() {
    if (store == null) {
      store = new S3CorrectionStore(server.connection(), freshBucket());
    }
    return store;
  }

  @Test
  void writesTheCorrectionAsJsonObjectReadableWithTheS3Client() {
    Corrections corrections = new Corrections(store());
    Correction c = Fixtures.correction("u7", null, "", Fixtures.NOW);
    assertTrue(corrections.save(c));
    String json = server.client().getObjectAsBytes(b -> b.bucket(store.bucket()).key(c.key())).asUtf8String();
    assertTrue(json.contains("\"verdict\" : \"confirmed\""), json);
    assertTrue(json.contains("\"original_category\" : \"application\""), json);
  }

  @Test
  void keysThatNeedEncodingAreTheSameObjectsTheS3ClientAddresses() {
    String key = "markers/a b+c/Ünïcødé €😀 %41 x=y&z~(1)*.json";
    byte[] body = "{\"who\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8);
    assertTrue(store().putIfAbsent(key, body));
    assertTrue(store().exists(key));
    assertFalse(store().exists("markers/a b+c/Ünïcødé €😀 %41 x=y&z~(1)*"));
    assertArrayEquals(body, store().read(key).orElseThrow());
    assertEquals(List.of(key), store().list("markers/a b+c/", null));
    assertEquals(List.of(key), server.client().listObjectsV2(b -> b.bucket(store.bucket())).contents().stream()
        .map(S3Object::key).toList());
    byte[] written = "by the SDK".getBytes(StandardCharsets.UTF_8);
    server.client().putObject(b -> b.bucket(store.bucket()).key(key + "+sdk"), RequestBody.fromBytes(written));
    assertArrayEquals(written, store().read(key + "+sdk").orElseThrow());
  }

  @Test
  void listsEveryPageInKeyOrderAfterTheStartKey() {
    String bucket = freshBucket();
    S3CorrectionStore paged = new S3CorrectionStore(server.connection(), bucket, 2);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      keys.add("corrections/2026/11/" + (20 + i) + "/k" + i + ".json");
    }
    for (String k : keys.reversed()) {
      assertTrue(paged.putIfAbsent(k, new byte[] {'1'}));
    }
    paged.putIfAbsent("markers/asked/x", new byte[] {'1'});
    assertEquals(keys, paged.list("corrections/", null));
    assertEquals(keys.subList(3, 7), paged.list("corrections/", "corrections/2026/11/22/~"));
    assertEquals(List.of(), paged.list("corrections/2027/", null));
  }

  @Test
  void aMissingObjectIsAbsentNotAnError() {
    assertFalse(store().exists("corrections/none.json"));
    assertTrue(store().read("corrections/none.json").isEmpty());
  }

  @Test
  void anUnreachableEndpointIsADownstreamFailureAfterRetries() {
    List<Duration> slept = new ArrayList<>();
    S3CorrectionStore s = new S3CorrectionStore(new S3CorrectionStore.Connection(URI.create("http://127.0.0.1:9"),
        "us-east-1", StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")),
        UrlConnectionHttpClient.create(), Clock.systemUTC(), slept::add,
        // Random source at its top: full jitter waits the whole step, so the doubling shows.
        () -> -1L, () -> 20_000L), "b1");
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, () -> s.exists("k"));
    assertEquals("s3", e.service());
    assertTrue(e.getMessage().startsWith("s3: head in bucket b1 failed ("), e.getMessage());
    assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400)), slept);
  }

  @Test
  void refusedCredentialsAreADownstreamFailureNamingS3sErrorCode() {
    S3CorrectionStore.Connection ok = server.connection();
    S3CorrectionStore s = new S3CorrectionStore(new S3CorrectionStore.Connection(ok.endpoint(), ok.region(),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("NOT-S3RVER", "wrong-secret")), ok.http(),
        ok.clock(), ok.sleeper()), server.bucket());
    assertThrows(DownstreamUnavailableException.class, () -> s.putIfAbsent("k.json", new byte[] {1}));
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> s.list("corrections/", null));
    assertEquals("s3: list in bucket corrections-test failed (HTTP 403 InvalidAccessKeyId)", e.getMessage());
  }
}
