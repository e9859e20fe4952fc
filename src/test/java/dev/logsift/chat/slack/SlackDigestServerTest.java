package dev.logsift.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.logsift.http.HttpTransport;
import dev.logsift.core.RetryPolicy;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import dev.logsift.testing.ManualTime;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The hourly digest against a local Slack server: edited, reposted when deleted, and bounded on a webhook. */
@Tag("server")
class SlackDigestServerTest {
  private final ManualTime time = new ManualTime();

  private HttpTransport transport() {
    return new HttpTransport(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), time, time,
        () -> 0L, () -> 30_000, RetryPolicy.defaults());
  }

  @Test
  void slackRepostsADigestWhoseMessageWasDeleted() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(500, "{}"))) {
      server.then(Reply.json(200, "{\"ok\":false,\"error\":\"message_not_found\"}"))
          .then(Reply.json(200, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}"));
      SlackNotifier s = SlackNotifier.bot(server.uri("/api"), "xoxb-test", "C1", transport());
      Digest digest = new Digest("default", Instant.parse("2026-11-27T08:00:00Z"), List.of(new Digest.Entry("fp1",
          "checkout", "security", "@everyone <!channel> login storm", 42, List.of("NEW"))), "7", "1.1");
      Delivery d = s.postDigest("default", digest);
      List<ScriptedServer.Request> calls = server.requests();
      assertEquals(List.of("/api/chat.update", "/api/chat.postMessage"),
          calls.stream().map(ScriptedServer.Request::path).toList());
      assertFalse(calls.get(1).body().contains("<!channel>"), calls.get(1).body());
      assertEquals("1.2", d.messageId());
    }
  }

  @Test
  void aSlackWebhookPostsOnlyTheFingerprintsNoEarlierDigestNamed() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.text(200, "ok"))) {
      SlackNotifier s = SlackNotifier.webhook(server.uri("/hooks/slack"), transport());
      String id = "";
      List<Digest.Entry> entries = new ArrayList<>();
      for (int n = 1; n <= 9; n++) {
        entries.add(new Digest.Entry("fp" + n, "svc", "unknown", "x", 1, List.of()));
        id = s.postDigest("default", new Digest("default", Instant.EPOCH, entries, "", id)).messageId();
      }
      assertEquals(9, server.requests().size(), "each update names its new fingerprint");
      String same = s.postDigest("default", new Digest("default", Instant.EPOCH, entries, "", id)).messageId();
      assertEquals(id, same);
      assertEquals(9, server.requests().size(), "nothing new, nothing posted");
      String spent = SlackNotifier.WEBHOOK_DIGEST + "9:" + SlackNotifier.MAX_WEBHOOK_POSTS;
      entries.add(new Digest.Entry("fp10", "svc", "unknown", "x", 1, List.of()));
      s.postDigest("default", new Digest("default", Instant.EPOCH, entries, "", spent));
      assertEquals(9, server.requests().size(), "bounded per hour");
    }
  }
}
