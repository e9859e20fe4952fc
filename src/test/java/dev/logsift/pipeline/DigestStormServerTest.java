package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.logsift.app.Config;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Notifier;
import dev.logsift.app.Notifiers;
import dev.logsift.testing.MutableClock;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A storm past the alert budget: 630 fingerprints go to the digest over several batches. On every kind
 * of destination (Discord webhook, Slack bot, Slack incoming webhook) each of them is named in what the
 * channel shows at the end of the hour, the title counts them exactly, and every message stays within the
 * medium's limits and the digest's bound on messages.
 */
@Tag("server")
class DigestStormServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DIGESTED = 630;
  private static final int BATCHES = 7;

  private HttpServer server;
  /** The channel as people see it: message id to its latest body. */
  private final Map<String, JsonNode> shown = new LinkedHashMap<>();
  private final List<JsonNode> webhookPosts = new CopyOnWriteArrayList<>();
  private int nextId = 100;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/webhooks/1/tok", ex -> {
      JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
      String path = ex.getRequestURI().getPath();
      String id;
      synchronized (this) {
        id = ex.getRequestMethod().equals("PATCH") ? path.substring(path.lastIndexOf('/') + 1)
            : String.valueOf(nextId++);
        shown.put(id, body);
      }
      reply(ex, "{\"id\":\"" + id + "\",\"channel_id\":\"7\"}");
    });
    server.createContext("/slack/chat.", ex -> {
      ObjectNode body = (ObjectNode) JSON.readTree(ex.getRequestBody().readAllBytes());
      String ts;
      synchronized (this) {
        ts = ex.getRequestURI().getPath().endsWith("chat.update") ? body.path("ts").asText()
            : "1795766400." + (nextId++);
        shown.put(ts, body);
      }
      reply(ex, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"" + ts + "\"}");
    });
    server.createContext("/hooks/slack", ex -> {
      webhookPosts.add(JSON.readTree(ex.getRequestBody().readAllBytes()));
      reply(ex, "ok");
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void discordWebhookNamesEveryDigestedFingerprint() {
    Set<String> digested = storm(Map.of(Config.DISCORD_WEBHOOK_URL, base() + "/api/webhooks/1/tok"));
    assertTrue(shown.size() <= 1 + 13, "bounded: " + shown.size() + " messages");
    StringBuilder all = new StringBuilder();
    for (JsonNode body : shown.values()) {
      JsonNode embeds = body.path("embeds");
      assertTrue(embeds.size() <= 10);
      int total = 0;
      for (JsonNode e : embeds) {
        assertTrue(e.path("title").asText().length() <= 256);
        assertTrue(e.path("description").asText().length() <= 4096);
        total += e.path("title").asText().length() + e.path("description").asText().length()
            + e.path("footer").path("text").asText().length();
      }
      assertTrue(total <= 6000, "embed total " + total);
      assertEquals("[]", body.path("allowed_mentions").path("parse").toString());
      all.append(body);
    }
    assertNamed(digested, all.toString());
    assertTrue(all.toString().contains("630 more fingerprints"), "the title counts exactly");
  }

  @Test
  void slackBotNamesEveryDigestedFingerprint() {
    Set<String> digested = storm(Map.of(Config.SLACK_BOT_TOKEN, "xoxb-test", Config.SLACK_CHANNEL_ID, "C1",
        Config.SLACK_API_URL, base() + "/slack"));
    assertTrue(shown.size() <= 1 + 3, "bounded: " + shown.size() + " messages");
    StringBuilder all = new StringBuilder();
    for (JsonNode body : shown.values()) {
      assertSlackLimits(body);
      all.append(body);
    }
    assertNamed(digested, all.toString());
    assertTrue(all.toString().contains("630 more fingerprints"), "the title counts exactly");
  }

  @Test
  void slackIncomingWebhookNamesEveryDigestedFingerprintThoughItCannotEdit() {
    Set<String> digested = storm(Map.of(Config.SLACK_WEBHOOK_URL, base() + "/hooks/slack"));
    StringBuilder all = new StringBuilder();
    for (JsonNode body : webhookPosts) {
      assertSlackLimits(body);
      all.append(body);
    }
    assertNamed(digested, all.toString());
    assertTrue(webhookPosts.size() <= 1 + BATCHES * 2, "bounded: " + webhookPosts.size() + " posts");
    assertTrue(webhookPosts.get(webhookPosts.size() - 1).toString().contains("630 more fingerprints")
        || all.toString().contains("630 more fingerprints"), "the last digest counts all of them");
  }

  private static void assertSlackLimits(JsonNode body) {
    assertTrue(body.path("blocks").size() <= 50);
    assertTrue(body.path("text").asText().length() <= 4000);
    for (JsonNode b : body.path("blocks")) {
      assertTrue(b.path("text").path("text").asText().length() <= (b.path("type").asText().equals("header") ? 150
          : 3000), b.toString());
    }
  }

  private static void assertNamed(Set<String> fingerprints, String channel) {
    Set<String> missing = new TreeSet<>();
    for (String f : fingerprints) {
      if (!channel.contains(f)) {
        missing.add(f);
      }
    }
    assertEquals(Set.of(), missing, missing.size() + " digested fingerprints are named nowhere");
  }

  /** 631 distinct errors over 7 batches with a budget of one card: 630 go to the digest. */
  private Set<String> storm(Map<String, String> env) {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    Notifier chat = Notifiers.fromConfig(Config.fromEnv(env), card -> dev.logsift.notify.Delivery.console(), clock);
    Classifier rules = new RulesClassifier(new KnownFailureCatalog(null));
    Parts parts = Fixtures.parts(new InMemoryDedupStore(Duration.ofMinutes(10), new Random(4)), rules, rules, chat,
        clock, null);
    Pipeline p = new Pipeline(parts, new PipelineSettings(50, Duration.ofHours(6), 64 * 1024, 2000, 1));
    Set<String> digested = new TreeSet<>();
    int total = DIGESTED + 1;
    int perBatch = (total + BATCHES - 1) / BATCHES;
    for (int b = 0; b < BATCHES; b++) {
      List<LogEvent> events = new ArrayList<>();
      for (int i = b * perBatch; i < Math.min(total, (b + 1) * perBatch); i++) {
        events.add(new LogEvent(String.valueOf(i), 0, "ERROR subsystem " + word(i) + " failed & gave up <!here>"));
      }
      BatchReport r = p.process(new LogBatch(LogBatch.DATA_MESSAGE, "1", "/ecs/storm", "s", List.of(), events));
      assertEquals(0, r.failed());
      r.outcomes().stream().filter(o -> o.status() == Outcome.Status.DIGESTED)
          .forEach(o -> digested.add(o.card().fingerprint()));
      clock.advance(Duration.ofMinutes(2));
    }
    assertEquals(DIGESTED, digested.size());
    return digested;
  }

  /** A letters-only word per number, so every line is its own fingerprint. */
  private static String word(int i) {
    StringBuilder sb = new StringBuilder();
    for (int n = i + 26 * 27; n > 0; n /= 26) {
      sb.append((char) ('a' + n % 26));
    }
    return sb.toString();
  }

  private static void reply(HttpExchange ex, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }
}
