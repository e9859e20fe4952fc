package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
  @Test
  void defaultsNeedNothingSet() {
    Config c = Config.defaults();
    assertNull(c.dedupTable());
    assertEquals(Duration.ofMinutes(10), c.dedupWindow());
    assertEquals(Duration.ofHours(6), c.classificationTtl());
    assertFalse(c.discordConfigured());
    assertFalse(c.slackConfigured());
    assertEquals(Config.DEFAULT_DISCORD_API_URL, c.discordApiUrl());
  }

  @Test
  void readsAndRoutesPerCategory() {
    Config c = Config.fromEnv(Map.of("DEDUP_TABLE", "logsift-dedup", "DEDUP_WINDOW_SECONDS", "60",
        "DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/1/abc", "DISCORD_WEBHOOK_URL_SECURITY",
        "https://discord.com/api/webhooks/2/def", "SLACK_API_URL", "http://127.0.0.1:9/api/"));
    assertEquals("logsift-dedup", c.dedupTable());
    assertEquals(Duration.ofSeconds(60), c.dedupWindow());
    assertEquals("https://discord.com/api/webhooks/2/def", c.discordWebhookByCategory().get(Category.SECURITY));
    assertEquals("http://127.0.0.1:9/api", c.slackApiUrl());
  }

  @Test
  void badSettingsFailWithTheVariableNamedAndNoSecretValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of(
        "DEDUP_WINDOW_SECONDS", "ten", "MAX_CLASSIFICATIONS_PER_INVOCATION", "-1",
        "DISCORD_WEBHOOK_URL", "ftp://secret-token-value", "DEDUP_TABLE", "x", "SPIKE_ALPHA", "3",
        "SLACK_BOT_TOKEN", "xoxb-secret-value")));
    String m = e.getMessage();
    for (String name : new String[] {"DEDUP_WINDOW_SECONDS", "MAX_CLASSIFICATIONS_PER_INVOCATION",
        "DISCORD_WEBHOOK_URL", "DEDUP_TABLE", "SPIKE_ALPHA", "SLACK_CHANNEL_ID"}) {
      assertTrue(m.contains(name), name + " missing from: " + m);
    }
    assertFalse(m.contains("secret-token-value") || m.contains("xoxb-secret-value"), m);
  }

  @Test
  void toStringNeverShowsSecrets() {
    Config c = Config.fromEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-123-secret", "SLACK_CHANNEL_ID", "C1",
        "DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/1/very-secret"));
    assertFalse(c.toString().contains("secret"), c.toString());
  }

  @Test
  void variablesListEveryNameTheCodeReads() {
    assertTrue(Config.VARIABLES.contains("DISCORD_WEBHOOK_URL_SECURITY"));
    assertTrue(Config.VARIABLES.contains("SLACK_SIGNING_SECRET_SSM_PARAM"));
    assertTrue(Config.VARIABLES.contains("ALERT_BUDGET_PER_HOUR"));
  }

  @Test
  void invisibleCharactersInTokensAndUnknownRoutesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of(
        "SLACK_BOT_TOKEN", "xoxb-REALSECRET\u200b", "SLACK_CHANNEL_ID", "C1", "DISCORD_WEBHOOK_URL_SECURTY",
        "https://discord.com/api/webhooks/1/x", "LOG_LEVEL", "loud")));
    assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN"), e.getMessage());
    assertTrue(e.getMessage().contains("DISCORD_WEBHOOK_URL_SECURTY"), e.getMessage());
    assertTrue(e.getMessage().contains("LOG_LEVEL"), e.getMessage());
    assertFalse(e.getMessage().contains("REALSECRET"), e.getMessage());
    Config.fromEnv(Map.of("DISCORD_WEBHOOK_URL_SSM_PARAM", "/logsift/x", "LOG_LEVEL", "DEBUG"));
  }
}
