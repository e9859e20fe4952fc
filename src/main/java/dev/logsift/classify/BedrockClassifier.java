package dev.logsift.classify;

import dev.logsift.core.Sleeper;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.UnusableModelOutputException;
import dev.logsift.http.TimedCall;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Classifies with Claude Haiku on Bedrock through InvokeModel, forcing one tool call `classify`.
 *
 * <p>InvokeModel rather than Converse: we write the Anthropic messages body ourselves, so the forced tool_choice,
 * the input_schema with additionalProperties false and enums, and temperature 0 are exactly what goes on the wire
 * and what the tests assert; and one request with a byte body needs no SDK model classes at all, so it goes out hand-signed
 * ({@link InvokeModelHttp}) without the SDK's service client. The price is an Anthropic-specific body: another model family needs another adapter.
 *
 * <p>The transport makes one attempt: our loop is the only one, so it can stop when the Lambda's time runs out.
 */
public final class BedrockClassifier implements Classifier {
  private static final Logger LOG = LoggerFactory.getLogger(BedrockClassifier.class);

  // List prices for Haiku 4.5 on the global cross-region profile; regional/geo profiles cost about 10% more,
  // so the estimate is a floor there. Only used for the cost estimate on cards and in the metric line.
  static final double USD_PER_INPUT_TOKEN = 1.00 / 1_000_000;
  static final double USD_PER_OUTPUT_TOKEN = 5.00 / 1_000_000;

  /**
   * @param attemptTimeout one HTTP attempt at most this long
   * @param maxCallTime one classification (all attempts and backoff) at most this long
   * @param reserve Lambda time kept back for posting the card after classifying
   * @param minAttempt an attempt with less time than this left is not started
   * @param maxAttempts attempts per classification
   * @param baseBackoff first backoff for 5xx and timeouts; doubles per attempt
   * @param throttleBackoff first backoff after ThrottlingException
   * @param maxBackoff cap of one backoff
   * @param maxTokens max_tokens of the answer (a tool call of about 200 tokens)
   */
  public record Limits(Duration attemptTimeout, Duration maxCallTime, Duration reserve, Duration minAttempt,
      int maxAttempts, Duration baseBackoff, Duration throttleBackoff, Duration maxBackoff, int maxTokens) {

    public static Limits defaults() {
      return new Limits(Duration.ofSeconds(8), Duration.ofSeconds(25), Duration.ofSeconds(5), Duration.ofSeconds(1),
          4, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(4), 512);
    }
  }

  private final Supplier<InvokeModelHttp> client;
  private final String modelId;
  private final KnownFailureCatalog known;
  private final PromptTemplate prompt;
  private final Clock clock;
  private final LongSupplier remainingMillis;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Limits limits;
  private volatile CorrectionExamples examples = CorrectionExamples.NONE;

  /**
   * @param client the InvokeModel transport
   * @param remainingMillis the Lambda's remaining time (Context.getRemainingTimeInMillis), or Long.MAX_VALUE
   * @param random jitter of the backoff
   */
  public BedrockClassifier(InvokeModelHttp client, String modelId, KnownFailureCatalog known,
      PromptTemplate prompt, Clock clock, LongSupplier remainingMillis, Sleeper sleeper, RandomGenerator random,
      Limits limits) {
    this(built(Objects.requireNonNull(client)), modelId, known, prompt, clock, remainingMillis, sleeper, random,
        limits);
  }

  private BedrockClassifier(Supplier<InvokeModelHttp> client, String modelId, KnownFailureCatalog known,
      PromptTemplate prompt, Clock clock, LongSupplier remainingMillis, Sleeper sleeper, RandomGenerator random,
      Limits limits) {
    this.client = client;
    this.modelId = Objects.requireNonNull(modelId, "bedrock model id");
    this.known = known;
    this.prompt = Objects.requireNonNull(prompt);
    this.clock = clock;
    this.remainingMillis = remainingMillis;
    this.sleeper = sleeper;
    this.random = random;
    this.limits = limits;
  }

  /** Shows the service's latest human corrections to the model as examples ({{correction_examples}}). */
  public BedrockClassifier useExamples(CorrectionExamples examples) {
    this.examples = examples == null ? CorrectionExamples.NONE : examples;
    return this;
  }

  public static BedrockClassifier create(BedrockSettings settings, KnownFailureCatalog known, PromptTemplate prompt,
      Clock clock) {
    return create(settings, known, prompt, clock, () -> Long.MAX_VALUE, null, null);
  }

  /** @param http and credentials: replacements (SnapStart priming uses a canned transport), or null */
  public static BedrockClassifier create(BedrockSettings settings, KnownFailureCatalog known, PromptTemplate prompt,
      Clock clock, LongSupplier remainingMillis, software.amazon.awssdk.http.SdkHttpClient http,
      software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials) {
    return create(settings, known, prompt, clock, remainingMillis, http, credentials, null);
  }

  /**
   * @param startOn where to start building the InvokeModel transport (credentials chain, HTTP client) now, so it is ready by the first model
   *     call of a cold start; null builds it at the first model call (a batch of repeats never needs it)
   */
  public static BedrockClassifier create(BedrockSettings settings, KnownFailureCatalog known, PromptTemplate prompt,
      Clock clock, LongSupplier remainingMillis, software.amazon.awssdk.http.SdkHttpClient http,
      software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials, Executor startOn) {
    if (settings.modelId() == null) {
      throw new IllegalArgumentException("BEDROCK_MODEL_ID is required for the Bedrock classifier");
    }
    Limits limits = Limits.defaults();
    Supplier<InvokeModelHttp> build = () -> BedrockClients.newClient(settings, limits, http, credentials);
    return new BedrockClassifier(startOn == null ? once(build) : started(build, startOn), settings.modelId(), known,
        prompt, clock, remainingMillis, d -> Thread.sleep(d), new SplittableRandom(), limits);
  }

  private static Supplier<InvokeModelHttp> built(InvokeModelHttp client) {
    return () -> client;
  }

  private static Supplier<InvokeModelHttp> once(Supplier<InvokeModelHttp> build) {
    return new Supplier<>() {
      private InvokeModelHttp built;

      @Override
      public synchronized InvokeModelHttp get() {
        if (built == null) {
          built = build.get();
        }
        return built;
      }
    };
  }

  private static Supplier<InvokeModelHttp> started(Supplier<InvokeModelHttp> build, Executor on) {
    CompletableFuture<InvokeModelHttp> f = CompletableFuture.supplyAsync(build, on);
    return () -> {
      try {
        return f.join();
      } catch (CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    };
  }

  @Override
  public Classification classify(ClassifyRequest request) {
    long started = clock.millis();
    List<KnownFailure> kfs = known == null ? List.of() : known.forService(request.service());
    Set<String> ids = new LinkedHashSet<>();
    kfs.forEach(k -> ids.add(k.id()));
    String body = AnthropicBody.build(prompt.render(PromptInputs.values(request, kfs,
        examples.latest(request.service()))), ids, limits.maxTokens());
    ModelUsage usage = ModelUsage.NONE;
    int[] attempts = {0};
    String outcome = "unavailable";
    try {
      JsonNode root = ModelAnswer.read(invoke(body.getBytes(StandardCharsets.UTF_8), started, attempts));
      usage = ModelAnswer.usage(root, USD_PER_INPUT_TOKEN, USD_PER_OUTPUT_TOKEN);
      outcome = "unusable";
      Classification c = ModelAnswer.classification(root, ids, usage);
      outcome = "ok";
      return c;
    } catch (UnusableModelOutputException e) {
      outcome = "unusable";
      throw e;
    } finally {
      LOG.info("model_call input_tokens={} output_tokens={} cost_usd={} latency_ms={} attempts={} outcome={}",
          usage.inputTokens(), usage.outputTokens(), String.format(Locale.ROOT, "%.6f", usage.estimatedCostUsd()),
          clock.millis() - started, attempts[0], outcome);
    }
  }

  private String invoke(byte[] body, long started, int[] attempts) {
    long callDeadline = started + limits.maxCallTime().toMillis();
    String last = "no attempt";
    for (int attempt = 1; ; attempt++) {
      long budget = budgetMillis(callDeadline);
      if (budget < limits.minAttempt().toMillis()) {
        throw unavailable("time budget exhausted after " + (attempt - 1) + " attempt(s); last: " + last);
      }
      Duration timeout = Duration.ofMillis(Math.min(limits.attemptTimeout().toMillis(), budget));
      attempts[0] = attempt;
      boolean throttled = false;
      try {
        InvokeModelHttp.Response r = client.get().invoke(modelId, body, timeout);
        if (r.ok()) {
          return r.body();
        }
        int status = r.status();
        String code = r.errorCode();
        last = (code.isBlank() ? "error" : code) + " (HTTP " + status + ")";
        // Bedrock answers ThrottlingException with 429; the code alone also counts, as the SDK's did.
        throttled = status == 429 || code.equals("ThrottlingException");
        if (!(throttled || status == 408 || status == 424 || status >= 500)) {
          // Access, validation, unknown model: retrying cannot help; operators must fix config or IAM.
          throw unavailable(last + ", not retried");
        }
      } catch (TimedCall.TimedOut e) {
        last = "attempt timed out after " + timeout.toMillis() + " ms";
      } catch (IOException | UncheckedIOException e) {
        last = "I/O error " + e.getClass().getSimpleName();
      } catch (SdkClientException e) {
        // Credentials that cannot be resolved, or an HTTP client failure the SDK wrapped.
        if (!retryable(e)) {
          throw unavailable("client error " + e.getClass().getSimpleName() + ", not retried");
        }
        last = "I/O error " + e.getClass().getSimpleName();
      }
      if (attempt >= limits.maxAttempts()) {
        throw unavailable("gave up after " + attempt + " attempts; last: " + last);
      }
      long delay = backoffMillis(attempt, throttled);
      if (budgetMillis(callDeadline) - delay < limits.minAttempt().toMillis()) {
        throw unavailable("time budget exhausted after " + attempt + " attempt(s); last: " + last);
      }
      try {
        sleeper.sleep(Duration.ofMillis(delay));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw unavailable("interrupted while backing off; last: " + last);
      }
    }
  }

  private long budgetMillis(long callDeadline) {
    long lambda = remainingMillis.getAsLong();
    long lambdaLeft = lambda == Long.MAX_VALUE ? Long.MAX_VALUE : lambda - limits.reserve().toMillis();
    return Math.min(callDeadline - clock.millis(), lambdaLeft);
  }

  /** Exponential with equal jitter: never zero, so a throttled burst spreads out instead of retrying in lockstep. */
  long backoffMillis(int attempt, boolean throttled) {
    long base = (throttled ? limits.throttleBackoff() : limits.baseBackoff()).toMillis();
    long cap = Math.min(limits.maxBackoff().toMillis(), base << Math.min(attempt - 1, 20));
    long half = Math.max(1, cap / 2);
    return half + random.nextLong(half + 1);
  }

  private static boolean retryable(SdkClientException e) {
    if (e.retryable()) {
      return true;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return true;
      }
    }
    return false;
  }

  private static DownstreamUnavailableException unavailable(String message) {
    return new DownstreamUnavailableException("bedrock", message, null);
  }
}
