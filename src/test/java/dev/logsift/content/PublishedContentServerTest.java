package dev.logsift.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.PromptTemplate;
import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.notify.Owners;
import dev.logsift.testing.MutableClock;
import dev.logsift.testing.S3rver;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Prompts, known failures and owners published to S3: update, broken file, missing object, S3 down. */
@Tag("server")
class PublishedContentServerTest {
  static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
  static final String ORDERS = "## orders-card-declined\n- category: application\n- match: card_declined\nDeclined.\n";
  static final String PROMPT = "Classify for {{service}}:\n<log_message>\n{{message}}\n</log_message>\n";

  /** Uploads the files and then the marker listing them, as terraform/content.tf does. */
  static void publish(S3Client s3, String bucket, Map<String, String> files) {
    StringBuilder marker = new StringBuilder(PublishedContent.MARKER_HEADER + "\n");
    files.forEach((k, v) -> {
      s3.putObject(b -> b.bucket(bucket).key(PublishedContent.PREFIX + k), RequestBody.fromString(v));
      marker.append(k).append(' ').append(PublishedContent.md5(v.getBytes(StandardCharsets.UTF_8))).append('\n');
    });
    s3.putObject(b -> b.bucket(bucket).key(PublishedContent.MARKER), RequestBody.fromString(marker.toString()));
  }

  static Map<String, String> files(String orders) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("known-failures/_default.md", "# defaults\n");
    f.put("known-failures/orders.md", orders);
    f.put("prompts/classify.md", PROMPT);
    f.put("owners.md", "## orders-team\n- services: orders\n");
    return f;
  }

  @Test
  void theJarCopyServesUntilASetIsPublishedThenUpdatesArriveAfterTheInterval() throws Exception {
    try (S3rver server = S3rver.start("content")) {
      MutableClock clock = new MutableClock(T0);
      KnownFailureCatalog known = new KnownFailureCatalog(null);
      PromptTemplate prompt = PromptTemplate.load(null, "classify.md");
      Owners owners = Owners.none();
      PublishedContent content = new PublishedContent(new S3CorrectionStore(server.connection(), "content"), known,
          prompt, owners, Duration.ofMinutes(5), clock);
      String jarPrompt = prompt.render(Map.of("message", "M"));

      content.refreshIfDue();
      assertEquals("jar", content.version(), "no marker: the jar's copies stay");
      assertTrue(known.match("orders", "ERROR card_declined").isEmpty());

      publish(server.client(), "content", files(ORDERS));
      content.refreshIfDue();
      assertEquals("jar", content.version(), "checked a moment ago: not again before the interval");

      clock.advance(Duration.ofMinutes(5));
      content.refreshIfDue();
      assertFalse(content.version().equals("jar"));
      assertEquals("orders-card-declined", known.match("orders", "ERROR card_declined for order").orElseThrow().id());
      assertTrue(known.match("checkout", "Task timed out after 3.00 seconds").isEmpty(),
          "the published set replaces the jar's defaults entirely");
      assertEquals("Classify for s:\n<log_message>\nM\n</log_message>\n",
          prompt.render(Map.of("service", "s", "message", "M")));
      assertFalse(jarPrompt.equals(prompt.render(Map.of("message", "M"))));
      assertEquals("orders-team", owners.ownerOf("orders", "/ecs/orders").orElseThrow().name());

      String first = content.version();
      publish(server.client(), "content", files(ORDERS.replace("- category: application", "- category: dependency")));
      clock.advance(Duration.ofMinutes(5));
      content.refreshIfDue();
      assertFalse(first.equals(content.version()));
      assertEquals(Category.DEPENDENCY, known.match("orders", "card_declined").orElseThrow().category());
    }
  }

  @Test
  void aBrokenFileKeepsTheLastGoodVersionAndIsReportedWithFileAndLine() throws Exception {
    try (S3rver server = S3rver.start("content")) {
      MutableClock clock = new MutableClock(T0);
      KnownFailureCatalog known = new KnownFailureCatalog(null);
      Owners owners = Owners.none();
      PublishedContent content = new PublishedContent(new S3CorrectionStore(server.connection(), "content"), known,
          PromptTemplate.load(null, "classify.md"), owners, Duration.ofMinutes(5), clock);
      publish(server.client(), "content", files(ORDERS));
      content.refreshIfDue();
      String good = content.version();

      Map<String, String> broken = files(ORDERS.replace("- category: application", "- category: flaky"));
      broken.put("owners.md", "## orders-team\n- services: orders, billing\n");
      publish(server.client(), "content", broken);
      clock.advance(Duration.ofMinutes(5));
      content.refreshIfDue();

      assertEquals(good, content.version());
      assertEquals(1, content.rejections());
      assertEquals("known-failures/orders.md:2: category must be one of transient, dependency, application, security,"
          + " unknown", content.lastProblems().get(0).toString());
      assertEquals(Category.APPLICATION, known.match("orders", "card_declined").orElseThrow().category());
      assertTrue(owners.ownerOf("billing", "/ecs/billing").isEmpty(), "nothing of the rejected set is used");

      clock.advance(Duration.ofMinutes(5));
      content.refreshIfDue();
      assertEquals(1, content.rejections(), "the same broken version is reported once, not every few minutes");

      Map<String, String> badPrompt = files(ORDERS);
      badPrompt.put("prompts/classify.md", "no message placeholder {{servce}}\n");
      publish(server.client(), "content", badPrompt);
      clock.advance(Duration.ofMinutes(5));
      content.refreshIfDue();
      assertEquals(good, content.version());
      assertEquals(2, content.rejections());
      assertEquals("prompts/classify.md:1: unknown placeholder {{servce}}; known: ",
          content.lastProblems().get(0).toString().replaceAll("\\[.*]$", ""));
    }
  }

  @Test
  void aMissingObjectOrAHalfUploadedSetIsNotUsedAndNothingThrowsWhenS3IsDown() throws Exception {
    MutableClock clock = new MutableClock(T0);
    KnownFailureCatalog known = new KnownFailureCatalog(null);
    PublishedContent content;
    try (S3rver server = S3rver.start("content")) {
      content = new PublishedContent(new S3CorrectionStore(server.connection(), "content"), known,
          PromptTemplate.load(null, "classify.md"), Owners.none(), Duration.ofMinutes(5), clock);
      publish(server.client(), "content", files(ORDERS));
      server.client().deleteObject(b -> b.bucket("content").key(PublishedContent.PREFIX + "known-failures/orders.md"));
      content.refreshIfDue();
      assertEquals("jar", content.version(), "a listed object is missing: the set is incomplete");
      assertEquals(0, content.rejections(), "an incomplete upload is not a broken file");

      server.client().putObject(b -> b.bucket("content").key(PublishedContent.PREFIX + "known-failures/orders.md"),
          RequestBody.fromString(ORDERS + "\n"));
      clock.advance(Duration.ofMinutes(5));
      content.refreshIfDue();
      assertEquals("jar", content.version(), "an object that differs from the marker is from another apply");
    }
    clock.advance(Duration.ofMinutes(5));
    content.refreshIfDue();
    assertEquals("jar", content.version(), "S3 unreachable: no exception, the copy in use stays");
    assertTrue(known.forService("orders").stream().noneMatch(k -> k.id().equals("orders-card-declined")));
  }
}
