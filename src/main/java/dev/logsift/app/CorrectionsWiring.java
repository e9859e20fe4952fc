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
import dev.logsift.chat.slack.SlackApi;
import dev.logsift.corrections.SlackEvents;
import dev.logsift.chat.slack.SlackSignature;
import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.dedup.DedupStore;
import dev.logsift.http.HttpTransport;
import dev.logsift.core.RetryPolicy;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything the corrections Lambda needs, built once per cold start from one Config. A path whose settings
 * are missing is null, and its handler refuses to start naming the variables.
 *
 * @param discordPoll null unless DISCORD_BOT_TOKEN is set
 * @param slackEvents null unless SLACK_SIGNING_SECRET is set
 * @param deadline the current invocation's; the handlers start it, the chat and S3 retries stop at it
 */
public record CorrectionsWiring(
    Config config,
    Clock clock,
    DedupStore dedup,
    Corrections corrections,
    CorrectionRecorder recorder,
    DiscordPoll discordPoll,
    SlackEvents slackEvents,
    WeeklySummary weekly,
    Deadline deadline) {

  /** Production: S3 bucket from CORRECTIONS_BUCKET, the dedup store the classifier Lambda uses. */
  public static CorrectionsWiring build(Config config, Clock clock) {
    if (config.correctionsBucket() == null) {
      throw new IllegalArgumentException(Config.CORRECTIONS_BUCKET + " is required for the corrections Lambda");
    }
    Deadline deadline = new Deadline(clock);
    return build(config, clock, Wiring.newDedupStore(config, clock),
        S3CorrectionStore.create(config.correctionsBucket(), config.aws(), deadline::remainingMillis), DiscordApi.defaultClient(),
        Sleeper.system(), deadline);
  }

  /** Tests and the CLI: every outside dependency given. */
  public static CorrectionsWiring build(Config config, Clock clock, DedupStore dedup, CorrectionStore store,
      HttpClient http, Sleeper sleeper) {
    return build(config, clock, dedup, store, http, sleeper, new Deadline(clock));
  }

  private static CorrectionsWiring build(Config config, Clock clock, DedupStore dedup, CorrectionStore store,
      HttpClient http, Sleeper sleeper, Deadline deadline) {
    Corrections corrections = new Corrections(store);
    CorrectionRecorder recorder = new CorrectionRecorder(corrections, dedup, Wiring.newRedactor(),
        new ServiceExamples(store, Wiring.newFingerprinter(), clock, Duration.ZERO));
    Duration lookback = Duration.ofDays(config.correctionsLookbackDays());
    DiscordApi discord = config.discordBotToken() == null ? null
        : new DiscordApi(chat(http, clock, sleeper, deadline, DiscordApi.POLICY), config.discordApiUrl(),
            config.discordBotToken());
    SlackApi slackApi = config.slackBotToken() == null ? null
        : new SlackApi(chat(http, clock, sleeper, deadline, SlackApi.POLICY), config.slackApiUrl(),
            config.slackBotToken());
    DiscordPoll poll = discord == null ? null
        : new DiscordPoll(dedup, discord, corrections, recorder, clock, lookback, config.discordChannelId());
    SlackEvents slack = config.slackSigningSecret() == null ? null
        : new SlackEvents(new SlackSignature(config.slackSigningSecret(), clock), dedup, corrections, recorder,
            slackApi, clock, lookback);
    return new CorrectionsWiring(config, clock, dedup, corrections, recorder, poll, slack,
        weekly(config, clock, corrections, store, discord, slackApi), deadline);
  }

  private static HttpTransport chat(HttpClient http, Clock clock, Sleeper sleeper, Deadline deadline,
      RetryPolicy policy) {
    // SecureRandom: instances restored from one snapshot must not share jitter.
    return new HttpTransport(http, clock, sleeper, new SecureRandom(), deadline::remainingMillis, policy);
  }

  /** The weekly proposal job; its one message goes to the Discord channel with the bot, else to the Slack one. */
  static WeeklySummary weekly(Config config, Clock clock, Corrections corrections, CorrectionStore store,
      DiscordApi discord, SlackApi slackApi) {
    ChannelMessage channel = null;
    if (discord != null && config.discordChannelId() != null) {
      String id = config.discordChannelId();
      if (!id.matches("\\d{1,25}")) {
        // Refuse at cold start, not at the first weekly run.
        throw new IllegalArgumentException("DISCORD_CHANNEL_ID must be a channel id to post the weekly summary");
      }
      channel = text -> discord.postMessage(id, text);
    } else if (slackApi != null && config.slackChannelId() != null) {
      String id = config.slackChannelId();
      channel = text -> slackApi.postMessage(id, text);
    }
    String location = store instanceof S3CorrectionStore s3 ? "s3://" + s3.bucket() + "/" : "";
    CorrectionSummary summary = new CorrectionSummary(new KnownFailureCatalog(config.knownFailuresDir()),
        Wiring.newFingerprinter());
    return new WeeklySummary(corrections, store, summary, channel, location, clock);
  }
}
