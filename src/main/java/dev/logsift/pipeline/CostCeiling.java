package dev.logsift.pipeline;

import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.Source;
import dev.logsift.logging.Metrics;
import dev.logsift.signal.BudgetStore;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the model behind a global hourly budget of calls and tokens shared by every concurrent instance.
 * Past it the rules answer, the card says so, and the CostCeilingHit metric (alarmed in Terraform) fires.
 */
public final class CostCeiling implements Classifier {
  private static final Logger LOG = LoggerFactory.getLogger(CostCeiling.class);
  public static final String NOTE = "hourly model budget reached";

  private final Classifier model;
  private final Classifier rules;
  private final BudgetStore budgets;
  private final Clock clock;
  private final int maxCalls;
  private final long maxTokens;

  public CostCeiling(Classifier model, Classifier rules, BudgetStore budgets, Clock clock, int maxCallsPerHour,
      long maxTokensPerHour) {
    this.model = model;
    this.rules = rules;
    this.budgets = budgets;
    this.clock = clock;
    this.maxCalls = maxCallsPerHour;
    this.maxTokens = maxTokensPerHour;
  }

  @Override
  public Classification classify(ClassifyRequest request) {
    if (!budgets.reserveModelCall(maxCalls, maxTokens, clock.instant())) {
      LOG.warn("cost ceiling reached: fingerprint {} classified by rules", request.fingerprint());
      Metrics.emit("CostCeilingHit", 1, "Count");
      return rules.classify(request).withSource(Source.FALLBACK, NOTE);
    }
    Classification c = model.classify(request);
    long tokens = c.usage().inputTokens() + c.usage().outputTokens();
    if (tokens > 0) {
      budgets.addModelUsage(c.usage().inputTokens(), c.usage().outputTokens(), c.usage().estimatedCostUsd(),
          clock.instant());
      Metrics.emit("ModelTokens", tokens, "Count");
    }
    return c;
  }

  /**
   * Model calls of one batch: reserved with one counter update before they start and their usage recorded with
   * one after they end, however many there are. A store that cannot be reached answers every call as the
   * model being unavailable, as {@link #classify} does.
   */
  public Batch open(int wanted) {
    try {
      return new Batch(budgets.reserveModelCalls(wanted, maxCalls, maxTokens, clock.instant()), null);
    } catch (RuntimeException e) {
      return new Batch(0, e);
    }
  }

  /** Reserved calls for one batch; used from the concurrent model-call threads. */
  public final class Batch implements Classifier {
    private final AtomicInteger left;
    private final RuntimeException unavailable;
    private final LongAdder inputTokens = new LongAdder();
    private final LongAdder outputTokens = new LongAdder();
    private final DoubleAdder cost = new DoubleAdder();

    private Batch(int granted, RuntimeException unavailable) {
      this.left = new AtomicInteger(granted);
      this.unavailable = unavailable;
    }

    @Override
    public Classification classify(ClassifyRequest request) {
      if (unavailable != null) {
        throw unavailable;
      }
      if (left.getAndDecrement() <= 0) {
        LOG.warn("cost ceiling reached: fingerprint {} classified by rules", request.fingerprint());
        Metrics.emit("CostCeilingHit", 1, "Count");
        return rules.classify(request).withSource(Source.FALLBACK, NOTE);
      }
      Classification c = model.classify(request);
      inputTokens.add(c.usage().inputTokens());
      outputTokens.add(c.usage().outputTokens());
      cost.add(c.usage().estimatedCostUsd());
      return c;
    }

    /** Records the batch's usage; the answers stand even if that fails (the ceiling then counts low). */
    public void close() {
      long in = inputTokens.sum();
      long out = outputTokens.sum();
      if (in + out == 0) {
        return;
      }
      try {
        budgets.addModelUsage(in, out, cost.sum(), clock.instant());
      } catch (RuntimeException e) {
        LOG.warn("could not record model usage: {}", e.getClass().getSimpleName());
      }
      Metrics.emit("ModelTokens", in + out, "Count");
    }
  }
}
