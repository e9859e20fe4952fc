package dev.logsift.pipeline;

import dev.logsift.classify.Classifier;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.core.Sleeper;
import dev.logsift.dedup.DedupStore;
import dev.logsift.fingerprint.Fingerprinter;
import dev.logsift.notify.Notifier;
import dev.logsift.redact.Redactor;
import dev.logsift.signal.BudgetStore;
import dev.logsift.signal.SignalStore;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/**
 * What the pipeline is built from, wired once per cold start.
 *
 * @param classifier the configured classifier (the model, already behind the cost ceiling, or the rules)
 * @param fallback the rules classifier, used when the model fails
 * @param classifyPool runs model calls concurrently, and confirms each posted card's claim while the next card
 *     is posted; null does both inline
 * @param sleeper waits while another invocation holds a claim it has not confirmed yet
 */
public record Parts(
    Fingerprinter fingerprinter,
    Redactor redactor,
    DedupStore dedup,
    SignalStore signals,
    BudgetStore budgets,
    KnownFailureCatalog knownFailures,
    Classifier classifier,
    Classifier fallback,
    Notifier notifier,
    Clock clock,
    ExecutorService classifyPool,
    Sleeper sleeper) {}
