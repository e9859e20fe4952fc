package dev.logsift.pipeline;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import dev.logsift.core.LogsiftException;
import dev.logsift.core.UnusableModelOutputException;
import dev.logsift.dedup.CachedClassification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classification in the cheapest order that is still right: a human correction, then a known-failures
 * match (deterministic, no model call), then a fresh cached answer, and only then the classifier, within
 * the per-invocation cap. A human label wins over a known failure because it is the most specific word
 * anyone has said about this fingerprint.
 */
final class Cascade {
  private static final Logger LOG = LoggerFactory.getLogger(Cascade.class);

  /**
   * @param mayCallModel false for a spike or spread breaking through another card's window: that card's
   *     claim owner asks the model, so asking again would pay twice for one fingerprint
   */
  record Request(ClassifyRequest request, CachedClassification cached, boolean mayCallModel) {}

  private final Classifier classifier;
  private final Classifier fallback;
  private final ExecutorService pool;
  private final int cap;
  private final Duration ttl;

  /** @param fallback the rules classifier, which also matches known failures */
  Cascade(Classifier classifier, Classifier fallback, ExecutorService pool, int cap, Duration ttl) {
    this.classifier = classifier;
    this.fallback = fallback;
    this.pool = pool;
    this.cap = cap;
    this.ttl = ttl;
  }

  List<Classification> classifyAll(List<Request> requests, Instant now) {
    List<Classification> out = new ArrayList<>(requests.size());
    List<Integer> due = new ArrayList<>();
    int budget = cap;
    for (Request r : requests) {
      Classification c = beforeModel(r, now);
      if (c == null && !r.mayCallModel()) {
        c = fallback.classify(r.request());
      } else if (c == null && budget > 0) {
        budget--;
        due.add(out.size());
      } else if (c == null) {
        c = new Classification(Category.UNKNOWN, Confidence.LOW, "Not classified: too many new errors at once.",
            "Look at the sample; the next card for this fingerprint will be classified.", null, Source.UNCLASSIFIED,
            "per-invocation classification cap of " + cap + " reached", ModelUsage.NONE);
      }
      out.add(c);
    }
    if (due.isEmpty()) {
      return out;
    }
    // Behind the cost ceiling, the batch's calls share one reservation and one usage record.
    CostCeiling.Batch batch = classifier instanceof CostCeiling ceiling ? ceiling.open(due.size()) : null;
    Classifier model = batch != null ? batch : classifier;
    try {
      List<Future<Classification>> futures = new ArrayList<>(due.size());
      for (int i : due) {
        ClassifyRequest req = requests.get(i).request();
        if (pool == null) {
          out.set(i, classifyOne(model, req));
        } else {
          futures.add(pool.submit(() -> classifyOne(model, req)));
        }
      }
      for (int k = 0; k < futures.size(); k++) {
        int i = due.get(k);
        out.set(i, await(futures.get(k), requests.get(i).request()));
      }
    } finally {
      if (batch != null) {
        batch.close();
      }
    }
    return out;
  }

  private Classification beforeModel(Request r, Instant now) {
    CachedClassification cached = r.cached();
    if (cached != null && cached.classification().source() == Source.HUMAN) {
      return cached.classification();
    }
    // The rules classifier answers known failures first and deterministically: no model call for them.
    Classification rules = fallback.classify(r.request());
    if (rules.source() == Source.KNOWN_FAILURE) {
      return rules;
    }
    if (cached != null && cached.classifiedAt().plus(ttl).isAfter(now)) {
      return cached.classification().withSource(Source.CACHE, null);
    }
    return null;
  }

  private Classification await(Future<Classification> f, ClassifyRequest req) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fallback.classify(req).withSource(Source.FALLBACK, "interrupted");
    } catch (ExecutionException e) {
      LOG.warn("classifier crashed for fingerprint {}: {}", req.fingerprint(), e.getCause().getClass().getSimpleName());
      return fallback.classify(req).withSource(Source.FALLBACK, "classifier error");
    }
  }

  private Classification classifyOne(Classifier model, ClassifyRequest req) {
    try {
      return model.classify(req);
    } catch (UnusableModelOutputException e) {
      LOG.warn("unusable model output for fingerprint {}: {}", req.fingerprint(), e.getMessage());
      return fallback.classify(req).withSource(Source.FALLBACK, "model output unusable");
    } catch (LogsiftException e) {
      LOG.warn("classifier unavailable for fingerprint {}: {}", req.fingerprint(), e.getMessage());
      return fallback.classify(req).withSource(Source.FALLBACK, "model unavailable");
    } catch (RuntimeException e) {
      // A classifier bug must not cost the card: the rules answer and the log names the error type only.
      LOG.warn("classifier error for fingerprint {}: {}", req.fingerprint(), e.getClass().getSimpleName());
      return fallback.classify(req).withSource(Source.FALLBACK, "classifier error");
    }
  }
}
