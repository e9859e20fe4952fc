package dev.logsift.app;

import dev.logsift.core.AwsClients;
import dev.logsift.core.AwsEnvironment;
import dev.logsift.core.Sleeper;

import dev.logsift.classify.BedrockClassifier;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.ModelOutputGuard;
import dev.logsift.classify.PromptTemplate;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.content.PublishedContent;
import dev.logsift.corrections.ServiceExamples;
import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.notify.Owners;
import dev.logsift.dedup.DedupStore;
import dev.logsift.dedup.DynamoDedupStore;
import dev.logsift.core.Retrier;
import dev.logsift.dynamo.DynamoJsonClient;
import dev.logsift.dedup.DynamoTemplateStore;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.fingerprint.Fingerprinter;
import dev.logsift.fingerprint.InMemoryTemplateStore;
import dev.logsift.fingerprint.MaskingFingerprinter;
import dev.logsift.fingerprint.StoredLearningFingerprinter;
import dev.logsift.fingerprint.TemplateStore;
import dev.logsift.notify.Notifier;
import dev.logsift.pipeline.CostCeiling;
import dev.logsift.pipeline.Parts;
import dev.logsift.pipeline.Pipeline;
import dev.logsift.signal.BudgetStore;
import dev.logsift.signal.DynamoBudgetStore;
import dev.logsift.signal.DynamoSignalStore;
import dev.logsift.signal.InMemoryBudgetStore;
import dev.logsift.signal.InMemorySignalStore;
import dev.logsift.signal.SignalStore;
import dev.logsift.signal.StatsUpdate;
import dev.logsift.pipeline.PipelineSettings;
import dev.logsift.redact.PatternRedactor;
import dev.logsift.redact.Redactor;
import java.security.SecureRandom;
import software.amazon.awssdk.regions.Region;
import dev.logsift.dynamo.DynamoDb;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * Builds everything once per cold start from one Config. Adapters that are not configured are not built.
 *
 * @param console where cards go when no chat destination is configured
 */
public record Wiring(
    Config config,
    Clock clock,
    Fingerprinter fingerprinter,
    Redactor redactor,
    KnownFailureCatalog knownFailures,
    PromptTemplate prompt,
    Classifier rules,
    Classifier classifier,
    DedupStore dedup,
    Notifier notifier,
    Deadline deadline,
    ExecutorService classifyPool,
    Pipeline pipeline,
    PublishedContent content,
    StartUp startUp) {

  public static Wiring build(Config config, Clock clock, Notifier console) {
    return build(config, clock, console, Transports.REAL);
  }

  /** @param transports the network underneath every adapter; SnapStart priming swaps in a canned one */
  public static Wiring build(Config config, Clock clock, Notifier console, Transports transports) {
    return build(config, clock, console, transports, null);
  }

  /**
   * @param shared the process's redactor, to share (priming's throwaway wiring), or null to build one: it takes
   *     long to build and is thread-safe
   */
  static Wiring build(Config config, Clock clock, Notifier console, Transports transports, Redactor shared) {
    // Cold start: what takes long to build and is not needed before the batch is decoded is built on two start-up
    // threads meanwhile (see StartUp), behind stand-ins that wait for it where it is first used.
    StartUp start = new StartUp();
    try {
      return build(config, clock, console, transports, shared, start);
    } finally {
      // No more parts: each start-up thread ends once its own are built, also when wiring failed.
      start.done();
    }
  }

  private static Wiring build(Config config, Clock clock, Notifier console, Transports transports, Redactor shared,
      StartUp start) {
    boolean real = transports.sdk() == null || transports.chat() == null;
    if (real && usesTls(config)) {
      start.then(Wiring::setUpTls);
    }
    Deadline deadline = new Deadline(clock);
    // every store's retries stop with the invocation, as the chat and model clients' do
    Later<DynamoDb> dynamoClient = config.dedupTable() == null ? null
        : start.first(() -> dynamoDb(config.aws(), transports, deadline::remainingMillis));
    Redactor redactor = shared;
    if (redactor == null) {
      Later<Redactor> built = start.thenRequired(Wiring::newRedactor);
      redactor = text -> built.get().redact(text);
    }
    HttpClient chatHttp = transports.chat();
    if (chatHttp == null && (config.discordConfigured() || config.slackConfigured())) {
      chatHttp = new LaterHttpClient(start.then(Notifiers::newChatHttp));
    }
    Fingerprinter fingerprinter = newFingerprinter();
    KnownFailureCatalog known = new KnownFailureCatalog(config.knownFailuresDir());
    PromptTemplate prompt = PromptTemplate.load(config.promptsDir(), "classify.md");
    Classifier rules = new RulesClassifier(known);
    Config.Signals sig = config.signals();
    StatsUpdate stats = new StatsUpdate(sig.spikeBucket(), sig.spikeAlpha(), sig.spikeFactor(), sig.spikeMinEvents(),
        sig.newLookback(), config.dedupWindow());
    DedupStore dedup;
    SignalStore signals;
    BudgetStore budgets;
    TemplateStore templates = new InMemoryTemplateStore(1_000);
    if (config.dedupTable() != null) {
      DynamoDb dynamo = new LaterDynamoDb(dynamoClient);
      templates = new DynamoTemplateStore(dynamo, config.dedupTable(), config.dedup().itemTtl());
      dedup = new DynamoDedupStore(dynamo, config.dedupTable(), config.dedupWindow(),
          config.dedup().itemTtl(), new SecureRandom(), clock, stats, deadline::remainingMillis);
      signals = new DynamoSignalStore(dynamo, config.dedupTable(), stats, config.dedup().itemTtl(),
          new SecureRandom());
      budgets = new DynamoBudgetStore(dynamo, config.dedupTable());
    } else {
      dedup = new InMemoryDedupStore(config.dedupWindow(), new SecureRandom());
      signals = new InMemorySignalStore(stats);
      budgets = new InMemoryBudgetStore();
    }
    Owners owners = Owners.load(config.content().ownersFile());
    Notifier notifier = Notifiers.fromConfig(config, console, clock, deadline::remainingMillis, chatHttp, owners);
    // Published prompts, known failures and owners replace the jar's copies without a redeploy (issue 14).
    PublishedContent content = config.content().bucket() == null ? null
        : new PublishedContent(S3CorrectionStore.create(config.content().bucket(), config.aws(), deadline::remainingMillis), known, prompt, owners,
            config.content().checkEvery(), clock);
    Classifier classifier = rules;
    ExecutorService pool = null;
    if (config.bedrockModelId() != null) {
      BedrockClassifier model = BedrockClassifier.create(config.bedrock(), known, prompt, clock,
          deadline::remainingMillis, transports.sdk(), transports.credentials(), start.thenThread());
      if (config.content().bucket() != null && transports == Transports.REAL) {
        // Reviewers' latest verdicts per service, kept beside the published content (issue 14).
        model.useExamples(new ServiceExamples(S3CorrectionStore.create(config.content().bucket(), config.aws(), deadline::remainingMillis), fingerprinter,
            clock, config.content().checkEvery()));
      }
      Classifier guarded = new ModelOutputGuard(model, rules, redactor);
      classifier = new CostCeiling(guarded, rules, budgets, clock, sig.bedrockCallsPerHour(), sig.bedrockTokensPerHour());
      pool = Executors.newFixedThreadPool(config.bedrockConcurrency(),
          Thread.ofPlatform().daemon().name("classify-", 0).factory());
    }
    PipelineSettings settings = new PipelineSettings(config.maxClassificationsPerInvocation(),
        config.classificationTtl(), PipelineSettings.defaults().maxMessageChars(),
        PipelineSettings.defaults().sampleChars(), sig.alertBudgetPerHour(), config.claimStale(),
        PipelineSettings.defaults().contestedWait());
    // the pipeline learns each service's variables (see fingerprint/README.md); the rest stays stateless
    Fingerprinter learning = new StoredLearningFingerprinter(fingerprinter, templates, clock);
    Parts parts = new Parts(learning, redactor, dedup, signals, budgets, known, classifier, rules, notifier, clock,
        pool, Sleeper.system());
    Pipeline pipeline = new Pipeline(parts, settings);
    return new Wiring(config, clock, fingerprinter, redactor, known, prompt, rules, classifier, dedup, notifier,
        deadline, pool, pipeline, content, start);
  }

  /** What priming does before a snapshot first: no part may be half built in it. */
  public void awaitStartUp() {
    startUp.await();
  }

  /** Before each batch: throws if a part no batch can do without (the redactor) could not be built. */
  public void ready() {
    startUp.ready();
  }

  private static boolean usesTls(Config config) {
    return config.dedupTable() != null || config.bedrockModelId() != null || config.discordConfigured()
        || config.slackConfigured() || config.content().bucket() != null;
  }

  /** The JDK's default TLS context, which every HTTPS connection of the process uses (see AwsClients.http). */
  private static Void setUpTls() {
    try {
      javax.net.ssl.SSLContext.getDefault();
      return null;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("no default TLS context", e);
    }
  }

  /** Stops the model-call threads (priming builds a throwaway wiring). */
  public void shutdown() {
    if (classifyPool != null) {
      classifyPool.shutdownNow();
    }
  }

  /** DynamoDB when DEDUP_TABLE is set, else in memory. */
  public static DedupStore newDedupStore(Config config, Clock clock) {
    return config.dedupTable() != null
        ? new DynamoDedupStore(dynamoDb(config, Transports.REAL), config.dedupTable(), config.dedupWindow(), config.dedup().itemTtl(),
            new SecureRandom(), clock)
        : new InMemoryDedupStore(config.dedupWindow(), new SecureRandom());
  }

  /** One client for every store, at AWS_ENDPOINT_URL_DYNAMODB (or AWS_ENDPOINT_URL) when set. */
  public static DynamoDb dynamoDb(Config config, Transports t) {
    return dynamoDb(config.aws(), t, () -> Retrier.DEFAULT_BUDGET_MILLIS);
  }

  /** For callers without a Config (the dedup store's server test): the region of the process environment. */
  public static DynamoDb dynamoDb(Transports t) {
    return dynamoDb(Environment.aws(), t, () -> Retrier.DEFAULT_BUDGET_MILLIS);
  }

  private static DynamoDb dynamoDb(AwsEnvironment aws, Transports t, LongSupplier budgetMillis) {
    Region region = aws.awsRegion();
    Map<String, String> jvm = Environment.jvmSettings("aws.endpointUrlDynamoDb", "aws.endpointUrl");
    return new DynamoJsonClient(DynamoJsonClient.endpoint(jvm, aws, region), region,
        t.credentials() != null ? t.credentials() : AwsClients.credentials(aws),
        t.sdk() != null ? t.sdk() : AwsClients.http(), Sleeper.system(), budgetMillis);
  }

  public static Fingerprinter newFingerprinter() {
    return new MaskingFingerprinter();
  }

  public static Redactor newRedactor() {
    return new PatternRedactor();
  }
}
