package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.dedup.DedupStore;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.dedup.PostedCard;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.testing.MutableClock;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * With a pool, claims are confirmed while the next cards are posted: still every one of them before the batch
 * returns, and in the order the cards were posted (a store that remembers cards as it confirms keeps that order).
 */
class ConfirmWhilePostingTest {
  @Test
  void everyClaimIsConfirmedInPostingOrderBeforeTheBatchReturns() {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    InMemoryDedupStore real = new InMemoryDedupStore(Duration.ofMinutes(10), new Random(1));
    List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
    DedupStore slow = (DedupStore) Proxy.newProxyInstance(DedupStore.class.getClassLoader(),
        new Class<?>[] {DedupStore.class}, (proxy, method, args) -> {
          if (method.getName().startsWith("confirm")) {
            Thread.sleep(30);
            confirmed.add(((PostedCard) args[2]).fingerprint());
          }
          try {
            return method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    PipelineTest.RecordingNotifier chat = new PipelineTest.RecordingNotifier();
    Classifier rules = new RulesClassifier(new KnownFailureCatalog(null));
    Pipeline pipeline = new Pipeline(Fixtures.parts(slow, rules, rules, chat, clock, null),
        new PipelineSettings(50, Duration.ofHours(6), 64 * 1024, 2000, 0));
    List<LogEvent> lines = new ArrayList<>();
    String[] errors = {"NullPointerException in OrderService.place", "KeyError: 'total' in refund",
        "connect ECONNREFUSED to mongo", "redis timeout on GET session", "deadlock detected on inventory",
        "certificate has expired for partner api"};
    for (int i = 0; i < errors.length; i++) {
      lines.add(new LogEvent(Integer.toString(i), 0, "ERROR " + errors[i]));
    }
    pipeline.process(new LogBatch(LogBatch.DATA_MESSAGE, "1", "/ecs/checkout", "s", List.of(), lines));

    List<String> postedOrder = chat.posted.stream().map(Card::fingerprint).toList();
    assertEquals(errors.length, postedOrder.size());
    assertEquals(postedOrder, confirmed, "a confirmation was missing when the batch returned, or out of order");
    List<String> remembered = new ArrayList<>(real.recentCards(Instant.EPOCH).stream()
        .map(PostedCard::fingerprint).toList());
    Collections.reverse(remembered);
    assertEquals(postedOrder, remembered, "cards remembered out of posting order");
  }
}
