package dev.logsift.dedup;

import dev.logsift.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logsift.app.Wiring;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Notifier;
import dev.logsift.pipeline.BatchFailedException;
import dev.logsift.pipeline.BatchReport;
import dev.logsift.pipeline.Parts;
import dev.logsift.pipeline.Pipeline;
import dev.logsift.signal.InMemoryBudgetStore;
import dev.logsift.signal.InMemorySignalStore;
import dev.logsift.signal.StatsUpdate;
import dev.logsift.pipeline.PipelineSettings;
import dev.logsift.testing.Dynalite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The "no lost reports" promise, through the real pipeline on the DynamoDB store. */
@Tag("server")
class DynamoDedupStoreRerunServerTest {
  static final LogBatch BATCH = new LogBatch(LogBatch.DATA_MESSAGE, "123456789012", "/ecs/checkout", "web/1",
      List.of("errors"), List.of(
          new LogEvent("1", 1, "ERROR Timeout calling payments after 3000 ms"),
          new LogEvent("2", 2, "ERROR NullPointerException in OrderService.place"),
          new LogEvent("3", 3, "ERROR Timeout calling payments after 5000 ms"),
          new LogEvent("4", 4, "ERROR connection refused to db-1:5432")));

  /** Posts to a pretend chat, or fails for the fingerprints listed in down. */
  static final class FlakyChat implements Notifier {
    final Set<String> down = new HashSet<>();
    final Map<String, Integer> posts = new HashMap<>();
    final List<String> attempts = new ArrayList<>();

    @Override
    public synchronized Delivery post(Card card) {
      attempts.add(card.fingerprint());
      if (down.contains(card.fingerprint())) {
        throw new DownstreamUnavailableException("discord", "HTTP 503 after retries", null);
      }
      posts.merge(card.fingerprint(), 1, Integer::sum);
      return new Delivery("discord", "chan", "m" + attempts.size());
    }
  }

  MutableClock clock;
  FlakyChat chat;

  @BeforeEach
  void setUp() {
    clock = new MutableClock(DedupStoreContract.T0);
    chat = new FlakyChat();
  }

  Pipeline pipeline(DedupStore store) {
    RulesClassifier rules = new RulesClassifier(new KnownFailureCatalog(null));
    StatsUpdate stats = new StatsUpdate(Duration.ofMinutes(5), 0.2, 5.0, 20, Duration.ofDays(7),
        Duration.ofMinutes(10));
    return new Pipeline(new Parts(Wiring.newFingerprinter(), Wiring.newRedactor(), store,
        new InMemorySignalStore(stats), new InMemoryBudgetStore(), new KnownFailureCatalog(null), rules, rules, chat,
        clock, null, d -> { }), PipelineSettings.defaults());
  }

  @Test
  void aRerunAfterAFailedPostPostsEachMissingCardExactlyOnce() {
    Dynalite db = Dynalite.shared();
    DynamoDedupStore store = new DynamoDedupStore(db.client(), db.newTable(), Duration.ofMinutes(10),
        Duration.ofDays(7), new SplittableRandom(5), clock);
    Pipeline p = pipeline(store);
    String failing = Wiring.newFingerprinter().fingerprint(BATCH.logEvents().get(1).message()).id();
    chat.down.add(failing);

    BatchFailedException e = assertThrows(BatchFailedException.class, () -> p.process(BATCH));
    assertEquals(3, e.report().fingerprints());
    assertEquals(2, e.report().notified());
    assertEquals(1, e.report().failed());

    chat.down.clear();
    clock.advance(Duration.ofSeconds(30));
    BatchReport rerun = p.process(BATCH);
    assertEquals(1, rerun.notified());
    assertEquals(2, rerun.suppressed());
    assertEquals(1, chat.posts.get(failing), "the missing card was posted on the rerun");
    assertEquals(3, chat.posts.size());
    chat.posts.values().forEach(n -> assertEquals(1, n, "every card exactly once"));
    clock.advance(Duration.ofSeconds(1));
    assertEquals(3, store.recentCards(DedupStoreContract.T0).size());
  }

  @Test
  void whenDynamoDbIsDownNothingIsPostedAndTheBatchFails() {
    dev.logsift.dynamo.DynamoDb dead = Dynalite.unreachable();
    try {
      DynamoDedupStore down = new DynamoDedupStore(dead, "logsift-dead", Duration.ofMinutes(10), Duration.ofDays(7),
          new SplittableRandom(5), clock);
      BatchFailedException e = assertThrows(BatchFailedException.class, () -> pipeline(down).process(BATCH));
      assertEquals(3, e.report().failed());
      assertEquals(List.of(), chat.attempts, "never notify everything");
    } finally {
    }
  }
}
