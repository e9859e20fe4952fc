package dev.logsift.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.notify.Digest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every BudgetStore must do; run against the in-memory store and against DynamoDB (dynalite). */
abstract class BudgetStoreContract {
  static final Instant NOW = Instant.parse("2026-11-27T08:15:00Z");

  abstract BudgetStore store();

  /** A store for another concurrent instance sharing the same data. */
  abstract BudgetStore sibling();

  @Test
  void cardSlotsStopAtTheBudgetAndResetEachHour() {
    BudgetStore s = store();
    assertTrue(s.takeCardSlot("default", 2, NOW));
    assertTrue(s.takeCardSlot("default", 2, NOW.plusSeconds(60)));
    assertFalse(s.takeCardSlot("default", 2, NOW.plusSeconds(120)));
    assertTrue(s.takeCardSlot("security", 2, NOW), "budgets are per destination");
    assertTrue(s.takeCardSlot("default", 2, NOW.plus(Duration.ofHours(1))));
  }

  @Test
  void aReturnedSlotCanBeTakenAgain() {
    BudgetStore s = store();
    assertTrue(s.takeCardSlot("d", 1, NOW));
    s.returnCardSlot("d", NOW);
    assertTrue(s.takeCardSlot("d", 1, NOW));
  }

  @Test
  void zeroMeansNoBudget() {
    BudgetStore s = store();
    for (int i = 0; i < 5; i++) {
      assertTrue(s.takeCardSlot("d", 0, NOW));
    }
  }

  @Test
  void aStormDigestKeepsEveryFingerprintCompactlyAndCountsThemExactly() {
    BudgetStore s = store();
    String summary = "A summary as long as the model may write it. ".repeat(5);
    Digest d = null;
    for (int batch = 0; batch < 11; batch++) {
      List<Digest.Entry> add = new ArrayList<>();
      for (int i = batch * 100; i < Math.min(1005, batch * 100 + 100); i++) {
        add.add(new Digest.Entry(String.format("%016x", i), "svc-" + (i % 9), "application", summary, 2,
            List.of("NEW")));
      }
      add.add(new Digest.Entry(String.format("%016x", 3), "svc-3", "application", summary, 1, List.of()));
      d = (batch % 2 == 0 ? s : sibling()).addToDigest("storm", add, NOW);
    }
    assertEquals(1005, d.fingerprints(), "the title's count");
    assertEquals(Digest.MAX_ENTRIES + 1, d.entries().size());
    assertEquals(Digest.OTHERS, d.entries().get(Digest.MAX_ENTRIES).fingerprint());
    assertEquals(String.format("%016x", 999), d.entries().get(Digest.MAX_ENTRIES - 1).fingerprint(), "arrival order");
    assertEquals(summary, d.entries().get(Digest.DETAILED_ENTRIES - 1).summary());
    assertEquals("", d.entries().get(Digest.DETAILED_ENTRIES).summary(), "past the detailed ones, ids only");
    assertEquals(2 + 11, d.entries().get(3).count(), "repeats add up");
  }

  @Test
  void digestAddsUpPerFingerprintAndRemembersItsMessage() {
    BudgetStore s = store();
    Digest first = s.addToDigest("d", List.of(new Digest.Entry("fp1", "svc", "application", "sum", 3, List.of("NEW"))),
        NOW);
    assertEquals(Instant.parse("2026-11-27T08:00:00Z"), first.periodStart());
    assertEquals("", first.messageId());
    s.setDigestMessage("d", first.periodStart(), "chan", "123", "");
    s.setDigestMessage("d", first.periodStart(), "chan", "456", "");
    Digest second = sibling().addToDigest("d", List.of(new Digest.Entry("fp1", "svc", "application", "sum", 2,
        List.of()), new Digest.Entry("fp2", "svc", "security", "other", 1, List.of())), NOW.plusSeconds(5));
    assertEquals("123", second.messageId(), "the first message id sticks");
    s.setDigestMessage("d", first.periodStart(), "chan", "789", "123");
    assertEquals("789", s.addToDigest("d", List.of(), NOW).messageId(), "a reposted digest replaces a deleted one");
    assertEquals(2, second.entries().size());
    assertEquals(5, second.entries().get(0).count());
    assertEquals(6, second.totalEvents());
    Digest nextHour = s.addToDigest("d", List.of(new Digest.Entry("fp3", "s", "unknown", "x", 1, List.of())),
        NOW.plus(Duration.ofHours(1)));
    assertEquals(1, nextHour.entries().size());
    assertEquals("", nextHour.messageId());
  }

  @Test
  void theModelBudgetHoldsUnderConcurrentInstances() throws Exception {
    int limit = 25;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      BudgetStore s = t % 2 == 0 ? store() : sibling();
      futures.add(pool.submit(() -> {
        int won = 0;
        for (int i = 0; i < 10; i++) {
          if (s.reserveModelCall(limit, 0, NOW)) {
            won++;
            s.addModelUsage(80, 20, 0.00018, NOW);
          }
        }
        return won;
      }));
    }
    int total = 0;
    for (Future<Integer> f : futures) {
      total += f.get();
    }
    pool.shutdown();
    assertEquals(limit, total, "exactly the budget, across instances");
    BudgetStore.ModelSpend spend = store().spend(NOW);
    assertEquals(limit, spend.calls());
    assertEquals(limit * 100L, spend.tokens());
    assertEquals(limit * 80L, spend.inputTokens());
    assertEquals(limit * 20L, spend.outputTokens());
    assertEquals(limit * 0.00018, spend.costUsd(), 1e-9);
    BudgetStore.ModelSpend week = store().spendBetween(NOW.minus(Duration.ofDays(7)), NOW.plus(Duration.ofHours(2)));
    assertEquals(limit, week.calls());
    assertFalse(store().reserveModelCall(limit, 0, NOW));
    assertTrue(store().reserveModelCall(limit, 0, NOW.plus(Duration.ofHours(1))));
  }

  @Test
  void theTokenBudgetStopsCallsToo() {
    BudgetStore s = store();
    assertTrue(s.reserveModelCall(0, 1000, NOW));
    s.addModelUsage(900, 100, 0.0014, NOW);
    assertFalse(s.reserveModelCall(0, 1000, NOW));
  }

  @Test
  void aBatchTakesTheSlotsThereAreInOneGo() {
    BudgetStore s = store();
    assertEquals(3, s.takeCardSlots("d", 3, 5, NOW));
    assertEquals(2, s.takeCardSlots("d", 4, 5, NOW), "the rest go to the digest");
    assertEquals(0, s.takeCardSlots("d", 1, 5, NOW));
    assertFalse(s.takeCardSlot("d", 5, NOW), "the one-at-a-time path agrees");
    s.returnCardSlot("d", NOW);
    assertEquals(1, s.takeCardSlots("d", 2, 5, NOW), "what went past the budget was given back, so a return counts");
    assertEquals(7, s.takeCardSlots("d", 7, 0, NOW), "0 = no budget");
    assertEquals(0, s.takeCardSlots("d", 0, 5, NOW.plus(Duration.ofHours(1))));
  }

  @Test
  void cardSlotBatchesHoldTheBudgetUnderConcurrentInstances() throws Exception {
    int budget = 10;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      BudgetStore s = t % 2 == 0 ? store() : sibling();
      futures.add(pool.submit(() -> s.takeCardSlots("d", 3, budget, NOW)));
    }
    int total = 0;
    for (Future<Integer> f : futures) {
      total += f.get();
    }
    pool.shutdown();
    assertEquals(budget, total, "exactly the budget, across instances");
    assertFalse(store().takeCardSlot("d", budget, NOW));
  }

  @Test
  void aBatchReservesModelCallsAndRecordsTheirUsageOnce() {
    BudgetStore s = store();
    assertEquals(3, s.reserveModelCalls(3, 4, 0, NOW));
    assertEquals(1, s.reserveModelCalls(3, 4, 0, NOW));
    assertEquals(0, sibling().reserveModelCalls(2, 4, 0, NOW));
    s.addModelUsage(4 * 80, 4 * 20, 0.0007, NOW);
    BudgetStore.ModelSpend spend = store().spend(NOW);
    assertEquals(4, spend.calls(), "calls that were refused are not counted");
    assertEquals(400, spend.tokens());
    assertEquals(0, s.reserveModelCalls(1, 0, 400, NOW), "the token limit stops a batch too");
    assertEquals(2, s.reserveModelCalls(2, 0, 0, NOW), "0 = no limit");
  }
}
