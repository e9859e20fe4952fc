package dev.logsift.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.Wiring;
import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.classify.Source;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Notifier;
import dev.logsift.pipeline.BatchReport;
import dev.logsift.pipeline.CostCeiling;
import dev.logsift.pipeline.Parts;
import dev.logsift.pipeline.Pipeline;
import dev.logsift.pipeline.PipelineSettings;
import dev.logsift.signal.DynamoBudgetStore;
import dev.logsift.signal.DynamoSignalStore;
import dev.logsift.signal.StatsUpdate;
import dev.logsift.testing.Dynalite;
import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import dev.logsift.dynamo.DynamoJsonClient;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Issue 17: DynamoDB requests per fingerprint of a batch, counted on the wire (every HTTP attempt) by an
 * interceptor on the one client all stores share, through the real pipeline wired as {@link Wiring} wires it
 * with a table: model behind the cost ceiling, Discord-like chat that returns message ids (so cards are
 * indexed), alert budget on.
 */
@Tag("server")
class RoundTripsServerTest {
  static final int N = 10;
  static final Duration WINDOW = Duration.ofMinutes(10);

  /** Requests per operation name, as sent on the wire (retries included), by their X-Amz-Target header. */
  static final class Counting implements SdkHttpClient {
    final Map<String, AtomicInteger> ops = new ConcurrentHashMap<>();
    final SdkHttpClient http = UrlConnectionHttpClient.create();

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("?");
      ops.computeIfAbsent(target.substring(target.indexOf('.') + 1), k -> new AtomicInteger()).incrementAndGet();
      return http.prepareRequest(request);
    }

    @Override
    public void close() {
      http.close();
    }

    Map<String, Integer> take() {
      Map<String, Integer> out = new TreeMap<>();
      ops.forEach((k, v) -> out.put(k, v.get()));
      ops.clear();
      return out;
    }

    static int total(Map<String, Integer> m) {
      return m.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Pretends to be the model: every answer costs tokens, so the cost ceiling records usage. */
  static final class Model implements Classifier {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Classification classify(dev.logsift.classify.ClassifyRequest r) {
      calls.incrementAndGet();
      return new Classification(Category.APPLICATION, Confidence.MEDIUM, "A bug.", "Look at the code.", null,
          Source.MODEL, null, new ModelUsage(900, 80, 0.0013));
    }
  }

  static final class Chat implements Notifier {
    final AtomicInteger posts = new AtomicInteger();

    @Override
    public Delivery post(Card card) {
      return new Delivery("discord", "chan", "m" + posts.incrementAndGet());
    }
  }

  final Counting counting = new Counting();
  DynamoJsonClient client;
  MutableClock clock;
  Model model;
  Chat chat;
  Pipeline pipeline;
  DynamoDedupStore store;
  DynamoBudgetStore budgets;

  @BeforeEach
  void setUp() {
    Dynalite db = Dynalite.shared();
    client = new DynamoJsonClient(db.endpoint(), Dynalite.REGION,
        software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(Dynalite.ACCESS_KEY, Dynalite.SECRET_KEY)),
        counting);
    String table = db.newTable();
    clock = new MutableClock(DedupStoreContract.T0);
    model = new Model();
    chat = new Chat();
    StatsUpdate stats = new StatsUpdate(Duration.ofMinutes(5), 0.2, 5.0, 20, Duration.ofDays(7), WINDOW);
    RulesClassifier rules = new RulesClassifier(new KnownFailureCatalog(null));
    budgets = new DynamoBudgetStore(client, table);
    store = new DynamoDedupStore(client, table, WINDOW, Duration.ofDays(7), new SplittableRandom(3), clock, stats);
    Parts parts = new Parts(Wiring.newFingerprinter(), Wiring.newRedactor(), store,
        new DynamoSignalStore(client, table, stats, Duration.ofDays(7), new SplittableRandom(4)), budgets,
        new KnownFailureCatalog(null), new CostCeiling(model, rules, budgets, clock, 500, 2_000_000), rules, chat,
        clock, Executors.newFixedThreadPool(4), d -> { });
    pipeline = new Pipeline(parts, PipelineSettings.defaults());
  }

  @AfterEach
  void tearDown() {
    pipeline = null;
    counting.close();
  }

  /** count distinct errors of one service, five lines each (so a batch holds 5 x count events). */
  static LogBatch batch(int from, int count) {
    List<LogEvent> events = new ArrayList<>();
    for (int line = 0; line < 5; line++) {
      for (int i = from; i < from + count; i++) {
        events.add(new LogEvent(Integer.toString(events.size()), line,
            "ERROR " + ERRORS[i % ERRORS.length] + " in handler" + Character.toString('A' + i) + " attempt " + line));
      }
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "123456789012", "/ecs/checkout", "web/1", List.of("errors"), events);
  }

  static final String[] ERRORS = {"NullPointerException", "IllegalStateException", "ArithmeticException",
      "ClassCastException", "UnsupportedOperationException"};

  BatchReport run(LogBatch b) {
    BatchReport r = pipeline.process(b);
    clock.advance(Duration.ofSeconds(5));
    return r;
  }

  @Test
  void newRepeatedAndMixedBatches() {
    BatchReport first = run(batch(0, N));
    Map<String, Integer> fresh = counting.take();
    assertEquals(N, first.fingerprints(), "distinct errors make distinct fingerprints");
    assertEquals(N, first.notified());
    assertEquals(N, model.calls.get());
    first.outcomes().forEach(o -> assertTrue(o.card().flags().contains("NEW")));

    BatchReport again = run(batch(0, N));
    Map<String, Integer> repeated = counting.take();
    assertEquals(N, again.suppressed());
    again.outcomes().forEach(o -> assertEquals(5, o.card().suppressedSinceLastReport(), "the repeats are counted"));

    BatchReport mixed = run(batch(N / 2, N));
    Map<String, Integer> both = counting.take();
    assertEquals(N / 2, mixed.notified());
    assertEquals(N / 2, mixed.suppressed());

    System.out.printf("DynamoDB requests for %d fingerprints: new %s = %.1f each; repeated %s = %.1f each; "
        + "mixed %s = %.1f each%n", N, fresh, Counting.total(fresh) / (double) N, repeated,
        Counting.total(repeated) / (double) N, both, Counting.total(both) / (double) N);
    // Per fingerprint: one conditional update for signals + claim (or repeat), one to confirm a card.
    // Per batch: one BatchGetItem (100 fingerprints), the card-slot update, the model reservation and usage
    // updates, one BatchWriteItem of card items (25 cards) and one card-index append.
    assertEquals(Map.of("BatchGetItem", 1, "UpdateItem", 2 * N + 4, "BatchWriteItem", 1), fresh);
    assertEquals(Map.of("BatchGetItem", 1, "UpdateItem", N), repeated);
    assertEquals(Map.of("BatchGetItem", 1, "UpdateItem", N + N / 2 + 4, "BatchWriteItem", 1), both);
    assertTrue(Counting.total(fresh) <= 4 * N && Counting.total(repeated) <= 2 * N, "issue 17's budget");

    // Nothing the fewer requests were meant to keep was lost: cards indexed, usage and calls counted.
    assertEquals(N + N / 2, store.recentCards(DedupStoreContract.T0).size());
    var spend = budgets.spend(clock.instant());
    assertEquals(N + N / 2, spend.calls());
    assertEquals((N + N / 2) * 980L, spend.tokens());
    counting.take();
  }

  @Test
  void aBatchOfOneNewFingerprintPaysThePerBatchRequestsAlone() {
    run(batch(0, 1));
    Map<String, Integer> one = counting.take();
    System.out.printf("DynamoDB requests for a batch of 1 new fingerprint: %s%n", one);
    assertEquals(Map.of("BatchGetItem", 1, "UpdateItem", 6, "BatchWriteItem", 1), one);
    run(batch(0, 1));
    assertEquals(Map.of("BatchGetItem", 1, "UpdateItem", 1), counting.take(), "a repeat: read and one write");
  }
}
