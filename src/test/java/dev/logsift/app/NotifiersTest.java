package dev.logsift.app;

import dev.logsift.notify.Delivery;
import dev.logsift.notify.Notifier;
import dev.logsift.notify.RoutingNotifier;

import dev.logsift.chat.discord.DiscordNotifier;
import dev.logsift.chat.slack.SlackNotifier;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.logsift.classify.Category;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifiersTest {
  static final Notifier CONSOLE = c -> Delivery.console();
  static final String DISCORD = "https://discord.com/api/webhooks/1/t";
  static final String SLACK_HOOK = "https://hooks.slack.com/services/T/B/x";

  static Notifier build(Map<String, String> env) {
    return Notifiers.fromConfig(Config.fromEnv(env), CONSOLE, Clock.systemUTC());
  }

  @Test
  void nothingConfiguredIsTheConsole() {
    assertSame(CONSOLE, build(Map.of()));
  }

  @Test
  void onlyDiscordBuildsOnlyDiscord() {
    assertInstanceOf(DiscordNotifier.class, build(Map.of("DISCORD_WEBHOOK_URL", DISCORD)));
  }

  @Test
  void slackBotBeatsSlackWebhookBeatsDiscord() {
    assertInstanceOf(SlackNotifier.class, build(Map.of("DISCORD_WEBHOOK_URL", DISCORD, "SLACK_WEBHOOK_URL", SLACK_HOOK)));
    assertInstanceOf(SlackNotifier.class, build(Map.of("DISCORD_WEBHOOK_URL", DISCORD, "SLACK_WEBHOOK_URL", SLACK_HOOK,
        "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_CHANNEL_ID", "C1")));
  }

  @Test
  void categoryRoutesWrapTheDefault() {
    Notifier n = build(Map.of("DISCORD_WEBHOOK_URL_SECURITY", DISCORD));
    RoutingNotifier r = assertInstanceOf(RoutingNotifier.class, n);
    assertInstanceOf(DiscordNotifier.class, r.route(Category.SECURITY));
    assertSame(CONSOLE, r.route(Category.APPLICATION));
  }

  @Test
  void aSlackCategoryRouteBeatsADiscordOneForTheSameCategory() {
    RoutingNotifier r = assertInstanceOf(RoutingNotifier.class, build(Map.of("DISCORD_WEBHOOK_URL_SECURITY", DISCORD,
        "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_CHANNEL_ID", "C1", "SLACK_CHANNEL_ID_SECURITY", "C2")));
    assertInstanceOf(SlackNotifier.class, r.route(Category.SECURITY));
    assertInstanceOf(SlackNotifier.class, r.route(Category.UNKNOWN));
  }
}
