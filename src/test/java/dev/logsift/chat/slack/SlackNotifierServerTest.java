package dev.logsift.chat.slack;

import dev.logsift.http.HttpTransport;
import dev.logsift.core.RetryPolicy;
import dev.logsift.notify.Cards;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Strings;
import dev.logsift.testing.ManualTime;
import dev.logsift.testing.ScriptedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.core.DownstreamUnavailableException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("server")
class SlackNotifierServerTest {
  static final String TOKEN = "xoxb-test-s3cr3t";
  static final String POSTED = "{\"ok\":true,\"channel\":\"C0123ABCD\",\"ts\":\"1795766400.000200\","
      + "\"message\":{\"type\":\"message\",\"subtype\":\"bot_message\",\"text\":\"x\",\"ts\":\"1795766400.000200\"}}";
  static final ObjectMapper JSON = new ObjectMapper();

  ScriptedServer server;
  ManualTime time = new ManualTime();
  HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer(ScriptedServer.Reply.json(200, POSTED));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  HttpTransport transport(Duration requestTimeout) {
    RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(1), requestTimeout,
        Duration.ofSeconds(1));
    // Random source fixed at one half (nextLong 2^63): full jitter waits half of each step.
    return new HttpTransport(http, time, time, () -> Long.MIN_VALUE, () -> 30_000, policy);
  }

  SlackNotifier bot() {
    return SlackNotifier.bot(server.uri("/api/"), TOKEN, "C0123ABCD", transport(Duration.ofSeconds(5)));
  }

  JsonNode body(int i) throws Exception {
    return JSON.readTree(server.requests().get(i).body());
  }

  @Test
  void postsBlockKitWithTheBotTokenAndReturnsTs() throws Exception {
    Delivery d = bot().post(Cards.ordinary());

    assertEquals(new Delivery("slack", "C0123ABCD", "1795766400.000200"), d);
    ScriptedServer.Request r = server.requests().get(0);
    assertEquals("POST", r.method());
    assertEquals("/api/chat.postMessage", r.path());
    assertEquals("Bearer " + TOKEN, r.header("Authorization"));
    assertEquals("application/json; charset=utf-8", r.header("Content-Type"));
    JsonNode b = body(0);
    assertEquals("C0123ABCD", b.path("channel").asText());
    assertEquals("[application] checkout: NullPointerException in OrderService.total", b.path("text").asText());
    assertFalse(b.path("link_names").asBoolean(true));
    assertFalse(b.path("unfurl_links").asBoolean(true));
    assertFalse(b.path("unfurl_media").asBoolean(true));
    assertFalse(b.path("mrkdwn").asBoolean(true));
    JsonNode blocks = b.path("blocks");
    assertEquals("header", blocks.get(0).path("type").asText());
    assertEquals("plain_text", blocks.get(0).path("text").path("type").asText());
    assertEquals("[application] checkout: NullPointerException in OrderService.total",
        blocks.get(0).path("text").path("text").asText());
    JsonNode fields = blocks.get(1).path("fields");
    assertEquals("*Confidence*\nhigh · rules classifier", fields.get(0).path("text").asText());
    assertEquals("*Count*\n3 events in this batch, +5 since last report", fields.get(1).path("text").asText());
    assertEquals("*Fingerprint*\n`3f9a2c7e11d04b5a`", fields.get(2).path("text").asText());
    assertEquals("*Log group*\n`/ecs/checkout`", fields.get(3).path("text").asText());
    assertEquals("*Flags*\nNEW", blocks.get(2).path("text").path("text").asText());
    assertEquals("*First response (proposal)*\nCheck the release from 09:40 and roll back if it is the cause.",
        blocks.get(3).path("text").path("text").asText());
    assertEquals("```java.lang.NullPointerException: order.items is null\n\tat OrderService.total(OrderService.java:42)"
        + "```", blocks.get(4).path("text").path("text").asText());
    assertEquals("context", blocks.get(5).path("type").asText());
    assertTrue(blocks.get(5).path("elements").get(0).path("text").asText().startsWith(
        "logsift · React :white_check_mark: if right · :pencil2: and reply in the thread `category: reason` if not"),
        blocks.get(5).toString());
    for (JsonNode block : blocks) {
      JsonNode text = block.path("text");
      if (text.path("type").asText().equals("mrkdwn")) {
        assertTrue(text.path("verbatim").asBoolean(), "mrkdwn must be verbatim");
      }
    }
    assertTrue(time.sleeps.isEmpty());
  }

  @Test
  void hostileCardStaysWithinEveryLimitAndInert() throws Exception {
    bot().post(Cards.hostile());

    JsonNode b = body(0);
    JsonNode blocks = b.path("blocks");
    assertTrue(blocks.size() <= 50);
    assertTrue(b.path("text").asText().length() <= 40_000);
    assertTrue(blocks.get(0).path("text").path("text").asText().length() <= 150);
    for (JsonNode block : blocks) {
      if (block.has("text")) {
        assertTrue(block.path("text").path("text").asText().length() <= 3000, block.path("type").asText());
      }
      for (JsonNode f : block.path("fields")) {
        assertTrue(f.path("text").asText().length() <= 2000);
      }
    }
    for (String s : Strings.all(b)) {
      assertFalse(Strings.hasLoneSurrogate(s), "split surrogate pair");
      for (String live : List.of("<!", "<@", "<#", "<http", "\u001b", "\u202e")) {
        assertFalse(s.contains(live), live + " survived");
      }
      assertFalse(s.matches("(?s).*&(a|am|l|g)….*"), "half an entity left at a cut");
    }
    String sample = blocks.get(blocks.size() - 2).path("text").path("text").asText();
    assertTrue(sample.startsWith("```") && sample.endsWith("…```"));
    assertEquals(2, Strings.count(sample, "```"), "only the fences may form a triple backtick");
    assertTrue(sample.contains("&lt;!channel&gt; &lt;!here&gt;"));
    assertTrue(sample.contains("&lt;http://evil.example/x|click me&gt;"));
    // The header was cut, so the full summary follows in its own section.
    assertTrue(blocks.get(1).path("text").path("text").asText().startsWith("*Summary*\n@everyone &lt;!channel&gt;"));
  }

  @Test
  void honoursRetryAfterOnHttp429() {
    server.then(ScriptedServer.Reply.json(429, "{\"ok\":false,\"error\":\"ratelimited\"}").withHeader("Retry-After", "3"));

    Delivery d = bot().post(Cards.ordinary());

    assertEquals("1795766400.000200", d.messageId());
    assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps);
    assertEquals(2, server.requests().size());
  }

  @Test
  void okFalseRatelimitedIsRetried() {
    server.then(ScriptedServer.Reply.json(200, "{\"ok\":false,\"error\":\"ratelimited\"}").withHeader("Retry-After", "1"));

    bot().post(Cards.ordinary());

    assertEquals(List.of(Duration.ofSeconds(1)), time.sleeps);
    assertEquals(2, server.requests().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"invalid_auth", "channel_not_found", "not_in_channel", "msg_blocks_too_long"})
  void okFalseIsAFailureWithoutRetry(String error) {
    server.always(ScriptedServer.Reply.json(200, "{\"ok\":false,\"error\":\"" + error + "\"}"));

    var ex = assertThrows(DownstreamUnavailableException.class, () -> bot().post(Cards.ordinary()));

    assertEquals("slack", ex.service());
    assertEquals("slack: " + error, ex.getMessage());
    assertEquals(1, server.requests().size());
    assertTrue(time.sleeps.isEmpty());
  }

  @Test
  void errorTextThatIsNotACodeIsNotRepeated() {
    server.always(ScriptedServer.Reply.json(200, "{\"ok\":false,\"error\":\"<!channel> leaked text\"}"));

    var ex = assertThrows(DownstreamUnavailableException.class, () -> bot().post(Cards.ordinary()));

    assertEquals("slack: unexpected response", ex.getMessage());
  }

  @Test
  void retries5xxThenSucceeds() {
    server.then(ScriptedServer.Reply.text(503, "<html>maintenance</html>"));

    assertEquals("C0123ABCD", bot().post(Cards.ordinary()).channel());
    assertEquals(List.of(Duration.ofMillis(50)), time.sleeps);
  }

  @Test
  void persistent5xxBecomesDownstreamUnavailableWithoutSecrets() {
    server.always(ScriptedServer.Reply.text(500, "oops"));

    var ex = assertThrows(DownstreamUnavailableException.class, () -> bot().post(Cards.hostile()));

    assertEquals("slack: HTTP 500 (gave up after 4 attempts)", ex.getMessage());
    assertEquals(4, server.requests().size());
  }

  @Test
  void timeoutIsRetried() {
    server.then(ScriptedServer.Reply.json(200, POSTED).delayed(5_000));
    SlackNotifier n = SlackNotifier.bot(server.uri("/api"), TOKEN, "C0123ABCD", transport(Duration.ofMillis(300)));

    assertEquals("1795766400.000200", n.post(Cards.ordinary()).messageId());
    assertEquals(2, server.requests().size());
    assertEquals(1, time.sleeps.size());
  }

  @Test
  void incomingWebhookPostsWithoutChannelOrTokenAndHasNoTs() throws Exception {
    server.always(ScriptedServer.Reply.text(200, "ok"));
    SlackNotifier n = SlackNotifier.webhook(server.uri("/services/T000/B000/s3cr3t"), transport(Duration.ofSeconds(5)));

    assertEquals(new Delivery("slack", "", ""), n.post(Cards.ordinary()));
    ScriptedServer.Request r = server.requests().get(0);
    assertEquals("/services/T000/B000/s3cr3t", r.path());
    assertNull(r.header("Authorization"));
    assertFalse(body(0).has("channel"));
    assertEquals("header", body(0).path("blocks").get(0).path("type").asText());
  }

  @Test
  void incomingWebhookErrorNamesTheCodeNotTheUrl() {
    server.always(ScriptedServer.Reply.text(404, "no_service"));
    SlackNotifier n = SlackNotifier.webhook(server.uri("/services/T000/B000/s3cr3t"), transport(Duration.ofSeconds(5)));

    var ex = assertThrows(DownstreamUnavailableException.class, () -> n.post(Cards.ordinary()));

    assertEquals("slack: HTTP 404 no_service", ex.getMessage());
    assertEquals(1, server.requests().size());
  }
}
