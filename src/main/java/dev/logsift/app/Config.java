package dev.logsift.app;

import dev.logsift.classify.BedrockSettings;
import dev.logsift.core.AwsEnvironment;
import dev.logsift.dedup.DedupSettings;
import dev.logsift.classify.Category;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every setting, read once from the environment at cold start and validated there: a bad value fails
 * the cold start with a message naming the variable. {@link #VARIABLES} is the one list of names that
 * Terraform, SAM and the README are checked against.
 */
public record Config(
    String dedupTable,
    Duration dedupWindow,
    Duration classificationTtl,
    int maxClassificationsPerInvocation,
    String bedrockModelId,
    int bedrockConcurrency,
    String discordWebhookUrl,
    String discordApiUrl,
    String discordBotToken,
    String discordChannelId,
    String slackBotToken,
    String slackChannelId,
    String slackWebhookUrl,
    String slackApiUrl,
    String slackSigningSecret,
    Map<Category, String> discordWebhookByCategory,
    Map<Category, String> slackChannelByCategory,
    String correctionsBucket,
    int correctionsLookbackDays,
    Path promptsDir,
    Path knownFailuresDir,
    Signals signals,
    Duration claimStale,
    Content content,
    AwsEnvironment aws) {

  /**
   * Team-owned content published outside the jar (issue 14) and the owners file (issue 13).
   *
   * @param bucket S3 bucket holding content/VERSION and the published prompts, known failures and owners, or null
   * @param checkEvery how often the version marker is re-read
   * @param ownersFile owners file to read instead of the jar's copy, or null
   */
  public record Content(String bucket, Duration checkEvery, Path ownersFile) {}

  /**
   * Issue-7 signal and budget settings.
   *
   * @param newLookback a fingerprint not seen within this is NEW again
   * @param spikeBucket width of the fixed count buckets
   * @param spikeAlpha EMA weight of the newest bucket
   * @param spikeFactor a bucket above factor x baseline ...
   * @param spikeMinEvents ... and above this floor is a SPIKE
   * @param alertBudgetPerHour cards per destination per hour before cards roll into a digest (0 = no limit)
   * @param bedrockCallsPerHour model calls per hour across all instances (0 = no limit)
   * @param bedrockTokensPerHour model tokens per hour across all instances (0 = no limit)
   */
  public record Signals(
      Duration newLookback,
      Duration spikeBucket,
      double spikeAlpha,
      double spikeFactor,
      long spikeMinEvents,
      int alertBudgetPerHour,
      int bedrockCallsPerHour,
      long bedrockTokensPerHour) {}

  public static final String DEDUP_TABLE = "DEDUP_TABLE";
  public static final String DEDUP_WINDOW_SECONDS = "DEDUP_WINDOW_SECONDS";
  public static final String CLASSIFICATION_TTL_SECONDS = "CLASSIFICATION_TTL_SECONDS";
  public static final String MAX_CLASSIFICATIONS_PER_INVOCATION = "MAX_CLASSIFICATIONS_PER_INVOCATION";
  public static final String BEDROCK_MODEL_ID = "BEDROCK_MODEL_ID";
  public static final String BEDROCK_CONCURRENCY = "BEDROCK_CONCURRENCY";
  public static final String DISCORD_WEBHOOK_URL = "DISCORD_WEBHOOK_URL";
  public static final String DISCORD_API_URL = "DISCORD_API_URL";
  public static final String DISCORD_BOT_TOKEN = "DISCORD_BOT_TOKEN";
  public static final String DISCORD_CHANNEL_ID = "DISCORD_CHANNEL_ID";
  public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
  public static final String SLACK_CHANNEL_ID = "SLACK_CHANNEL_ID";
  public static final String SLACK_WEBHOOK_URL = "SLACK_WEBHOOK_URL";
  public static final String SLACK_API_URL = "SLACK_API_URL";
  public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
  /** Per-category routing: DISCORD_WEBHOOK_URL_SECURITY, SLACK_CHANNEL_ID_SECURITY, ... */
  public static final String DISCORD_WEBHOOK_URL_PREFIX = "DISCORD_WEBHOOK_URL_";
  public static final String SLACK_CHANNEL_ID_PREFIX = "SLACK_CHANNEL_ID_";
  public static final String CORRECTIONS_BUCKET = "CORRECTIONS_BUCKET";
  public static final String CORRECTIONS_LOOKBACK_DAYS = "CORRECTIONS_LOOKBACK_DAYS";
  public static final String PROMPTS_DIR = "PROMPTS_DIR";
  /** A claim unconfirmed this long is taken over: above the function timeout, below Lambda's retry delays. */
  public static final String CLAIM_STALE_SECONDS = "CLAIM_STALE_SECONDS";
  /** Read by the logging backend (error, warn, info, debug); listed here so deploy checks know it. */
  public static final String LOG_LEVEL = "LOG_LEVEL";
  public static final String KNOWN_FAILURES_DIR = "KNOWN_FAILURES_DIR";
  public static final String CONTENT_BUCKET = "CONTENT_BUCKET";
  public static final String CONTENT_CHECK_SECONDS = "CONTENT_CHECK_SECONDS";
  public static final String OWNERS_FILE = "OWNERS_FILE";

  public static final String NEW_LOOKBACK_DAYS = "NEW_LOOKBACK_DAYS";
  public static final String SPIKE_BUCKET_SECONDS = "SPIKE_BUCKET_SECONDS";
  public static final String SPIKE_ALPHA = "SPIKE_ALPHA";
  public static final String SPIKE_FACTOR = "SPIKE_FACTOR";
  public static final String SPIKE_MIN_EVENTS = "SPIKE_MIN_EVENTS";
  public static final String ALERT_BUDGET_PER_HOUR = "ALERT_BUDGET_PER_HOUR";
  public static final String BEDROCK_CALLS_PER_HOUR = "BEDROCK_CALLS_PER_HOUR";
  public static final String BEDROCK_TOKENS_PER_HOUR = "BEDROCK_TOKENS_PER_HOUR";
  /**
   * Secrets can come from SSM Parameter Store: X_SSM_PARAM names a SecureString parameter that is read
   * once at cold start and used as X (for each X in {@link #SECRETS}).
   */
  public static final String SSM_PARAM_SUFFIX = "_SSM_PARAM";
  public static final List<String> SECRETS = List.of("DISCORD_WEBHOOK_URL", "DISCORD_BOT_TOKEN", "SLACK_BOT_TOKEN",
      "SLACK_WEBHOOK_URL", "SLACK_SIGNING_SECRET");

  public static final String DEFAULT_DISCORD_API_URL = "https://discord.com/api/v10";
  public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api";

  /** Every variable the code reads (the per-category ones expanded), excluding the AWS SDK's own. */
  public static final Set<String> VARIABLES = variables();

  private static Set<String> variables() {
    Set<String> s = new TreeSet<>(List.of(DEDUP_TABLE, DEDUP_WINDOW_SECONDS, CLASSIFICATION_TTL_SECONDS,
        MAX_CLASSIFICATIONS_PER_INVOCATION, BEDROCK_MODEL_ID, BEDROCK_CONCURRENCY, DISCORD_WEBHOOK_URL,
        DISCORD_API_URL, DISCORD_BOT_TOKEN, DISCORD_CHANNEL_ID, SLACK_BOT_TOKEN, SLACK_CHANNEL_ID, SLACK_WEBHOOK_URL,
        SLACK_API_URL, SLACK_SIGNING_SECRET, CORRECTIONS_BUCKET, CORRECTIONS_LOOKBACK_DAYS, PROMPTS_DIR,
        KNOWN_FAILURES_DIR, LOG_LEVEL, CLAIM_STALE_SECONDS, NEW_LOOKBACK_DAYS, SPIKE_BUCKET_SECONDS, SPIKE_ALPHA, SPIKE_FACTOR, SPIKE_MIN_EVENTS,
        ALERT_BUDGET_PER_HOUR, BEDROCK_CALLS_PER_HOUR, BEDROCK_TOKENS_PER_HOUR));
    s.addAll(List.of(CONTENT_BUCKET, CONTENT_CHECK_SECONDS, OWNERS_FILE));
    for (String secret : SECRETS) {
      s.add(secret + SSM_PARAM_SUFFIX);
    }
    for (Category c : Category.values()) {
      s.add(DISCORD_WEBHOOK_URL_PREFIX + c.name());
      s.add(SLACK_CHANNEL_ID_PREFIX + c.name());
    }
    return Set.copyOf(s);
  }

  /** Embedded defaults: nothing set. */
  public static Config defaults() {
    return fromEnv(Map.of());
  }

  public static Config fromEnv(Map<String, String> env) {
    Reader r = new Reader(env);
    Map<Category, String> discordRoutes = new EnumMap<>(Category.class);
    Map<Category, String> slackRoutes = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      String d = r.url(DISCORD_WEBHOOK_URL_PREFIX + c.name());
      if (d != null) {
        discordRoutes.put(c, d);
      }
      String s = r.str(SLACK_CHANNEL_ID_PREFIX + c.name());
      if (s != null) {
        slackRoutes.put(c, s);
      }
    }
    Config cfg = new Config(
        r.tableName(DEDUP_TABLE),
        Duration.ofSeconds(r.integer(DEDUP_WINDOW_SECONDS, 600, 1, 30 * 86400)),
        Duration.ofSeconds(r.integer(CLASSIFICATION_TTL_SECONDS, 21600, 0, 365 * 86400)),
        r.integer(MAX_CLASSIFICATIONS_PER_INVOCATION, 50, 0, 10_000),
        r.str(BEDROCK_MODEL_ID),
        r.integer(BEDROCK_CONCURRENCY, 4, 1, 64),
        r.url(DISCORD_WEBHOOK_URL),
        r.urlOr(DISCORD_API_URL, DEFAULT_DISCORD_API_URL),
        r.str(DISCORD_BOT_TOKEN),
        r.str(DISCORD_CHANNEL_ID),
        r.str(SLACK_BOT_TOKEN),
        r.str(SLACK_CHANNEL_ID),
        r.url(SLACK_WEBHOOK_URL),
        r.urlOr(SLACK_API_URL, DEFAULT_SLACK_API_URL),
        r.str(SLACK_SIGNING_SECRET),
        Map.copyOf(discordRoutes),
        Map.copyOf(slackRoutes),
        r.str(CORRECTIONS_BUCKET),
        r.integer(CORRECTIONS_LOOKBACK_DAYS, 7, 1, 90),
        r.dir(PROMPTS_DIR),
        r.dir(KNOWN_FAILURES_DIR),
        new Signals(
            Duration.ofDays(r.integer(NEW_LOOKBACK_DAYS, 7, 1, 365)),
            Duration.ofSeconds(r.integer(SPIKE_BUCKET_SECONDS, 300, 60, 86400)),
            r.decimal(SPIKE_ALPHA, 0.2, 0.01, 1.0),
            r.decimal(SPIKE_FACTOR, 5.0, 1.0, 1000.0),
            r.integer(SPIKE_MIN_EVENTS, 20, 1, 10_000_000),
            r.integer(ALERT_BUDGET_PER_HOUR, 30, 0, 100_000),
            r.integer(BEDROCK_CALLS_PER_HOUR, 500, 0, 10_000_000),
            r.integer(BEDROCK_TOKENS_PER_HOUR, 2_000_000, 0, 2_000_000_000)),
        Duration.ofSeconds(r.integer(CLAIM_STALE_SECONDS, 75, 10, 3600)),
        new Content(r.str(CONTENT_BUCKET), Duration.ofSeconds(r.integer(CONTENT_CHECK_SECONDS, 300, 10, 86400)),
            r.file(OWNERS_FILE)),
        AwsEnvironment.of(env));
    for (String name : List.of(DISCORD_BOT_TOKEN, SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, DISCORD_CHANNEL_ID,
        SLACK_CHANNEL_ID)) {
      String v = r.str(name);
      // A stray zero-width space or newline from a copy-paste would end up in an HTTP header, and the JDK's
      // error for it prints the header value: refuse it here, naming only the variable.
      if (v != null && !v.matches("[\\x21-\\x7E]+")) {
        r.errors.add(name + " must be printable ASCII without spaces (check for a pasted invisible character)");
      }
    }
    for (String name : env.keySet()) {
      boolean routed = name.startsWith(DISCORD_WEBHOOK_URL_PREFIX) && !name.endsWith(SSM_PARAM_SUFFIX)
          || name.startsWith(SLACK_CHANNEL_ID_PREFIX);
      if (routed && !VARIABLES.contains(name)) {
        r.errors.add(name + " names no category (use one of TRANSIENT, DEPENDENCY, APPLICATION, SECURITY, UNKNOWN)");
      }
    }
    String level = r.str(LOG_LEVEL);
    if (level != null && !level.toLowerCase(Locale.ROOT).matches("error|warn|info|debug|trace")) {
      r.errors.add(LOG_LEVEL + " must be one of error, warn, info, debug, trace");
    }
    if (cfg.slackBotToken != null && cfg.slackChannelId == null) {
      r.errors.add(SLACK_CHANNEL_ID + " is required when " + SLACK_BOT_TOKEN + " is set");
    }
    if (!slackRoutes.isEmpty() && cfg.slackBotToken == null) {
      r.errors.add(SLACK_CHANNEL_ID_PREFIX + "<CATEGORY> needs " + SLACK_BOT_TOKEN);
    }
    if (!r.errors.isEmpty()) {
      throw new IllegalArgumentException("invalid configuration: " + String.join("; ", r.errors));
    }
    return cfg;
  }

  /** The model classifier's part of the configuration. */
  public BedrockSettings bedrock() {
    return new BedrockSettings(bedrockModelId, aws, Environment.jvmSettings("aws.endpointUrlBedrockRuntime", "aws.endpointUrl"));
  }

  /** The dedup store's part of the configuration. */
  public DedupSettings dedup() {
    return new DedupSettings(dedupTable, dedupWindow, classificationTtl, signals.newLookback(),
        Duration.ofDays(correctionsLookbackDays));
  }

  public boolean slackConfigured() {
    return slackBotToken != null || slackWebhookUrl != null;
  }

  public boolean discordConfigured() {
    return discordWebhookUrl != null || !discordWebhookByCategory.isEmpty();
  }

  /** Secrets are never printed; this is what `toString` would otherwise leak into logs. */
  @Override
  public String toString() {
    return "Config[dedupTable=" + dedupTable + ", dedupWindow=" + dedupWindow + ", classificationTtl="
        + classificationTtl + ", maxClassificationsPerInvocation=" + maxClassificationsPerInvocation
        + ", bedrockModelId=" + bedrockModelId + ", discord=" + discordConfigured() + ", slack=" + slackConfigured()
        + ", correctionsBucket=" + correctionsBucket + "]";
  }

  private static final class Reader {
    final Map<String, String> env;
    final List<String> errors = new ArrayList<>();

    Reader(Map<String, String> env) {
      this.env = env;
    }

    String str(String name) {
      String v = env.get(name);
      return v == null || v.isBlank() ? null : v.strip();
    }

    int integer(String name, int def, int min, int max) {
      String v = str(name);
      if (v == null) {
        return def;
      }
      try {
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
          errors.add(name + " must be between " + min + " and " + max);
          return def;
        }
        return n;
      } catch (NumberFormatException e) {
        errors.add(name + " must be a whole number");
        return def;
      }
    }

    double decimal(String name, double def, double min, double max) {
      String v = str(name);
      if (v == null) {
        return def;
      }
      try {
        double d = Double.parseDouble(v);
        if (!(d >= min && d <= max)) {
          errors.add(name + " must be between " + min + " and " + max);
          return def;
        }
        return d;
      } catch (NumberFormatException e) {
        errors.add(name + " must be a number");
        return def;
      }
    }

    String url(String name) {
      String v = str(name);
      if (v == null) {
        return null;
      }
      try {
        URI u = URI.create(v);
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null) {
          errors.add(name + " must be an http(s) URL");
          return null;
        }
        return v;
      } catch (IllegalArgumentException e) {
        errors.add(name + " is not a valid URL");
        return null;
      }
    }

    String urlOr(String name, String def) {
      String v = url(name);
      return v == null ? def : v.replaceAll("/+$", "");
    }

    String tableName(String name) {
      String v = str(name);
      if (v != null && !v.matches("[A-Za-z0-9_.-]{3,255}")) {
        errors.add(name + " must be a DynamoDB table name (3-255 of A-Z a-z 0-9 _ . -)");
        return null;
      }
      return v;
    }

    Path file(String name) {
      String v = str(name);
      if (v != null && !Files.isRegularFile(Path.of(v))) {
        errors.add(name + " must name an existing file");
        return null;
      }
      return v == null ? null : Path.of(v);
    }

    Path dir(String name) {
      String v = str(name);
      if (v == null) {
        return null;
      }
      Path p = Path.of(v);
      if (!Files.isDirectory(p)) {
        errors.add(name + " must name an existing directory");
        return null;
      }
      return p;
    }
  }
}
