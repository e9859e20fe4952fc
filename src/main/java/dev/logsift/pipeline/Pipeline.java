package dev.logsift.pipeline;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.LogsiftException;
import dev.logsift.core.UnusableModelOutputException;
import dev.logsift.dedup.CachedClassification;
import dev.logsift.dedup.Claim;
import dev.logsift.dedup.DedupStore;
import dev.logsift.dedup.Sighting;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.fingerprint.Fingerprinter;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Notifier;
import dev.logsift.redact.Redactor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classifier Lambda's work for one batch: group by fingerprint, claim, classify, post, confirm.
 * For each distinct fingerprint exactly one of: a card was posted; it was suppressed as a repeat; or it
 * failed and the batch fails, so Lambda retries and the retry posts only what is missing.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Fingerprinter fingerprinter;
  private final Redactor redactor;
  private final DedupStore dedup;
  private final Classifier classifier;
  private final Classifier fallback;
  private final Notifier notifier;
  private final Clock clock;
  private final PipelineSettings settings;
  private final ExecutorService classifyPool;

  /**
   * @param classifier the configured classifier (model or rules)
   * @param fallback the rules classifier, used when the model fails
   * @param classifyPool runs model calls concurrently; null classifies inline
   */
  public Pipeline(Fingerprinter fingerprinter, Redactor redactor, DedupStore dedup, Classifier classifier,
      Classifier fallback, Notifier notifier, Clock clock, PipelineSettings settings, ExecutorService classifyPool) {
    this.fingerprinter = fingerprinter;
    this.redactor = redactor;
    this.dedup = dedup;
    this.classifier = classifier;
    this.fallback = fallback;
    this.notifier = notifier;
    this.clock = clock;
    this.settings = settings;
    this.classifyPool = classifyPool;
  }

  private static final class Group {
    final Fingerprint fingerprint;
    final String rawSample;
    long count;

    Group(Fingerprint fingerprint, String rawSample) {
      this.fingerprint = fingerprint;
      this.rawSample = rawSample;
    }
  }

  private record Pending(Group group, Sighting sighting, Claim claim, String sample) {}

  public BatchReport process(LogBatch batch) {
    if (batch.isControl()) {
      return BatchReport.control();
    }
    int truncated = 0;
    Map<String, Group> groups = new LinkedHashMap<>();
    for (LogEvent e : batch.logEvents()) {
      String message = e.message();
      if (message.length() > settings.maxMessageChars()) {
        message = message.substring(0, settings.maxMessageChars());
        truncated++;
      }
      Fingerprint fp = fingerprinter.fingerprint(message);
      String m = message;
      groups.computeIfAbsent(fp.id(), k -> new Group(fp, m)).count++;
    }

    String service = batch.service();
    Instant now = clock.instant();
    List<Outcome> outcomes = new ArrayList<>(groups.size());
    List<Pending> toPost = new ArrayList<>();
    DownstreamUnavailableException firstFailure = null;
    for (Group g : groups.values()) {
      String template = redactor.redact(g.fingerprint.template());
      Sighting sighting = new Sighting(g.fingerprint.id(), template, service, batch.logGroup(), g.count);
      String sample = redactor.redact(head(g.rawSample, settings.sampleChars()));
      try {
        Claim claim = dedup.claim(sighting, now);
        if (claim.won()) {
          toPost.add(new Pending(g, sighting, claim, sample));
        } else {
          outcomes.add(new Outcome(Outcome.Status.SUPPRESSED, card(sighting, claim, null, sample), null, null));
        }
      } catch (DownstreamUnavailableException ex) {
        firstFailure = firstFailure == null ? ex : firstFailure;
        outcomes.add(new Outcome(Outcome.Status.FAILED, card(sighting, null, null, sample), null, ex.kind()));
      }
    }

    List<Classification> classes = classifyAll(toPost, now);
    for (int i = 0; i < toPost.size(); i++) {
      Pending p = toPost.get(i);
      Card card = card(p.sighting(), p.claim(), classes.get(i), p.sample());
      try {
        Delivery d = notifier.post(card);
        try {
          dedup.confirm(p.claim(), card, d, clock.instant());
        } catch (DownstreamUnavailableException ex) {
          // The card is out; failing here would make the retry post it twice. The claim still holds.
          LOG.warn("confirm failed after posting fingerprint {}: {}", p.sighting().fingerprint(), ex.kind());
        }
        outcomes.add(new Outcome(Outcome.Status.NOTIFIED, card, d, null));
      } catch (DownstreamUnavailableException ex) {
        firstFailure = firstFailure == null ? ex : firstFailure;
        releaseQuietly(p);
        outcomes.add(new Outcome(Outcome.Status.FAILED, card, null, ex.kind()));
      }
    }

    int notified = 0;
    int suppressed = 0;
    int failed = 0;
    for (Outcome o : outcomes) {
      switch (o.status()) {
        case NOTIFIED -> notified++;
        case SUPPRESSED -> suppressed++;
        case FAILED -> failed++;
      }
    }
    BatchReport report = new BatchReport(LogBatch.DATA_MESSAGE, batch.logEvents().size(), groups.size(), notified,
        suppressed, failed, truncated, outcomes);
    if (firstFailure != null) {
      throw new BatchFailedException(report, firstFailure);
    }
    return report;
  }

  private void releaseQuietly(Pending p) {
    try {
      dedup.release(p.claim(), p.sighting(), clock.instant());
    } catch (DownstreamUnavailableException ex) {
      // The window then runs out on its own; the retry after it posts the card.
      LOG.warn("release failed for fingerprint {}: {}", p.sighting().fingerprint(), ex.kind());
    }
  }

  private List<Classification> classifyAll(List<Pending> pending, Instant now) {
    List<Classification> out = new ArrayList<>(pending.size());
    List<Future<Classification>> futures = new ArrayList<>();
    int budget = settings.maxClassificationsPerInvocation();
    for (Pending p : pending) {
      CachedClassification cached = p.claim().cached();
      if (cached != null && (cached.classification().source() == Source.HUMAN
          || cached.classifiedAt().plus(settings.classificationTtl()).isAfter(now))) {
        Classification c = cached.classification();
        out.add(c.source() == Source.HUMAN ? c : c.withSource(Source.CACHE, null));
        futures.add(null);
      } else if (budget > 0) {
        budget--;
        ClassifyRequest req = new ClassifyRequest(p.sighting().service(), p.sighting().logGroup(),
            p.sighting().fingerprint(), p.sighting().template(), p.sample());
        out.add(null);
        futures.add(classifyPool == null ? null : classifyPool.submit(() -> classifyOne(req)));
        if (classifyPool == null) {
          out.set(out.size() - 1, classifyOne(req));
        }
      } else {
        out.add(new Classification(Category.UNKNOWN, Confidence.LOW, "Not classified: too many new errors at once.",
            "Look at the sample; the next card for this fingerprint will be classified.", null, Source.UNCLASSIFIED,
            "per-invocation classification cap of " + settings.maxClassificationsPerInvocation() + " reached",
            ModelUsage.NONE));
        futures.add(null);
      }
    }
    for (int i = 0; i < futures.size(); i++) {
      Future<Classification> f = futures.get(i);
      if (f != null) {
        out.set(i, await(f, pending.get(i)));
      }
    }
    return out;
  }

  private Classification await(Future<Classification> f, Pending p) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fallbackFor(p, "interrupted");
    } catch (ExecutionException e) {
      return fallbackFor(p, "classifier error");
    }
  }

  private Classification fallbackFor(Pending p, String why) {
    ClassifyRequest req = new ClassifyRequest(p.sighting().service(), p.sighting().logGroup(),
        p.sighting().fingerprint(), p.sighting().template(), p.sample());
    return fallback.classify(req).withSource(Source.FALLBACK, why);
  }

  private Classification classifyOne(ClassifyRequest req) {
    try {
      return classifier.classify(req);
    } catch (UnusableModelOutputException e) {
      LOG.warn("unusable model output for fingerprint {}: {}", req.fingerprint(), e.getMessage());
      return fallback.classify(req).withSource(Source.FALLBACK, "model output unusable");
    } catch (LogsiftException e) {
      LOG.warn("classifier unavailable for fingerprint {}: {}", req.fingerprint(), e.kind());
      return fallback.classify(req).withSource(Source.FALLBACK, "model unavailable");
    }
  }

  private static Card card(Sighting s, Claim claim, Classification c, String sample) {
    Classification cl = c != null ? c
        : claim != null && claim.cached() != null ? claim.cached().classification()
        : new Classification(Category.UNKNOWN, Confidence.LOW, "Not classified.", "", null, Source.UNCLASSIFIED, null,
            ModelUsage.NONE);
    long suppressed = claim == null ? 0 : claim.suppressedSinceLastReport();
    Instant firstSeen = claim == null ? null : claim.firstSeen();
    return new Card(s.fingerprint(), s.template(), s.service(), s.logGroup(), cl, s.count(), suppressed, sample,
        firstSeen, List.of());
  }

  private static String head(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf('\n', max);
    return s.substring(0, cut > max / 2 ? cut : max) + "\n…[truncated]";
  }
}
