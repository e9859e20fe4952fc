package dev.logsift.pipeline;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.KnownFailure;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.dedup.Claim;
import dev.logsift.dedup.Sighted;
import dev.logsift.dedup.Sighting;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.rootcause.RootCause;
import dev.logsift.rootcause.RootCauseExtractor;
import dev.logsift.signal.Evidence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
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
  private static final RootCauseExtractor ROOT_CAUSES = RootCauseExtractor.standard();

  private final Parts parts;
  private final PipelineSettings settings;
  private final Cascade cascade;
  private final Delivering delivering;

  public Pipeline(Parts parts, PipelineSettings settings) {
    this.parts = parts;
    this.settings = settings;
    this.cascade = new Cascade(parts.classifier(), parts.fallback(), parts.classifyPool(),
        settings.maxClassificationsPerInvocation(), settings.classificationTtl());
    this.delivering = new Delivering(parts, settings.alertBudgetPerHour());
  }

  private static final class Group {
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
  private record Prepared(Group group, String template, String sample, Optional<KnownFailure> noise) {}

  /** A fingerprint that will get a card; a claim that was not won marks a spike or spread breaking through. */
  /** @param cause the root cause found in the whole event (redacted): the sample is cut and may miss it */
  record Pending(Sighting sighting, Claim claim, Evidence evidence, String sample, RootCause cause) {}

  public BatchReport process(LogBatch batch) {
    if (batch.isControl()) {
      return BatchReport.control();
    }
    int truncated = 0;
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, Group> unprocessable = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>(batch.logEvents().size());
    for (LogEvent e : batch.logEvents()) {
      String message = e.message();
      if (message.length() > settings.maxMessageChars()) {
        message = message.substring(0, settings.maxMessageChars());
        truncated++;
      }
      messages.add(message);
    }
    try {
      // The whole batch at once: a learning fingerprinter learns the batch before it answers.
      List<Fingerprint> prints = parts.fingerprinter().fingerprintAll(batch.service(), messages);
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

    String service = batch.service();
    Instant now = parts.clock().instant();
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
    Map<String, String> failedStages = new LinkedHashMap<>();
    unprocessable.values().forEach(g -> failedStages.put(g.fingerprint.id(), g.failedStage));
    List<Outcome> outcomes = new ArrayList<>(groups.size());
    List<Pending> pending = new ArrayList<>();
    Set<Pending> delivered = new HashSet<>();
    List<Pending> contested = new ArrayList<>();
    DownstreamUnavailableException failure = null;
    try {
      // Signals and claims for the whole batch at once: a store may need one request per fingerprint only.
      List<Sighting> sightings = new ArrayList<>(prepared.size());
      for (Prepared pr : prepared) {
        sightings.add(new Sighting(pr.group().fingerprint.id(), pr.template(), service, batch.logGroup(),
            pr.group().count));
      }
      List<Sighted> seen = parts.dedup().observeAndClaim(sightings,
          prepared.stream().map(pr -> pr.noise().isPresent()).toList(), parts.signals(), now);
      for (int i = 0; i < sightings.size(); i++) {
        Prepared pr = prepared.get(i);
        Sighting sighting = sightings.get(i);
        String sample = pr.sample();
        Evidence ev = seen.get(i).evidence();
        Claim claim = seen.get(i).claim();
        if (seen.get(i).failure() != null) {
          DownstreamUnavailableException d = Failures.typed("dedup", seen.get(i).failure());
          failure = failure == null ? d : failure;
          if (ev != null && ev.breakThrough()) {
            delivering.releaseBreakThrough(sighting.fingerprint(), ev.breakThroughToken());
          }
          outcomes.add(new Outcome(Outcome.Status.FAILED, card(sighting, null, null, sample, Evidence.NONE), null,
              d.kind()));
        } else if (claim == null) {
          outcomes.add(new Outcome(Outcome.Status.SUPPRESSED, card(sighting, null, null, sample, ev), null,
              "known-noise:" + pr.noise().orElseThrow().id()));
        } else if (claim.won()) {
          pending.add(new Pending(sighting, claim, ev, sample, rootCause(pr.group().rawSample)));
        } else if (ev.breakThrough()) {
          pending.add(new Pending(sighting, withoutWindow(claim, sighting), ev, sample,
              rootCause(pr.group().rawSample)));
        } else if (claim.heldUnconfirmed()) {
          contested.add(new Pending(sighting, claim, ev, sample, rootCause(pr.group().rawSample)));
        } else {
          cascade.remember(new ClassifyRequest(service, batch.logGroup(), sighting.fingerprint(), sighting.template(),
              sample, rootCause(pr.group().rawSample)), claim.cached(), now);
          outcomes.add(new Outcome(Outcome.Status.SUPPRESSED, card(sighting, claim, null, sample, ev), null,
              "duplicate"));
        }
      }

      DownstreamUnavailableException first = classifyAndDeliver(pending, outcomes, delivered, now, failedStages);
      failure = failure == null ? first : failure;
      // Only now, with our own claims confirmed, wait for other invocations' claims: two invocations that
      // each wait for the other before confirming would deadlock until both give up.
      List<Pending> taken = new ArrayList<>();
      DownstreamUnavailableException held = new Contest(parts, settings).resolve(contested, taken, outcomes);
      failure = failure == null ? held : failure;
      pending.addAll(taken);
      DownstreamUnavailableException second = classifyAndDeliver(taken, outcomes, delivered, parts.clock().instant(),
          failedStages);
      failure = failure == null ? second : failure;
    } catch (RuntimeException | Error unexpected) {
      // A bug or an untyped adapter error: whatever we hold and did not deliver goes back, so the retry
      // that the failed invocation triggers can report it.
      for (Pending p : pending) {
        if (!delivered.contains(p)) {
          delivering.giveBack(p);
          outcomes.add(new Outcome(Outcome.Status.FAILED, card(p.sighting(), p.claim(), null, p.sample(),
              p.evidence()), null, "internal"));
        }
      }
      Unprocessable.rethrowIfFatal(unexpected);
      BatchReport report = report(batch, prepared.size(), truncated, outcomes);
      throw new BatchFailedException(report, Failures.typed("logsift", unexpected));
    }

    BatchReport report = report(batch, prepared.size(), truncated, outcomes);
    if (failure != null) {
      throw new BatchFailedException(report, failure);
    }
    return report;
  }

  /** @param failedStages fingerprint ids of unprocessable events and the stage that failed on them */
  private DownstreamUnavailableException classifyAndDeliver(List<Pending> batch, List<Outcome> outcomes,
      Set<Pending> delivered, Instant now, Map<String, String> failedStages) {
    if (batch.isEmpty()) {
      return null;
    }
    List<Cascade.Request> requests = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      if (!failedStages.containsKey(p.sighting().fingerprint())) {
        requests.add(new Cascade.Request(new ClassifyRequest(p.sighting().service(), p.sighting().logGroup(),
            p.sighting().fingerprint(), p.sighting().template(), p.sample(), p.cause()), p.claim().cached(),
            p.claim().won()));
      }
    }
    List<Classification> classes = cascade.classifyAll(requests, now);
    List<Card> cards = new ArrayList<>(batch.size());
    int next = 0;
    for (Pending p : batch) {
      String stage = failedStages.get(p.sighting().fingerprint());
      if (stage == null) {
        cards.add(parts.notifier().addressed(card(p.sighting(), p.claim(), classes.get(next++), p.sample(),
            p.evidence())));
        continue;
      }
      Card c = card(p.sighting(), p.claim(), Unprocessable.classification(stage), p.sample(), p.evidence());
      List<String> flags = new ArrayList<>(c.flags());
      flags.add(Unprocessable.flag(stage));
      cards.add(parts.notifier().addressed(new Card(c.fingerprint(), c.template(), c.service(), c.logGroup(),
          c.classification(), c.occurrences(), c.suppressedSinceLastReport(), c.sample(), c.firstSeen(), flags)));
    }
    return delivering.deliver(batch, cards, outcomes, delivered);
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

  /** From the whole (bounded) event, so the innermost cause past the sample's cut still decides; redacted. */
  private static void addToGroup(Map<String, Group> groups, Fingerprint fp, String message) {
    groups.computeIfAbsent(fp.id(), k -> new Group(fp, message)).count++;
  }

  /** A cause that cannot be found or redacted is left out: the classifier still has the redacted sample. */
  private RootCause rootCause(String raw) {
    try {
      RootCause c = ROOT_CAUSES.extract(raw);
      return new RootCause(parts.redactor().redact(c.text()), c.kind());
    } catch (RuntimeException | Error ex) {
      Unprocessable.rethrowIfFatal(ex);
      return new RootCause("", RootCause.Kind.NONE);
    }
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

  /**
   * A break-through card is posted inside another card's window, so it neither confirms nor releases it.
   * The lost claim already counted this batch as suppressed; the card shows those events as this batch's.
   */
  private static Claim withoutWindow(Claim c, Sighting s) {
    return new Claim(c.fingerprint(), false, null, Math.max(0, c.suppressedSinceLastReport() - s.count()),
        c.firstSeen(), c.isNew(), c.cached());
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
