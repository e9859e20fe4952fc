package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.Wiring;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.dedup.Claim;
import dev.logsift.dedup.DedupStore;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.dedup.PostedCard;
import dev.logsift.dedup.Sighting;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import dev.logsift.notify.Notifier;
import dev.logsift.signal.BudgetStore;
import dev.logsift.signal.InMemoryBudgetStore;
import dev.logsift.signal.InMemorySignalStore;
import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What happens to claims when parts fail in unplanned ways: nothing may be lost on the retry. */
class PipelineFailureTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
  private final Classifier rules = new RulesClassifier(new KnownFailureCatalog(null));
  private final List<Card> posted = new ArrayList<>();

  /** A dedup store whose release can be made to fail, as DynamoDB might after a chat outage. */
  static final class FlakyRelease implements DedupStore {
    final InMemoryDedupStore inner = new InMemoryDedupStore(Duration.ofMinutes(10), new Random(1));
    boolean failRelease;

    @Override
    public Claim claim(Sighting s, Instant now) {
      return inner.claim(s, now);
    }

    @Override
    public void confirm(Claim claim, Classification classification, PostedCard posted, Instant now) {
      inner.confirm(claim, classification, posted, now);
    }

    @Override
    public void release(Claim claim, Sighting sighting, Instant now) {
      if (failRelease) {
        throw new DownstreamUnavailableException("dynamodb", "release failed", null);
      }
      inner.release(claim, sighting, now);
    }

    @Override
    public HolderState state(String fingerprint, Instant now) {
      return inner.state(fingerprint, now);
    }

    @Override
    public Claim takeOver(Sighting sighting, Claim lost, Instant now) {
      return inner.takeOver(sighting, lost, now);
    }

    @Override
    public void overrideClassification(String fingerprint, dev.logsift.classify.Classification c, Instant now) {
      inner.overrideClassification(fingerprint, c, now);
    }

    @Override
    public void rememberCard(PostedCard card) {
      inner.rememberCard(card);
    }

    @Override
    public List<PostedCard> recentCards(Instant since) {
      return inner.recentCards(since);
    }
  }

  private Pipeline pipeline(DedupStore dedup, Notifier chat, BudgetStore budgets, int budget) {
    Parts parts = new Parts(Wiring.newFingerprinter(), Wiring.newRedactor(), dedup,
        new InMemorySignalStore(Fixtures.stats()), budgets, new KnownFailureCatalog(null), rules, rules, chat, clock,
        null, clock::advance);
    return new Pipeline(parts, new PipelineSettings(50, Duration.ofHours(6), 65536, 2000, budget,
        Duration.ofSeconds(75), Duration.ofSeconds(10)));
  }

  private static LogBatch batch(String... messages) {
    List<LogEvent> events = new ArrayList<>();
    for (String m : messages) {
      events.add(new LogEvent(String.valueOf(events.size()), 0, m));
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "1", "/ecs/checkout", "s", List.of(), events);
  }

  private Notifier chat(RuntimeException failFirst) {
    return new Notifier() {
      RuntimeException pending = failFirst;

      @Override
      public Delivery post(Card card) {
        if (pending != null) {
          RuntimeException e = pending;
          pending = null;
          throw e;
        }
        posted.add(card);
        return new Delivery("discord", "c", "m" + posted.size());
      }
    };
  }

  @Test
  void anUntypedNotifierErrorReleasesEveryClaimAndTheRetryPostsThem() {
    Pipeline p = pipeline(new InMemoryDedupStore(Duration.ofMinutes(10), new Random(2)),
        chat(new IllegalStateException("invalid header value: Bearer xoxb-SECRET")), new InMemoryBudgetStore(), 0);
    LogBatch b = batch("ERROR alpha NullPointerException", "ERROR beta connection refused");
    BatchFailedException e = assertThrows(BatchFailedException.class, () -> p.process(b));
    assertFalse(e.getMessage().contains("xoxb-SECRET"), e.getMessage());
    Throwable c = e;
    while (c != null) {
      assertFalse(String.valueOf(c.getMessage()).contains("xoxb-SECRET"), "secret in the cause chain");
      c = c.getCause();
    }
    clock.advance(Duration.ofMinutes(1));
    BatchReport retry = p.process(b);
    assertEquals(1, retry.notified(), "the card whose post threw is posted on the retry");
    assertTrue(retry.outcomes().stream().filter(o -> o.status() == Outcome.Status.NOTIFIED)
        .allMatch(o -> o.card().flags().contains("NEW")), "still NEW on the retry");
    assertEquals(1, retry.suppressed());
    assertEquals(2, posted.size());
  }

  @Test
  void whenTheReleaseFailsTooTheRetryTakesTheDeadClaimOver() {
    FlakyRelease dedup = new FlakyRelease();
    dedup.failRelease = true;
    Pipeline p = pipeline(dedup, chat(new DownstreamUnavailableException("discord", "HTTP 503", null)),
        new InMemoryBudgetStore(), 0);
    LogBatch b = batch("ERROR gamma KeyError 'total'");
    assertThrows(BatchFailedException.class, () -> p.process(b));
    dedup.failRelease = false;

    clock.advance(Duration.ofSeconds(30));
    BatchFailedException early = assertThrows(BatchFailedException.class, () -> p.process(b),
        "a claim younger than any live invocation could be is waited for, then the batch fails to retry later");
    assertEquals("claim-held-elsewhere", early.report().outcomes().get(0).reason());

    clock.advance(Duration.ofSeconds(60));
    BatchReport later = p.process(b);
    assertEquals(1, later.notified(), "Lambda's next retry takes the stale claim over and posts");
    assertEquals(1, posted.size());
  }

  @Test
  void aConcurrentHolderThatConfirmsWhileWeWaitMakesARepeat() {
    InMemoryDedupStore dedup = new InMemoryDedupStore(Duration.ofMinutes(10), new Random(3));
    Pipeline p = pipeline(dedup, chat(null), new InMemoryBudgetStore(), 0);
    Sighting s = new Sighting(Wiring.newFingerprinter().fingerprint("ERROR delta ValueError").id(), "t", "checkout",
        "/ecs/checkout", 1);
    Claim other = dedup.claim(s, clock.instant());
    Parts parts = new Parts(Wiring.newFingerprinter(), Wiring.newRedactor(), dedup,
        new InMemorySignalStore(Fixtures.stats()), new InMemoryBudgetStore(), new KnownFailureCatalog(null), rules,
        rules, chat(null), clock, null, d -> {
          clock.advance(d);
          Classification c = rules.classify(new dev.logsift.classify.ClassifyRequest("checkout", "", s.fingerprint(),
              "t", "x"));
          dedup.confirm(other, c, new PostedCard(s.fingerprint(), "checkout", "/ecs/checkout", c.category(),
              c.confidence(), "x", new dev.logsift.dedup.PostedMessage("discord", "c", "9"), clock.instant()), clock.instant());
        });
    BatchReport r = new Pipeline(parts, PipelineSettings.defaults()).process(batch("ERROR delta ValueError"));
    assertEquals(1, r.suppressed());
    assertEquals(0, r.failed());
    assertTrue(posted.isEmpty());
  }

  @Test
  void aFailedDigestBookmarkDoesNotPostASecondDigest() {
    InMemoryBudgetStore real = new InMemoryBudgetStore();
    BudgetStore budgets = new BudgetStore() {
      @Override
      public boolean takeCardSlot(String d, int b, Instant n) {
        return real.takeCardSlot(d, b, n);
      }

      @Override
      public void returnCardSlot(String d, Instant n) {
        real.returnCardSlot(d, n);
      }

      @Override
      public Digest addToDigest(String d, List<Digest.Entry> e, Instant n) {
        return real.addToDigest(d, e, n);
      }

      @Override
      public void setDigestMessage(String d, Instant p, String c, String m, String r) {
        throw new DownstreamUnavailableException("dynamodb", "throttled", null);
      }

      @Override
      public boolean reserveModelCall(int c, long t, Instant n) {
        return real.reserveModelCall(c, t, n);
      }

      @Override
      public void addModelUsage(long i, long o, double c, Instant n) {
        real.addModelUsage(i, o, c, n);
      }

      @Override
      public ModelSpend spend(Instant n) {
        return real.spend(n);
      }

      @Override
      public ModelSpend spendBetween(Instant f, Instant t) {
        return real.spendBetween(f, t);
      }
    };
    List<Digest> digests = new ArrayList<>();
    Notifier chat = new Notifier() {
      @Override
      public Delivery post(Card card) {
        posted.add(card);
        return new Delivery("discord", "c", "m" + posted.size());
      }

      @Override
      public Delivery postDigest(String destination, Digest digest) {
        digests.add(digest);
        return new Delivery("discord", "c", "d" + digests.size());
      }
    };
    Pipeline p = pipeline(new InMemoryDedupStore(Duration.ofMinutes(10), new Random(4)), chat, budgets, 1);
    BatchReport r = p.process(batch("ERROR a KeyError", "ERROR b TypeError", "ERROR c ValueError"));
    assertEquals(1, r.notified());
    assertEquals(2, r.digested(), "the digest is out even though its message id could not be stored");
    assertEquals(1, digests.size());
  }

  @Test
  void aSpikeCardCountsThisBatchOnceNotTwice() {
    Pipeline p = pipeline(new InMemoryDedupStore(Duration.ofMinutes(10), new Random(5)), chat(null),
        new InMemoryBudgetStore(), 0);
    String[] few = new String[3];
    java.util.Arrays.fill(few, "ERROR KeyError 'total'");
    p.process(batch(few));
    clock.advance(Duration.ofMinutes(5));
    String[] many = new String[100];
    java.util.Arrays.fill(many, "ERROR KeyError 'total'");
    p.process(batch(many));
    Card spike = posted.get(1);
    assertEquals(100, spike.occurrences());
    assertEquals(0, spike.suppressedSinceLastReport());
  }
}
