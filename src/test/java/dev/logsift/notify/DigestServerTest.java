package dev.logsift.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The hourly digest against local Discord and Slack servers: posted, edited, and reposted when deleted. */
@Tag("server")
class DigestServerTest {
  private HttpServer server;
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final ManualTime time = new ManualTime();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/webhooks/1/tok", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      calls.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " " + body.length());
      if (ex.getRequestMethod().equals("PATCH")) {
        reply(ex, 404, "{\"message\":\"Unknown Message\",\"code\":10008}");
      } else {
        assertTrue(body.contains("\"allowed_mentions\":{\"parse\":[]}"));
        assertFalse(body.contains("@everyone"));
        reply(ex, 200, "{\"id\":\"" + (100 + calls.size()) + "\",\"channel_id\":\"7\"}");
      }
    });
    server.createContext("/api/chat.update", ex -> {
      calls.add("update");
      reply(ex, 200, "{\"ok\":false,\"error\":\"message_not_found\"}");
    });
    server.createContext("/hooks/slack", ex -> {
      calls.add("hook");
      ex.getRequestBody().readAllBytes();
      reply(ex, 200, "ok");
    });
    server.createContext("/api/chat.postMessage", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      calls.add("post");
      assertFalse(body.contains("<!channel>"), body);
      reply(ex, 200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}");
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }

  private HttpTransport transport() {
    return new HttpTransport(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), time, time,
        () -> 0L, () -> 30_000, RetryPolicy.defaults());
  }

  private static Digest digest(String messageId) {
    return new Digest("default", Instant.parse("2026-11-27T08:00:00Z"), List.of(new Digest.Entry("fp1", "checkout",
        "security", "@everyone <!channel> login storm", 42, List.of("NEW"))), "7", messageId);
  }

  private URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Test
  void discordRepostsADigestWhoseMessageWasDeleted() {
    DiscordNotifier d = new DiscordNotifier(base().resolve("/api/webhooks/1/tok"), transport());
    Delivery first = d.postDigest("default", digest(""));
    assertEquals("101", first.messageId());
    Delivery again = d.postDigest("default", digest("101"));
    assertEquals(List.of("PATCH", "POST"), calls.subList(1, 3).stream().map(c -> c.split(" ")[0]).toList());
    assertTrue(calls.get(1).contains("/messages/101"), calls.toString());
    assertEquals("103", again.messageId());
  }

  @Test
  void slackRepostsADigestWhoseMessageWasDeleted() {
    SlackNotifier s = SlackNotifier.bot(base().resolve("/api"), "xoxb-test", "C1", transport());
    Delivery d = s.postDigest("default", digest("1.1"));
    assertEquals(List.of("update", "post"), calls);
    assertEquals("1.2", d.messageId());
  }

  @Test
  void aSlackWebhookPostsOnlyTheFingerprintsNoEarlierDigestNamed() {
    SlackNotifier s = SlackNotifier.webhook(base().resolve("/hooks/slack"), transport());
    String id = "";
    java.util.List<Digest.Entry> entries = new java.util.ArrayList<>();
    for (int n = 1; n <= 9; n++) {
      entries.add(new Digest.Entry("fp" + n, "svc", "unknown", "x", 1, List.of()));
      id = s.postDigest("default", new Digest("default", Instant.EPOCH, entries, "", id)).messageId();
    }
    assertEquals(9, calls.size(), "each update names its new fingerprint: " + calls);
    String same = s.postDigest("default", new Digest("default", Instant.EPOCH, entries, "", id)).messageId();
    assertEquals(id, same);
    assertEquals(9, calls.size(), "nothing new, nothing posted");
    String spent = SlackNotifier.WEBHOOK_DIGEST + "9:" + SlackNotifier.MAX_WEBHOOK_POSTS;
    entries.add(new Digest.Entry("fp10", "svc", "unknown", "x", 1, List.of()));
    s.postDigest("default", new Digest("default", Instant.EPOCH, entries, "", spent));
    assertEquals(9, calls.size(), "bounded per hour");
  }
}
