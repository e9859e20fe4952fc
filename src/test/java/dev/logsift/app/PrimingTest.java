package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimingTest {
  @Test
  void primesEveryAdapterWithoutTouchingTheNetwork() {
    int closed = 9; // discard port: nothing listens, so any real connection attempt would fail
    Config config = Config.fromEnv(Map.of("DEDUP_TABLE", "logsift-dedup", "BEDROCK_MODEL_ID",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0", "DISCORD_WEBHOOK_URL",
        "http://127.0.0.1:" + closed + "/api/webhooks/1/secret"));
    Wiring live = Wiring.build(Config.defaults(), Clock.systemUTC(), card -> Delivery.console());
    Priming.Counts c = new Priming(config, Clock.systemUTC(), live).prime(2);
    assertEquals(22, c.events(), "every recorded line went through the pipeline twice");
    assertTrue(c.sdkCalls() > 20, "DynamoDB and Bedrock requests were marshalled: " + c.sdkCalls());
    assertTrue(c.chatCalls() >= 5, "Discord payloads were built and 'sent' to the canned client: " + c.chatCalls());
    assertEquals(4, c.loopbackCalls(), "the real HTTP stacks ran against priming's own loopback server only");
  }

  @Test
  void leavesTheLiveStoresUntouched() {
    List<Card> posted = new ArrayList<>();
    Wiring live = Wiring.build(Config.defaults(), Clock.systemUTC(), card -> {
      posted.add(card);
      return Delivery.console();
    });
    new Priming(Config.defaults(), Clock.systemUTC(), live).prime(1);
    assertTrue(posted.isEmpty(), "priming posted to the live notifier");
    String line = "2026-11-27T08:15:00.512Z ERROR [pool-2-thread-1] c.z.hikari.pool.HikariPool - HikariPool-1 - "
        + "Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=5)";
    live.pipeline().process(new LogBatch(LogBatch.DATA_MESSAGE, "1", "/priming/service-0", "s", List.of(),
        List.of(new LogEvent("1", 0, line))));
    assertEquals(1, posted.size(), "a line priming saw is still new to the live dedup store");
    assertTrue(posted.get(0).flags().contains("NEW"));
  }
}
