package dev.logsift.pipeline;

import dev.logsift.classify.KnownFailure;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classifier Lambda's work for one batch: group by fingerprint, read the signals, claim, classify,
 * post (or roll into the digest past the budget), confirm. For each distinct fingerprint exactly one of:
 * a card was posted; it went into the digest; it was suppressed (repeat, or known noise); or it failed and
 * the batch fails, so Lambda retries and the retry posts only what is missing.
 */
public final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Parts parts;
  private final PipelineSettings settings;
  private final Delivering delivering;
  private final Observing observing;
  private final Classifying classifying;
  private final Contest contest;

  public Pipeline(Parts parts, PipelineSettings settings) {
    this.parts = parts;
    this.settings = settings;
    Cascade cascade = new Cascade(parts.classifier(), parts.fallback(), parts.classifyPool(),
        settings.maxClassificationsPerInvocation(), settings.classificationTtl());
    this.delivering = new Delivering(parts, settings.alertBudgetPerHour());
    this.observing = new Observing(parts, cascade, delivering);
    this.classifying = new Classifying(parts, cascade);
    this.contest = new Contest(parts, settings);
  }

  static final class Group {
    final Fingerprint fingerprint;
    final String rawSample;
    /** The stage that failed on these events, or null; the sample is then already a redacted head. */
    final String failedStage;
    long count;

    Group(Fingerprint fingerprint, String rawSample) {
      this(fingerprint, rawSample, null);
    }

    Group(Fingerprint fingerprint, String rawSample, String failedStage) {
      this.fingerprint = fingerprint;
      this.rawSample = rawSample;
      this.failedStage = failedStage;
    }
  }

  /** A group after the stages that read its text: what the stores and the classifier get. */
  record Prepared(Group group, String template, String sample, Optional<KnownFailure> noise) {}

  public BatchReport process(LogBatch batch) {
    if (batch.isControl()) {
      return BatchReport.control();
    }
    List<String> messages = new ArrayList<>(batch.logEvents().size());
    int truncated = 0;
    for (LogEvent e : batch.logEvents()) {
      String message = e.message();
      if (message.length() > settings.maxMessageChars()) {
        message = message.substring(0, settings.maxMessageChars());
        truncated++;
      }
      messages.add(message);
    }
    Map<String, Group> unprocessable = new LinkedHashMap<>();
    Map<String, Group> groups = group(batch.service(), messages, unprocessable);
    String service = batch.service();
    Instant now = parts.clock().instant();
    List<Prepared> prepared = prepare(service, groups, unprocessable, now);
    Ledger ledger = new Ledger();
    List<Ticket> held = new ArrayList<>();
    try {
      Observing.Observed seen = observing.observe(prepared, service, batch.logGroup(), now, ledger);
      held.addAll(seen.ours());
      classifyAndDeliver(seen.ours(), now, ledger);
      // Only now, with our own claims confirmed, wait for other invocations' claims: two invocations that
      // each wait for the other before confirming would deadlock until both give up.
      List<Ticket> taken = contest.resolve(seen.contested(), ledger);
      held.addAll(taken);
      classifyAndDeliver(taken, parts.clock().instant(), ledger);
    } catch (RuntimeException | Error unexpected) {
      // A bug or an untyped adapter error: whatever we hold and did not deliver goes back, so the retry
      // that the failed invocation triggers can report it.
      for (Ticket t : held) {
        if (!ledger.isDelivered(t)) {
          delivering.giveBack(t);
          ledger.settle(new Outcome(Outcome.Status.FAILED, t.cardWith(t.claim(), null), null, "internal"));
        }
      }
      Unprocessable.rethrowIfFatal(unexpected);
      BatchReport report = report(batch, prepared.size(), truncated, ledger.outcomes());
      throw new BatchFailedException(report, Failures.typed("logsift", unexpected));
    }

    BatchReport report = report(batch, prepared.size(), truncated, ledger.outcomes());
    if (ledger.firstFailure() != null) {
      throw new BatchFailedException(report, ledger.firstFailure());
    }
    return report;
  }

  /** Groups by fingerprint; a line a stage fails on joins that stage's unprocessable group. */
  private Map<String, Group> group(String service, List<String> messages, Map<String, Group> unprocessable) {
    Map<String, Group> groups = new LinkedHashMap<>();
    try {
      // The whole batch at once: a learning fingerprinter learns the batch before it answers.
      List<Fingerprint> prints = parts.fingerprinter().fingerprintAll(service, messages);
      for (int i = 0; i < prints.size(); i++) {
        addToGroup(groups, prints.get(i), messages.get(i));
      }
    } catch (RuntimeException | Error ex) {
      Unprocessable.rethrowIfFatal(ex);
      // One line broke the batch-wide pass: fingerprint line by line, without learning, so only that line is lost.
      groups.clear();
      for (String message : messages) {
        Fingerprint fp;
        try {
          fp = parts.fingerprinter().fingerprint(message);
        } catch (RuntimeException | Error lineError) {
          addUnprocessable(unprocessable, "fingerprint", message, 1, lineError);
          continue;
        }
        addToGroup(groups, fp, message);
      }
    }
    return groups;
  }

  /** Redacts each group's template and sample and looks for known noise; the unprocessable groups come last. */
  private List<Prepared> prepare(String service, Map<String, Group> groups, Map<String, Group> unprocessable,
      Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<Prepared> prepared = new ArrayList<>(groups.size() + unprocessable.size());
    for (Group g : groups.values()) {
      String stage = "redact";
      try {
        String template = parts.redactor().redact(g.fingerprint.template());
        String sample = sample(g.rawSample);
        stage = "known-failures";
        prepared.add(new Prepared(g, template, sample, knownNoise(service, sample, template, today)));
      } catch (RuntimeException | Error ex) {
        addUnprocessable(unprocessable, stage, g.rawSample, g.count, ex);
      }
    }
    for (Group g : unprocessable.values()) {
      prepared.add(new Prepared(g, g.fingerprint.template(), g.rawSample, Optional.empty()));
    }
    return prepared;
  }

  private void classifyAndDeliver(List<Ticket> tickets, Instant now, Ledger ledger) {
    if (!tickets.isEmpty()) {
      classifying.classify(tickets, now);
      delivering.deliver(tickets, ledger);
    }
  }

  /**
   * Contains a failure of one stage on some events: they join the unprocessable group of that stage, shown
   * by their redacted head. The log names the stage and the error type, never the text.
   */
  private void addUnprocessable(Map<String, Group> unprocessable, String stage, String raw, long count,
      Throwable error) {
    Unprocessable.rethrowIfFatal(error);
    LOG.warn("unprocessable event: {} stage failed with {}", stage, error.getClass().getSimpleName());
    String id = Unprocessable.id(stage);
    Group g = unprocessable.get(id);
    if (g == null) {
      g = new Group(new Fingerprint(id, Unprocessable.template(stage)), Unprocessable.head(parts.redactor(), raw),
          stage);
      unprocessable.put(id, g);
    }
    g.count += count;
  }

  /**
   * Redact before cutting, so a secret that straddles the cut is still recognised whole; the prefix that is
   * redacted is bounded (secrets are short next to it), so a 1 MB line costs no more than a long one.
   */
  private String sample(String raw) {
    int limit = settings.sampleChars();
    String prefix = raw.length() > limit * 8 ? raw.substring(0, limit * 8) : raw;
    return head(parts.redactor().redact(prefix), limit);
  }

  /** The group keeps its first event whole: the root cause is looked for in it, past the sample's cut. */
  private static void addToGroup(Map<String, Group> groups, Fingerprint fp, String message) {
    groups.computeIfAbsent(fp.id(), k -> new Group(fp, message)).count++;
  }

  private Optional<KnownFailure> knownNoise(String service, String sample, String template, LocalDate today) {
    if (parts.knownFailures() == null) {
      return Optional.empty();
    }
    for (KnownFailure k : parts.knownFailures().forService(service)) {
      if (k.suppressedOn(today) && (k.matches(sample) || k.matches(template))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static BatchReport report(LogBatch batch, int fingerprints, int truncated, List<Outcome> outcomes) {
    int[] n = new int[Outcome.Status.values().length];
    Map<String, Integer> servedBy = new TreeMap<>();
    for (Outcome o : outcomes) {
      n[o.status().ordinal()]++;
      if (o.status() == Outcome.Status.NOTIFIED || o.status() == Outcome.Status.DIGESTED) {
        servedBy.merge(o.card().classification().source().wire(), 1, Integer::sum);
      }
    }
    return new BatchReport(LogBatch.DATA_MESSAGE, batch.logEvents().size(), fingerprints,
        n[Outcome.Status.NOTIFIED.ordinal()], n[Outcome.Status.DIGESTED.ordinal()],
        n[Outcome.Status.SUPPRESSED.ordinal()], n[Outcome.Status.FAILED.ordinal()], truncated, servedBy, outcomes);
  }

  private static String head(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf('\n', max);
    return s.substring(0, cut > max / 2 ? cut : max) + "\n…[truncated]";
  }

  static Logger log() {
    return LOG;
  }
}
