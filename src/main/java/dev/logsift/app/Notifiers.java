package dev.logsift.app;

import dev.logsift.chat.discord.DiscordNotifier;
import dev.logsift.chat.slack.SlackNotifier;
import dev.logsift.http.HttpTransport;
import dev.logsift.http.UrlConnectionHttp;
import dev.logsift.core.Retrier;
import dev.logsift.core.RetryPolicy;

import dev.logsift.core.Sleeper;

import dev.logsift.classify.Category;
import dev.logsift.notify.Notifier;
import dev.logsift.notify.OwnerNotifier;
import dev.logsift.notify.Owners;
import dev.logsift.notify.RoutingNotifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Builds the notifier from Config, creating only what is configured (no HTTP client when nothing is). Wiring
 * only: it lives beside Config so that no chat adapter needs to know the configuration.
 *
 * <p>Every card goes to exactly one destination, never two: the dedup store remembers one Delivery per
 * card, and a half-failed double post would be posted again on retry. The destination is chosen per
 * category: a category route beats a default, and at the same level Slack beats Discord, so:
 * SLACK_CHANNEL_ID_&lt;CATEGORY&gt; (bot) &gt; DISCORD_WEBHOOK_URL_&lt;CATEGORY&gt; &gt; Slack bot (SLACK_CHANNEL_ID)
 * &gt; SLACK_WEBHOOK_URL &gt; DISCORD_WEBHOOK_URL &gt; console.
 */
public final class Notifiers {
  /** Per-post budget when the caller cannot say how much of the invocation is left (CLI, tests). */
  public static final long DEFAULT_BUDGET_MILLIS = Retrier.DEFAULT_BUDGET_MILLIS;

  private Notifiers() {}

  /** Without owners and without an invocation deadline (CLI, tests). */
  public static Notifier fromConfig(Config config, Notifier console, Clock clock) {
    if (!config.slackConfigured() && !config.discordConfigured()) {
      return console;
    }
    return fromConfig(config, console, transport(clock, () -> DEFAULT_BUDGET_MILLIS, null));
  }

  /**
   * The same choice behind the owners file: every card names its owning team, and a team with its own Slack
   * channel gets its cards there. Always wrapped, since a published owners file may add teams later.
   *
   * @param remainingMillis time left in the current invocation, e.g. from the Lambda Context
   * @param httpOverride a client to use instead of a new one (SnapStart priming), or null
   */
  public static Notifier fromConfig(Config config, Notifier console, Clock clock, LongSupplier remainingMillis,
      HttpClient httpOverride, Owners owners) {
    if (!config.slackConfigured() && !config.discordConfigured()) {
      return new OwnerNotifier(owners, console, null);
    }
    HttpTransport t = transport(clock, remainingMillis, httpOverride);
    return new OwnerNotifier(owners, fromConfig(config, console, t), config.slackBotToken() == null ? null
        : channel -> SlackNotifier.bot(URI.create(config.slackApiUrl()), config.slackBotToken(), channel, t));
  }

  /** The one HTTP client of Discord and Slack. */
  static HttpClient newChatHttp() {
    return new UrlConnectionHttp(Duration.ofSeconds(3));
  }

  private static HttpTransport transport(Clock clock, LongSupplier remainingMillis, HttpClient httpOverride) {
    HttpClient http = httpOverride != null ? httpOverride : newChatHttp();
    // SecureRandom, not a seeded PRNG: instances restored from one SnapStart snapshot must not share jitter.
    return new HttpTransport(http, clock, Sleeper.system(), new SecureRandom(), remainingMillis,
        RetryPolicy.defaults());
  }

  /** Same choice, with every part of the transport injected (tests point it at local servers). */
  public static Notifier fromConfig(Config config, Notifier console, HttpTransport t) {
    Notifier fallback = console;
    if (config.slackBotToken() != null) {
      fallback = SlackNotifier.bot(URI.create(config.slackApiUrl()), config.slackBotToken(), config.slackChannelId(), t);
    } else if (config.slackWebhookUrl() != null) {
      fallback = SlackNotifier.webhook(URI.create(config.slackWebhookUrl()), t);
    } else if (config.discordWebhookUrl() != null) {
      fallback = new DiscordNotifier(URI.create(config.discordWebhookUrl()), t);
    }
    Map<Category, Notifier> routes = new EnumMap<>(Category.class);
    config.discordWebhookByCategory().forEach((c, url) -> routes.put(c, new DiscordNotifier(URI.create(url), t)));
    config.slackChannelByCategory().forEach((c, channel) -> routes.put(c,
        SlackNotifier.bot(URI.create(config.slackApiUrl()), config.slackBotToken(), channel, t)));
    return routes.isEmpty() ? fallback : new RoutingNotifier(routes, fallback);
  }
}
