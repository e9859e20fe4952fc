package dev.logsift.corrections;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import dev.logsift.dedup.LabelCache;
import dev.logsift.dedup.PostedCard;
import dev.logsift.redact.Redactor;
import java.time.Instant;

/**
 * Turns one human verdict on one card into a stored correction and a cache override, once. The override
 * comes first: if the write then fails, the next attempt repeats both, and an override is idempotent. The
 * sample is redacted again: it leaves the dedup table for a bucket with a longer life.
 */
public final class CorrectionRecorder {
  static final String CONFIRMED_SUMMARY = "Category confirmed by a reviewer.";

  private final Corrections corrections;
  private final LabelCache labels;
  private final Redactor redactor;
  private final ServiceExamples examples;

  public CorrectionRecorder(Corrections corrections, LabelCache labels, Redactor redactor) {
    this(corrections, labels, redactor, null);
  }

  /** @param examples the service's latest verdicts shown to the model, or null to keep none */
  public CorrectionRecorder(Corrections corrections, LabelCache labels, Redactor redactor, ServiceExamples examples) {
    this.corrections = corrections;
    this.labels = labels;
    this.redactor = redactor;
    this.examples = examples;
  }

  /**
   * @param corrected the category chosen, or null to confirm the card's category
   * @param reason as typed by the human (redacted here), or null
   * @return true when this call stored the correction; false when it was already stored
   */
  public boolean record(PostedCard card, String source, String who, Category corrected, String reason, Instant at,
      String link) {
    Correction c = new Correction(card.fingerprint(), card.service(), card.logGroup(), card.category(),
        card.confidence(), corrected, reason == null ? "" : redactor.redact(reason), who, at, source,
        card.delivery().channel(), card.delivery().messageId(), link, redactor.redact(card.sample()), card.postedAt());
    if (corrections.exists(c.key())) {
      return false;
    }
    labels.overrideClassification(card.fingerprint(), humanLabel(c), at);
    boolean saved = corrections.save(c);
    if (saved && examples != null) {
      examples.add(c);
    }
    return saved;
  }

  /** What the next card of this fingerprint shows instead of asking the model. */
  static Classification humanLabel(Correction c) {
    String summary = c.reason().isBlank() ? CONFIRMED_SUMMARY : c.reason();
    return new Classification(c.effectiveCategory(), Confidence.HIGH, summary, "", null, Source.HUMAN,
        (c.disagrees() ? "corrected" : "confirmed") + " by a reviewer on " + c.source(), ModelUsage.NONE);
  }
}
