package dev.logsift.app;

import dev.logsift.notify.Cards;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Notifier;

import dev.logsift.http.HttpTransport;
import dev.logsift.core.RetryPolicy;
import dev.logsift.testing.ManualTime;
import dev.logsift.testing.ScriptedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.classify.Category;
import java.net.http.HttpClient;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The factory's routing, end to end: each category's card reaches the destination Config names for it. */
@Tag("server")
class NotifiersServerTest {
  @Test
  void categoriesReachTheirOwnChannelsAndTheRestTheDefault() throws Exception {
    try (ScriptedServer slack = new ScriptedServer(ScriptedServer.Reply.json(200,
            "{\"ok\":true,\"channel\":\"C-ANY\",\"ts\":\"1.2\"}"));
        ScriptedServer discord = new ScriptedServer(ScriptedServer.Reply.json(200,
            "{\"id\":\"9\",\"channel_id\":\"8\"}"))) {
      Config config = Config.fromEnv(Map.of(
          "SLACK_API_URL", slack.uri("/api").toString(),
          "SLACK_BOT_TOKEN", "xoxb-1",
          "SLACK_CHANNEL_ID", "C-DEFAULT",
          "SLACK_CHANNEL_ID_SECURITY", "C-SECURITY",
          "DISCORD_WEBHOOK_URL_DEPENDENCY", discord.uri("/api/webhooks/1/dep").toString()));
      ManualTime time = new ManualTime();
      HttpTransport t = new HttpTransport(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), time,
          time, () -> 0L, () -> 30_000, RetryPolicy.defaults());
      Notifier n = Notifiers.fromConfig(config, c -> Delivery.console(), t);

      n.post(Cards.ordinary(Category.SECURITY));
      n.post(Cards.ordinary(Category.APPLICATION));
      Delivery d = n.post(Cards.ordinary(Category.DEPENDENCY));

      ObjectMapper json = new ObjectMapper();
      assertEquals("C-SECURITY", json.readTree(slack.requests().get(0).body()).path("channel").asText());
      assertEquals("C-DEFAULT", json.readTree(slack.requests().get(1).body()).path("channel").asText());
      assertEquals(2, slack.requests().size());
      assertEquals("/api/webhooks/1/dep", discord.requests().get(0).path());
      assertEquals(new Delivery("discord", "8", "9"), d);
    }
  }
}
