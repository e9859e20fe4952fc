package dev.logsift.corrections;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import dev.logsift.dedup.CachedClassification;
import dev.logsift.dedup.Claim;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.dedup.PostedCard;
import dev.logsift.dedup.Sighting;
import dev.logsift.dedup.PostedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** Posts cards into a real in-memory dedup store the way the classifier pipeline does. */
final class Cards {
  static final Duration WINDOW = Duration.ofMinutes(10);

  private Cards() {}

  static InMemoryDedupStore store() {
    return new InMemoryDedupStore(WINDOW, new SplittableRandom(7));
  }

  static Sighting sighting(String fingerprint) {
    return new Sighting(fingerprint, "AccessDenied: User <*> assumed role <*>", "checkout", "/ecs/checkout", 1);
  }

  static void post(InMemoryDedupStore dedup, String fingerprint, PostedMessage delivery, Instant at) {
    Sighting s = sighting(fingerprint);
    Claim claim = dedup.claim(s, at);
    Classification c = new Classification(Category.APPLICATION, Confidence.MEDIUM, "A bug.", "Look at the trace.",
        null, Source.MODEL, null, ModelUsage.NONE);
    dedup.confirm(claim, c, new PostedCard(fingerprint, s.service(), s.logGroup(), c.category(), c.confidence(),
        "AccessDenied: User ops@example.com assumed role admin", delivery, at), at);
  }

  /** What the pipeline would find cached for the fingerprint on its next card. */
  static CachedClassification cachedAfterWindow(InMemoryDedupStore dedup, String fingerprint, Instant now) {
    return dedup.claim(sighting(fingerprint), now.plus(WINDOW).plus(WINDOW)).cached();
  }
}
