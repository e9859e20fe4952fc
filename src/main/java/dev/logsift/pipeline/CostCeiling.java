package dev.logsift.pipeline;

import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.Source;
import dev.logsift.logging.Metrics;
import dev.logsift.signal.BudgetStore;
import java.time.Clock;
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
}
