package dev.logsift.dedup;

import dev.logsift.testing.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The DedupStore port's behaviour; every store runs it through a subclass. Times are whole milliseconds. */
abstract class DedupStoreContract {
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
  static final Classification MODEL = new Classification(Category.DEPENDENCY, Confidence.HIGH,
      "Payments API timed out.", "Check the payments status page.", "payments-timeout", Source.MODEL,
      "model note", new ModelUsage(900, 120, 0.0015));
  static final Classification HUMAN = new Classification(Category.TRANSIENT, Confidence.HIGH, "Known flake.",
      "Ignore.", null, Source.HUMAN, "corrected by a human", ModelUsage.NONE);
  static final PostedMessage CONSOLE = new PostedMessage("console", "", "");

  MutableClock clock;
  DedupStore store;

  /** A fresh, empty store with the given window whose recentCards reads the given clock. */
  abstract DedupStore newStore(Duration window, RandomGenerator random, MutableClock clock);

  @BeforeEach
  void setUp() {
    clock = new MutableClock(T0);
    store = newStore(WINDOW, new SplittableRandom(42), clock);
  }

  static Sighting sighting(String fp, long count) {
    return new Sighting(fp, "Timeout calling <*> after <*> ms", "checkout", "/ecs/checkout", count);
  }

  /** Confirms as the pipeline does: the card's classification, and the card as the corrections look for it. */
  static void confirm(Claims store, Claim claim, Classification c, String sample, PostedMessage d, Instant at) {
    store.confirm(claim, c, new PostedCard(claim.fingerprint(), "checkout", "/ecs/checkout", c.category(),
        c.confidence(), sample, d, at), at);
  }

  @Test
  void firstClaimWinsAndIsNew() {
    Claim c = store.claim(sighting("fp-a", 3), T0);
    assertTrue(c.won());
    assertTrue(c.isNew());
    assertNotNull(c.token());
    assertEquals(0, c.suppressedSinceLastReport());
    assertEquals(T0, c.firstSeen());
    assertNull(c.cached());
  }

  @Test
  void repeatsInsideTheWindowAreCountedAndShownOnTheNextCard() {
    store.claim(sighting("fp-a", 3), T0);
    Claim second = store.claim(sighting("fp-a", 5), T0.plusSeconds(60));
    assertFalse(second.won());
    assertEquals(5, second.suppressedSinceLastReport());
    assertEquals(T0, second.firstSeen());
    Claim third = store.claim(sighting("fp-a", 2), T0.plusSeconds(120));
    assertFalse(third.won());
    assertEquals(7, third.suppressedSinceLastReport());

    Claim next = store.claim(sighting("fp-a", 1), T0.plus(WINDOW).plusSeconds(1));
    assertTrue(next.won());
    assertFalse(next.isNew());
    assertEquals(7, next.suppressedSinceLastReport());
    assertEquals(T0, next.firstSeen());

    Claim after = store.claim(sighting("fp-a", 4), T0.plus(WINDOW).plusSeconds(2));
    assertFalse(after.won());
    assertEquals(4, after.suppressedSinceLastReport(), "the counter starts again after a report");
  }

  @Test
  void theWindowEndsExactlyAfterItsLength() {
    store.claim(sighting("fp-a", 1), T0);
    assertFalse(store.claim(sighting("fp-a", 1), T0.plus(WINDOW).minusMillis(1)).won());
    assertTrue(store.claim(sighting("fp-a", 1), T0.plus(WINDOW)).won());
  }

  @Test
  void fingerprintsAreIndependent() {
    assertTrue(store.claim(sighting("fp-a", 1), T0).won());
    assertTrue(store.claim(sighting("fp-b", 1), T0).won());
  }

  @Test
  void confirmCachesEveryFieldOfTheClassificationWithItsTime() {
    Claim c = store.claim(sighting("fp-a", 1), T0);
    confirm(store, c, MODEL, "sample", CONSOLE, T0.plusSeconds(5));
    Claim next = store.claim(sighting("fp-a", 1), T0.plus(WINDOW));
    assertNotNull(next.cached());
    assertEquals(T0.plusSeconds(5), next.cached().classifiedAt());
    Classification got = next.cached().classification();
    assertEquals(MODEL.category(), got.category());
    assertEquals(MODEL.confidence(), got.confidence());
    assertEquals(MODEL.summary(), got.summary());
    assertEquals(MODEL.firstResponse(), got.firstResponse());
    assertEquals(MODEL.knownFailureId(), got.knownFailureId());
    assertEquals(MODEL.source(), got.source());
    assertEquals(MODEL.note(), got.note());
  }

  @Test
  void losersSeeTheCachedClassificationToo() {
    Claim c = store.claim(sighting("fp-a", 1), T0);
    confirm(store, c, MODEL, "sample", CONSOLE, T0);
    Claim lost = store.claim(sighting("fp-a", 1), T0.plusSeconds(1));
    assertFalse(lost.won());
    assertEquals(Category.DEPENDENCY, lost.cached().classification().category());
  }

  @Test
  void fallbackAnswersAreNotCached() {
    Claim c = store.claim(sighting("fp-a", 1), T0);
    confirm(store, c, MODEL.withSource(Source.FALLBACK, "model unavailable"), "s", CONSOLE, T0);
    assertNull(store.claim(sighting("fp-a", 1), T0.plus(WINDOW)).cached());
  }

  @Test
  void aCachedAnswerKeepsItsOriginalTime() {
    Claim c = store.claim(sighting("fp-a", 1), T0);
    confirm(store, c, MODEL, "s", CONSOLE, T0);
    Claim again = store.claim(sighting("fp-a", 1), T0.plus(WINDOW));
    confirm(store, again, MODEL.withSource(Source.CACHE, null), "s", CONSOLE, T0.plus(WINDOW));
    assertEquals(T0, store.claim(sighting("fp-a", 1), T0.plus(WINDOW.multipliedBy(2))).cached().classifiedAt());
  }

  @Test
  void aHumanOverrideSurvivesALaterModelAnswer() {
    Claim c = store.claim(sighting("fp-a", 1), T0);
    store.overrideClassification("fp-a", HUMAN, T0.plusSeconds(1));
    confirm(store, c, MODEL, "s", CONSOLE, T0.plusSeconds(2));
    Claim next = store.claim(sighting("fp-a", 1), T0.plus(WINDOW));
    assertEquals(Source.HUMAN, next.cached().classification().source());
    assertEquals(Category.TRANSIENT, next.cached().classification().category());
    assertEquals(T0.plusSeconds(1), next.cached().classifiedAt());
  }

  @Test
  void anOverrideBeforeAnySightingLeavesTheFingerprintNew() {
    store.overrideClassification("fp-a", HUMAN, T0);
    Claim c = store.claim(sighting("fp-a", 1), T0.plusSeconds(1));
    assertTrue(c.won());
    assertTrue(c.isNew());
    assertEquals(T0.plusSeconds(1), c.firstSeen());
    assertEquals(Source.HUMAN, c.cached().classification().source());
  }

  @Test
  void anOverrideReplacesAnEarlierOne() {
    store.overrideClassification("fp-a", HUMAN, T0);
    Classification security = new Classification(Category.SECURITY, Confidence.MEDIUM, "x", "y", null,
        Source.HUMAN, null, null);
    store.overrideClassification("fp-a", security, T0.plusSeconds(1));
    assertEquals(Category.SECURITY, store.claim(sighting("fp-a", 1), T0.plusSeconds(2)).cached()
        .classification().category());
  }

  @Test
  void releaseGivesTheWindowAndTheTakenCountBack() {
    store.claim(sighting("fp-a", 1), T0);
    store.claim(sighting("fp-a", 4), T0.plusSeconds(1));
    Instant later = T0.plus(WINDOW);
    Claim reporting = store.claim(sighting("fp-a", 2), later);
    assertEquals(4, reporting.suppressedSinceLastReport());
    store.claim(sighting("fp-a", 3), later.plusSeconds(1));
    store.release(reporting, sighting("fp-a", 2), later.plusSeconds(2));

    Claim retry = store.claim(sighting("fp-a", 2), later.plusSeconds(3));
    assertTrue(retry.won(), "the window was given back");
    assertFalse(retry.isNew());
    assertEquals(7, retry.suppressedSinceLastReport(), "taken 4 restored, plus 3 counted meanwhile");
    assertEquals(T0, retry.firstSeen());
  }

  @Test
  void aReleasedNewFingerprintIsStillNewOnTheRetry() {
    Claim c = store.claim(sighting("fp-a", 1), T0);
    store.release(c, sighting("fp-a", 1), T0.plusSeconds(1));
    Claim retry = store.claim(sighting("fp-a", 1), T0.plusSeconds(2));
    assertTrue(retry.won());
    assertTrue(retry.isNew());
  }

  @Test
  void releaseByAFormerOwnerDoesNothing() {
    Claim old = store.claim(sighting("fp-a", 1), T0);
    Claim current = store.claim(sighting("fp-a", 1), T0.plus(WINDOW));
    assertTrue(current.won());
    store.release(old, sighting("fp-a", 1), T0.plus(WINDOW).plusSeconds(1));
    assertFalse(store.claim(sighting("fp-a", 1), T0.plus(WINDOW).plusSeconds(2)).won());
  }

  @Test
  void confirmByAFormerOwnerCachesNothing() {
    Claim old = store.claim(sighting("fp-a", 1), T0);
    store.claim(sighting("fp-a", 1), T0.plus(WINDOW));
    confirm(store, old, MODEL, "s", new PostedMessage("discord", "c1", "m1"), T0.plus(WINDOW));
    assertNull(store.claim(sighting("fp-a", 1), T0.plus(WINDOW.multipliedBy(2))).cached());
    assertEquals(List.of(), store.recentCards(T0));
  }

  @Test
  void lostClaimsCannotConfirmOrRelease() {
    Claim won = store.claim(sighting("fp-a", 1), T0);
    Claim lost = store.claim(sighting("fp-a", 1), T0.plusSeconds(1));
    confirm(store, lost, MODEL, "s", new PostedMessage("discord", "c1", "m1"), T0.plusSeconds(2));
    store.release(lost, sighting("fp-a", 1), T0.plusSeconds(2));
    assertFalse(store.claim(sighting("fp-a", 1), T0.plusSeconds(3)).won());
    assertEquals(List.of(), store.recentCards(T0));
    assertNotNull(won.token());
  }

  @Test
  void recentCardsListsChatCardsSinceATimeNewestFirst() {
    Claim a = store.claim(sighting("fp-a", 1), T0);
    confirm(store, a, MODEL, "sample a", new PostedMessage("discord", "chan-1", "111"), T0);
    Claim b = store.claim(sighting("fp-b", 1), T0.plusSeconds(3600));
    confirm(store, b, HUMAN, "sample b", new PostedMessage("slack", "C123", "1700000000.000100"), T0.plusSeconds(3600));
    Claim c = store.claim(sighting("fp-c", 1), T0.plusSeconds(7200));
    confirm(store, c, MODEL, "sample c", CONSOLE, T0.plusSeconds(7200));
    clock.set(T0.plusSeconds(7300));

    List<PostedCard> all = store.recentCards(T0.minusSeconds(3600));
    assertEquals(List.of(
        new PostedCard("fp-b", "checkout", "/ecs/checkout", Category.TRANSIENT, Confidence.HIGH, "sample b",
            new PostedMessage("slack", "C123", "1700000000.000100"), T0.plusSeconds(3600)),
        new PostedCard("fp-a", "checkout", "/ecs/checkout", Category.DEPENDENCY, Confidence.HIGH, "sample a",
            new PostedMessage("discord", "chan-1", "111"), T0)), all);
    assertEquals(List.of("fp-b"), store.recentCards(T0.plusSeconds(1)).stream().map(PostedCard::fingerprint)
        .toList());
    assertEquals(List.of(), store.recentCards(T0.plusSeconds(3601)));
  }

  @Test
  void aLostClaimNamesAnUnconfirmedHolderUntilItConfirms() {
    Claim holder = store.claim(sighting("fp-h", 1), T0);
    assertEquals(DedupStore.HolderState.HELD, store.state("fp-h", T0.plusSeconds(1)));
    Claim lost = store.claim(sighting("fp-h", 2), T0.plusSeconds(1));
    assertTrue(lost.heldUnconfirmed());
    assertEquals(T0, lost.heldSince());
    confirm(store, holder, MODEL, "s", new PostedMessage("discord", "c", "1"), T0.plusSeconds(2));
    assertEquals(DedupStore.HolderState.REPORTED, store.state("fp-h", T0.plusSeconds(3)));
    Claim after = store.claim(sighting("fp-h", 1), T0.plusSeconds(3));
    assertFalse(after.won());
    assertFalse(after.heldUnconfirmed(), "a confirmed holder is a plain duplicate");
    assertEquals(DedupStore.HolderState.FREE, store.state("fp-h", T0.plus(WINDOW)));
    assertEquals(DedupStore.HolderState.FREE, store.state("fp-never", T0));
  }

  @Test
  void aDeadHoldersClaimIsTakenOverOnceAndOnlyWhileUnconfirmed() {
    store.claim(sighting("fp-d", 1), T0);
    Claim lost = store.claim(sighting("fp-d", 3), T0.plusSeconds(90));
    Claim taken = store.takeOver(sighting("fp-d", 3), lost, T0.plusSeconds(90));
    assertTrue(taken.won());
    assertEquals(3, taken.suppressedSinceLastReport(), "the takeover reports what the lost claim counted");
    Claim second = store.takeOver(sighting("fp-d", 3), lost, T0.plusSeconds(91));
    assertFalse(second.won(), "the holder changed, so the old lost claim cannot take over again");
    confirm(store, taken, MODEL, "s", new PostedMessage("discord", "c", "2"), T0.plusSeconds(92));
    Claim late = store.claim(sighting("fp-d", 1), T0.plusSeconds(93));
    assertFalse(store.takeOver(sighting("fp-d", 1), late, T0.plusSeconds(93)).won());
  }

  @Test
  void releaseFreesTheClaim() {
    Claim c = store.claim(sighting("fp-r", 1), T0);
    store.release(c, sighting("fp-r", 1), T0.plusSeconds(1));
    assertEquals(DedupStore.HolderState.FREE, store.state("fp-r", T0.plusSeconds(1)));
  }
}
