package dev.logsift.chat.discord;

import dev.logsift.http.HttpTransport;
import dev.logsift.core.RetryPolicy;
import dev.logsift.notify.Cards;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Strings;
import dev.logsift.testing.ManualTime;
import dev.logsift.testing.ScriptedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.core.DownstreamUnavailableException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("server")
class DiscordNotifierServerTest {
  static final String PATH = "/api/webhooks/123/s3cr3t-token";
  static final String MESSAGE = "{\"id\":\"1311000000000000001\",\"type\":0,\"content\":\"\",\"channel_id\":"
      + "\"1300000000000000002\",\"author\":{\"bot\":true,\"id\":\"123\",\"username\":\"logsift\"},\"embeds\":[],"
      + "\"webhook_id\":\"123\"}";
  static final ObjectMapper JSON = new ObjectMapper();

  ScriptedServer server;
  ManualTime time = new ManualTime();
  AtomicLong remaining = new AtomicLong(30_000);
  HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer(ScriptedServer.Reply.json(200, MESSAGE));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  DiscordNotifier notifier(Duration requestTimeout) {
    RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), requestTimeout,
        Duration.ofSeconds(1));
    // Random source fixed at one half (nextLong 2^63): full jitter waits half of each step.
    return new DiscordNotifier(server.uri(PATH), new HttpTransport(http, time, time, () -> Long.MIN_VALUE,
        remaining::get, policy));
  }

  DiscordNotifier notifier() {
    return notifier(Duration.ofSeconds(5));
  }

  JsonNode body(int i) throws Exception {
    return JSON.readTree(server.requests().get(i).body());
  }

  @Test
  void postsOneEmbedWithWaitAndReturnsTheMessage() throws Exception {
    Delivery d = notifier().post(Cards.ordinary());

    assertEquals(new Delivery("discord", "1300000000000000002", "1311000000000000001"), d);
    ScriptedServer.Request r = server.requests().get(0);
    assertEquals("POST", r.method());
    assertEquals(PATH, r.path());
    assertEquals("wait=true", r.query());
    assertTrue(r.header("Content-Type").startsWith("application/json"));
    JsonNode b = body(0);
    assertTrue(b.path("allowed_mentions").path("parse").isArray());
    assertEquals(0, b.path("allowed_mentions").path("parse").size());
    assertEquals(1, b.path("embeds").size());
    JsonNode e = b.path("embeds").get(0);
    assertEquals("\\[application] checkout: NullPointerException in OrderService.total", e.path("title").asText());
    assertEquals(0xE67E22, e.path("color").asInt());
    List<String> names = new ArrayList<>();
    e.path("fields").forEach(f -> names.add(f.path("name").asText()));
    assertEquals(List.of("First response (proposal)", "Confidence", "Count", "Flags", "Fingerprint", "Log group", "Owner"),
        names);
    assertEquals("Check the release from 09:40 and roll back if it is the cause.", field(e, 0));
    assertEquals("high · rules classifier", field(e, 1));
    assertEquals("3 events in this batch, +5 since last report", field(e, 2));
    assertEquals("NEW", field(e, 3));
    assertEquals("`3f9a2c7e11d04b5a`", field(e, 4));
    assertEquals("/ecs/checkout", field(e, 5));
    assertEquals("```\njava.lang.NullPointerException: order.items is null\n\tat OrderService.total(OrderService.java:42)"
        + "\n```", e.path("description").asText());
    assertEquals("logsift · React ✅ if right · ✏️ and reply `category: reason` if not · first seen",
        e.path("footer").path("text").asText());
    assertEquals("2026-11-27T09:55:00Z", e.path("timestamp").asText());
    assertEquals("application · checkout · NEW", b.path("content").asText());
    assertTrue(time.sleeps.isEmpty());
  }

  @Test
  void hostileCardStaysWithinEveryLimitAndInert() throws Exception {
    notifier().post(Cards.hostile());

    JsonNode b = body(0);
    assertEquals(0, b.path("allowed_mentions").path("parse").size());
    assertTrue(b.path("content").asText().length() <= 2000);
    JsonNode e = b.path("embeds").get(0);
    String title = e.path("title").asText();
    String description = e.path("description").asText();
    String footer = e.path("footer").path("text").asText();
    assertTrue(title.length() <= 256, "title " + title.length());
    assertTrue(description.length() <= 4096, "description " + description.length());
    assertTrue(footer.length() <= 2048);
    assertTrue(e.path("fields").size() <= 25);
    int total = title.length() + description.length() + footer.length();
    for (JsonNode f : e.path("fields")) {
      String name = f.path("name").asText();
      String value = f.path("value").asText();
      assertTrue(name.length() <= 256 && !name.isEmpty());
      assertTrue(value.length() <= 1024 && !value.isEmpty(), "field value " + value.length());
      total += name.length() + value.length();
    }
    assertTrue(total <= 6000, "embed total " + total);
    // The sample was 10 KB: it was cut, and the cut kept the block closed.
    assertTrue(description.endsWith("…\n```"), description.substring(description.length() - 10));
    assertEquals(2, Strings.count(description, "```"), "only the fences may form a triple backtick");
    assertTrue(field(e, 0).endsWith("…"));
    for (String s : Strings.all(b)) {
      assertFalse(Strings.hasLoneSurrogate(s), "split surrogate pair");
      for (String live : List.of("@everyone", "@here", "<@1", "<@!", "<@&", "<#1", "</d", "\u001b", "\u202e")) {
        assertFalse(s.contains(live), live + " survived");
      }
    }
    // Outside the code block markdown is escaped; inside it it is left as the log wrote it.
    assertTrue(title.contains("\\*x\\*"), title);
    assertTrue(description.contains("*bold* _italic_"));
  }

  @Test
  void honoursRetryAfterFromTheBodyOn429() throws Exception {
    server.then(ScriptedServer.Reply.json(429,
            "{\"message\":\"You are being rate limited.\",\"retry_after\":1.234,\"global\":false}")
        .withHeader("Retry-After", "2").withHeader("X-RateLimit-Scope", "shared"));

    Delivery d = notifier().post(Cards.ordinary());

    assertEquals("1311000000000000001", d.messageId());
    assertEquals(List.of(Duration.ofMillis(1234)), time.sleeps);
    assertEquals(2, server.requests().size());
    assertEquals(server.requests().get(0).body(), server.requests().get(1).body());
  }

  @Test
  void usesTheRetryAfterHeaderWhenTheBodyHasNone() {
    server.then(ScriptedServer.Reply.text(429, "<html>cloudflare</html>").withHeader("Retry-After", "3"));

    notifier().post(Cards.ordinary());

    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps);
  }

  @Test
  void givesUpAt429WhenRetryAfterOutlivesTheBudget() {
    remaining.set(5_000);
    server.always(ScriptedServer.Reply.json(429, "{\"message\":\"slow down\",\"retry_after\":10.0,\"global\":true}"));

    var ex = assertThrows(DownstreamUnavailableException.class, () -> notifier().post(Cards.ordinary()));

    assertEquals("discord", ex.service());
    assertTrue(ex.getMessage().contains("429") && ex.getMessage().contains("no time left"), ex.getMessage());
    assertTrue(time.sleeps.isEmpty());
    assertEquals(1, server.requests().size());
  }

  @Test
  void retries5xxWithBackoffThenSucceeds() {
    server.then(ScriptedServer.Reply.text(502, "bad gateway")).then(ScriptedServer.Reply.json(500, "{}"));

    Delivery d = notifier().post(Cards.ordinary());

    assertEquals("1300000000000000002", d.channel());
    // Random source fixed at one half: each wait is half of 100 ms, then of 200 ms.
    assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), time.sleeps);
    assertEquals(3, server.requests().size());
  }

  @Test
  void persistent5xxBecomesDownstreamUnavailableWithoutSecrets() {
    server.always(ScriptedServer.Reply.text(503, "upstream connect error"));

    var ex = assertThrows(DownstreamUnavailableException.class, () -> notifier().post(Cards.hostile()));

    assertEquals("discord", ex.service());
    assertEquals("discord: HTTP 503 (gave up after 4 attempts)", ex.getMessage());
    assertEquals(4, server.requests().size());
    assertEquals(3, time.sleeps.size());
  }

  @Test
  void clientErrorIsNotRetried() {
    server.always(ScriptedServer.Reply.json(400,
        "{\"message\":\"Invalid Form Body\",\"code\":50035,\"errors\":{\"embeds\":{}}}"));

    var ex = assertThrows(DownstreamUnavailableException.class, () -> notifier().post(Cards.ordinary()));

    assertEquals("discord: HTTP 400 (code 50035)", ex.getMessage());
    assertEquals(1, server.requests().size());
    assertTrue(time.sleeps.isEmpty());
  }

  @Test
  void timeoutIsRetried() {
    server.then(ScriptedServer.Reply.json(200, MESSAGE).delayed(5_000));

    Delivery d = notifier(Duration.ofMillis(300)).post(Cards.ordinary());

    assertEquals("1311000000000000001", d.messageId());
    assertEquals(2, server.requests().size());
    assertEquals(1, time.sleeps.size());
  }

  @Test
  void persistentTimeoutNamesTheReasonNotTheUrl() {
    server.always(ScriptedServer.Reply.json(200, MESSAGE).delayed(5_000));
    RetryPolicy two = new RetryPolicy(2, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(200),
        Duration.ZERO);
    var n = new DiscordNotifier(server.uri(PATH), new HttpTransport(http, time, time, () -> 0L, remaining::get, two));

    var ex = assertThrows(DownstreamUnavailableException.class, () -> n.post(Cards.ordinary()));

    assertEquals("discord: timeout (gave up after 2 attempts)", ex.getMessage());
    for (Throwable t = ex; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains("s3cr3t"), "token leaked");
    }
  }

  @Test
  void withoutWaitDiscordAnswers204AndTheDeliveryHasNoIds() {
    server.always(new ScriptedServer.Reply(204, java.util.Map.of(), "", 0));

    assertEquals(new Delivery("discord", "", ""), notifier().post(Cards.ordinary()));
  }

  private static String field(JsonNode embed, int i) {
    return embed.path("fields").get(i).path("value").asText();
  }
}
