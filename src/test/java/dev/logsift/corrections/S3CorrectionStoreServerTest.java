package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.testing.S3rver;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

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

  @Override
  CorrectionStore store() {
    if (store == null) {
      // A fresh bucket per test keeps the contract tests independent on one server.
      String bucket = "corrections-" + (++bucketNo);
      S3Client s3 = server.client();
      s3.createBucket(b -> b.bucket(bucket));
      store = new S3CorrectionStore(s3, bucket);
    }
    return store;
  }

  @Test
  void writesTheCorrectionAsJsonObjectReadableWithAPlainGet() {
    Corrections corrections = new Corrections(store());
    Correction c = Fixtures.correction("u7", null, "", Fixtures.NOW);
    assertTrue(corrections.save(c));
    String json = server.client().getObjectAsBytes(b -> b.bucket(((S3CorrectionStore) store()).bucket()).key(c.key()))
        .asUtf8String();
    assertTrue(json.contains("\"verdict\" : \"confirmed\""), json);
    assertTrue(json.contains("\"original_category\" : \"application\""), json);
  }

  @Test
  void anUnreachableBucketIsADownstreamFailure() {
    S3Client dead = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:9")).forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
    S3CorrectionStore s = new S3CorrectionStore(dead, "b1");
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, () -> s.exists("k"));
    assertEquals("s3", e.service());
  }

  @Test
  void refusedCredentialsAreADownstreamFailureNotAMissingObject() {
    S3Client wrong = S3Client.builder().endpointOverride(server.endpoint()).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("NOT-S3RVER", "wrong"))).build();
    S3CorrectionStore s = new S3CorrectionStore(wrong, server.bucket());
    assertThrows(DownstreamUnavailableException.class, () -> s.putIfAbsent("k.json", new byte[] {1}));
  }
}
