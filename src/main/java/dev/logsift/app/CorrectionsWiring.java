package dev.logsift.app;

import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.corrections.ChannelMessage;
import dev.logsift.corrections.CorrectionSummary;
import dev.logsift.corrections.ServiceExamples;
import dev.logsift.corrections.WeeklySummary;

import dev.logsift.core.Sleeper;

import dev.logsift.corrections.CorrectionRecorder;
import dev.logsift.corrections.CorrectionStore;
import dev.logsift.corrections.Corrections;
import dev.logsift.chat.discord.DiscordApi;
import dev.logsift.corrections.DiscordPoll;
import dev.logsift.corrections.S3CorrectionStore;
import dev.logsift.chat.slack.SlackApi;
import dev.logsift.corrections.SlackEvents;
import dev.logsift.chat.slack.SlackSignature;
import dev.logsift.dedup.DedupStore;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the corrections Lambda needs, built once per cold start from one Config. A path whose settings
 * are missing is null, and its handler refuses to start naming the variables.
 *
 * @param discordPoll null unless DISCORD_BOT_TOKEN is set
 * @param slackEvents null unless SLACK_SIGNING_SECRET is set
 */
public record CorrectionsWiring(
    Config config,
    Clock clock,
    DedupStore dedup,
    Corrections corrections,
    CorrectionRecorder recorder,
    DiscordPoll discordPoll,
    SlackEvents slackEvents,
    WeeklySummary weekly) {

  /** Production: S3 bucket from CORRECTIONS_BUCKET, the dedup store the classifier Lambda uses. */
  public static CorrectionsWiring build(Config config, Clock clock) {
    if (config.correctionsBucket() == null) {
      throw new IllegalArgumentException(Config.CORRECTIONS_BUCKET + " is required for the corrections Lambda");
    }
    return build(config, clock, Wiring.newDedupStore(config, clock), S3CorrectionStore.create(config.correctionsBucket()),
        DiscordApi.defaultClient(), Sleeper.system());
  }

  /** Tests and the CLI: every outside dependency given. */
  public static CorrectionsWiring build(Config config, Clock clock, DedupStore dedup, CorrectionStore store,
      HttpClient http, Sleeper sleeper) {
    Corrections corrections = new Corrections(store);
    CorrectionRecorder recorder = new CorrectionRecorder(corrections, dedup, Wiring.newRedactor(),
        new ServiceExamples(store, Wiring.newFingerprinter(), clock, Duration.ZERO));
    Duration lookback = Duration.ofDays(config.correctionsLookbackDays());
    DiscordPoll poll = config.discordBotToken() == null ? null
        : new DiscordPoll(dedup, new DiscordApi(http, config.discordApiUrl(), config.discordBotToken(), sleeper),
            corrections, recorder, clock, lookback, config.discordChannelId());
    SlackEvents slack = config.slackSigningSecret() == null ? null
        : new SlackEvents(new SlackSignature(config.slackSigningSecret(), clock), dedup, corrections, recorder,
            config.slackBotToken() == null ? null
                : new SlackApi(http, config.slackApiUrl(), config.slackBotToken(), sleeper),
            clock, lookback);
    return new CorrectionsWiring(config, clock, dedup, corrections, recorder, poll, slack,
        weekly(config, clock, corrections, store, http, sleeper));
  }

  /** The weekly proposal job; its one message goes to the Discord channel with the bot, else to the Slack one. */
  static WeeklySummary weekly(Config config, Clock clock, Corrections corrections, CorrectionStore store,
      HttpClient http, Sleeper sleeper) {
    ChannelMessage channel = null;
    if (config.discordBotToken() != null && config.discordChannelId() != null) {
      String id = config.discordChannelId();
      if (!id.matches("\\d{1,25}")) {
        // Refuse at cold start, not at the first weekly run.
        throw new IllegalArgumentException("DISCORD_CHANNEL_ID must be a channel id to post the weekly summary");
      }
      DiscordApi discord = new DiscordApi(http, config.discordApiUrl(), config.discordBotToken(), sleeper);
      channel = text -> discord.postMessage(id, text);
    } else if (config.slackBotToken() != null && config.slackChannelId() != null) {
      SlackApi slack = new SlackApi(http, config.slackApiUrl(), config.slackBotToken(), sleeper);
      String id = config.slackChannelId();
      channel = text -> slack.postMessage(id, text);
    }
    String location = store instanceof S3CorrectionStore s3 ? "s3://" + s3.bucket() + "/" : "";
    CorrectionSummary summary = new CorrectionSummary(new KnownFailureCatalog(config.knownFailuresDir()),
        Wiring.newFingerprinter());
    return new WeeklySummary(corrections, store, summary, channel, location, clock);
  }
}
