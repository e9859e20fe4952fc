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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classification in the cheapest order that is still right: a human correction, then a known-failures
 * match (deterministic, no model call), then a fresh cached answer, then the answer for a template one
 * variable token apart (see {@link SimilarTemplates}), and only then the classifier, within the
 * per-invocation cap. A human label wins over a known failure because it is the most specific word
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
  private final SimilarTemplates similar = new SimilarTemplates();

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
    // A variant of a request already due in this batch waits for that answer instead of its own call.
    SimilarTemplates dueNow = new SimilarTemplates();
    Map<Integer, Integer> followers = new HashMap<>();
    int budget = cap;
    for (Request r : requests) {
      Classification c;
      try {
        c = beforeModel(r, now);
        if (c == null && !r.mayCallModel()) {
          c = fallback.classify(r.request());
        }
      } catch (RuntimeException | Error e) {
        c = unprocessable(r.request(), e);
      }
      if (c == null) {
        SimilarTemplates.Entry leader = dueNow.find(r.request().service(), r.request().fingerprint(),
            r.request().template(), r.request().rootCause(), Instant.MIN);
        if (leader != null) {
          followers.put(out.size(), Integer.parseInt(leader.fingerprint()));
          out.add(null);
          continue;
        }
      }
      if (c == null && budget > 0) {
        budget--;
        dueNow.remember(r.request().service(), String.valueOf(out.size()), r.request().template(),
            r.request().rootCause(), null, now);
        due.add(out.size());
      } else if (c == null) {
        c = new Classification(Category.UNKNOWN, Confidence.LOW, "Not classified: too many new errors at once.",
            "Look at the sample; the next card for this fingerprint will be classified.", null, Source.UNCLASSIFIED,
            "per-invocation classification cap of " + cap + " reached", ModelUsage.NONE);
      }
      out.add(c);
    }
    if (!due.isEmpty()) {
      callModel(requests, due, out);
    }
    for (Map.Entry<Integer, Integer> f : followers.entrySet()) {
      Request r = requests.get(f.getKey());
      Request lead = requests.get(f.getValue());
      Classification answer = out.get(f.getValue());
      out.set(f.getKey(), reusable(answer.source())
          ? reused(answer, lead.request().fingerprint()) : fallback(r.request(), "similar error unclassified"));
    }
    for (int i = 0; i < requests.size(); i++) {
      remember(requests.get(i), out.get(i), now);
    }
    return out;
  }

  /** A duplicate's cached answer is known without classifying: it can still serve its variants. */
  void remember(ClassifyRequest req, CachedClassification cached, Instant now) {
    if (cached != null && reusable(cached.classification().source())) {
      Instant at = cached.classification().source() == Source.HUMAN ? now : cached.classifiedAt();
      similar.remember(req.service(), req.fingerprint(), req.template(), req.rootCause(), cached.classification(), at);
    }
  }

  private void remember(Request r, Classification c, Instant now) {
    if (c.source() == Source.MODEL || c.source() == Source.HUMAN) {
      similar.remember(r.request().service(), r.request().fingerprint(), r.request().template(),
          r.request().rootCause(), c, now);
    } else if (c.source() == Source.CACHE) {
      remember(r.request(), r.cached(), now);
    }
  }

  /** Only what a model or a person said about an error is worth carrying to its variant. */
  private static boolean reusable(Source s) {
    return s == Source.MODEL || s == Source.HUMAN;
  }

  private static Classification reused(Classification c, String fingerprint) {
    return new Classification(c.category(), c.confidence(), c.summary(), c.firstResponse(), c.knownFailureId(),
        Source.SIMILAR, "reused from " + fingerprint, ModelUsage.NONE);
  }

  private void callModel(List<Request> requests, List<Integer> due, List<Classification> out) {
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
    ClassifyRequest q = r.request();
    SimilarTemplates.Entry near = similar.find(q.service(), q.fingerprint(), q.template(), q.rootCause(),
        now.minus(ttl));
    return near == null ? null : reused(near.classification(), near.fingerprint());
  }

  private Classification await(Future<Classification> f, ClassifyRequest req) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fallback(req, "interrupted");
    } catch (ExecutionException e) {
      Unprocessable.rethrowIfFatal(e.getCause());
      LOG.warn("classifier crashed for fingerprint {}: {}", req.fingerprint(), e.getCause().getClass().getSimpleName());
      return fallback(req, "classifier error");
    }
  }

  private Classification classifyOne(Classifier model, ClassifyRequest req) {
    try {
      return model.classify(req);
    } catch (UnusableModelOutputException e) {
      LOG.warn("unusable model output for fingerprint {}: {}", req.fingerprint(), e.getMessage());
      return fallback(req, "model output unusable");
    } catch (LogsiftException e) {
      LOG.warn("classifier unavailable for fingerprint {}: {}", req.fingerprint(), e.getMessage());
      return fallback(req, "model unavailable");
    } catch (RuntimeException | Error e) {
      // A classifier bug must not cost the card: the rules answer and the log names the error type only.
      Unprocessable.rethrowIfFatal(e);
      LOG.warn("classifier error for fingerprint {}: {}", req.fingerprint(), e.getClass().getSimpleName());
      return fallback(req, "classifier error");
    }
  }

  private Classification fallback(ClassifyRequest req, String note) {
    try {
      return fallback.classify(req).withSource(Source.FALLBACK, note);
    } catch (RuntimeException | Error e) {
      return unprocessable(req, e);
    }
  }

  /** The rules failed on this text too (a stack overflow on hostile input): the card says so, the batch goes on. */
  private static Classification unprocessable(ClassifyRequest req, Throwable e) {
    Unprocessable.rethrowIfFatal(e);
    LOG.warn("classify stage failed for fingerprint {}: {}", req.fingerprint(), e.getClass().getSimpleName());
    return Unprocessable.classification("classify");
  }
}
