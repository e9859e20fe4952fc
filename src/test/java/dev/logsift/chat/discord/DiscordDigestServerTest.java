package dev.logsift.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.http.HttpTransport;
import dev.logsift.core.RetryPolicy;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import dev.logsift.testing.ManualTime;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The hourly digest against a local Discord server: posted, edited, and reposted when deleted. */
@Tag("server")
class DiscordDigestServerTest {
  private final ManualTime time = new ManualTime();

  private static HttpTransport transport(ManualTime time) {
    return new HttpTransport(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), time, time,
        () -> 0L, () -> 30_000, RetryPolicy.defaults());
  }

  static Digest digest(String channel, String messageId) {
    return new Digest("default", Instant.parse("2026-11-27T08:00:00Z"), List.of(new Digest.Entry("fp1", "checkout",
        "security", "@everyone <!channel> login storm", 42, List.of("NEW"))), channel, messageId);
  }

  @Test
  void discordRepostsADigestWhoseMessageWasDeleted() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(500, "{}"))) {
      server.then(Reply.json(200, "{\"id\":\"101\",\"channel_id\":\"7\"}"))
          .then(Reply.json(404, "{\"message\":\"Unknown Message\",\"code\":10008}"))
          .then(Reply.json(200, "{\"id\":\"103\",\"channel_id\":\"7\"}"));
      DiscordNotifier d = new DiscordNotifier(server.uri("/api/webhooks/1/tok"), transport(time));
      Delivery first = d.postDigest("default", digest("7", ""));
      assertEquals("101", first.messageId());
      Delivery again = d.postDigest("default", digest("7", "101"));
      List<ScriptedServer.Request> calls = server.requests();
      assertEquals(List.of("POST", "PATCH", "POST"), calls.stream().map(ScriptedServer.Request::method).toList());
      assertEquals("/api/webhooks/1/tok/messages/101", calls.get(1).path());
      assertEquals("103", again.messageId());
      for (ScriptedServer.Request r : calls) {
        assertTrue(r.body().contains("\"allowed_mentions\":{\"parse\":[]}"), r.body());
        assertFalse(r.body().contains("@everyone"), r.body());
      }
    }
  }
}
