package dev.logsift.pipeline;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import dev.logsift.dedup.Claim;
import dev.logsift.dedup.Sighting;
import dev.logsift.notify.Card;
import dev.logsift.rootcause.RootCause;
import dev.logsift.signal.Evidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One fingerprint of a batch on its way through the stages: what was seen (sighting, evidence, sample,
 * root cause), the claim, then the classification and the card. Identity matters, not value: the batch
 * ledger tracks which tickets are out.
 */
final class Ticket {
  private final Sighting sighting;
  private final Evidence evidence;
  private final String sample;
  private final RootCause cause;
  private final String failedStage;
  private Claim claim;
  private Card card;

  /**
   * @param cause the root cause found in the whole event (redacted): the sample is cut and may miss it
   * @param failedStage the stage that failed on these events (an unprocessable-event card), or null
   */
  Ticket(Sighting sighting, Claim claim, Evidence evidence, String sample, RootCause cause, String failedStage) {
    this.sighting = sighting;
    this.claim = claim;
    this.evidence = evidence;
    this.sample = sample;
    this.cause = cause;
    this.failedStage = failedStage;
  }

  Sighting sighting() {
    return sighting;
  }

  String fingerprint() {
    return sighting.fingerprint();
  }

  Claim claim() {
    return claim;
  }

  /** A claim won later (a contested one taken over), or one shown without its window. */
  void reclaim(Claim c) {
    this.claim = c;
  }

  Evidence evidence() {
    return evidence;
  }

  String sample() {
    return sample;
  }

  RootCause cause() {
    return cause;
  }

  String failedStage() {
    return failedStage;
  }

  Card card() {
    return card;
  }

  void card(Card c) {
    this.card = c;
  }

  /** The card as it stands: the claim's cached answer, or "not classified", until one is given. */
  Card cardWith(Claim c, Classification classification) {
    return card(sighting, c, classification, sample, evidence);
  }

  static Card card(Sighting s, Claim claim, Classification c, String sample, Evidence ev) {
    Classification cl = c != null ? c
        : claim != null && claim.cached() != null ? claim.cached().classification()
        : new Classification(Category.UNKNOWN, Confidence.LOW, "Not classified.", "", null, Source.UNCLASSIFIED, null,
            ModelUsage.NONE);
    long suppressed = claim == null ? 0 : claim.suppressedSinceLastReport();
    Instant firstSeen = claim == null ? null : claim.firstSeen();
    List<String> flags = ev.flags();
    if (claim != null && claim.won() && claim.isNew() && !flags.contains("NEW")) {
      // The retry of a batch whose first post failed: the signals saw it once already, the store knows better.
      flags = new ArrayList<>(flags);
      flags.add(0, "NEW");
    }
    return new Card(s.fingerprint(), s.template(), s.service(), s.logGroup(), cl, s.count(), suppressed, sample,
        firstSeen, flags);
  }
}
