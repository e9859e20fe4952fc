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
import dev.logsift.dedup.Sighting;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.signal.Evidence;
import dev.logsift.signal.Observation;
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
    long count;

    Group(Fingerprint fingerprint, String rawSample) {
      this.fingerprint = fingerprint;
      this.rawSample = rawSample;
    }
  }

  /** A fingerprint that will get a card; a claim that was not won marks a spike or spread breaking through. */
  record Pending(Sighting sighting, Claim claim, Evidence evidence, String sample) {}

  public BatchReport process(LogBatch batch) {
    if (batch.isControl()) {
      return BatchReport.control();
    }
    int truncated = 0;
    Map<String, Group> groups = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>(batch.logEvents().size());
    for (LogEvent e : batch.logEvents()) {
      String message = e.message();
      if (message.length() > settings.maxMessageChars()) {
        message = message.substring(0, settings.maxMessageChars());
        truncated++;
      }
      messages.add(message);
    }
    // the whole batch at once: a learning fingerprinter learns the batch before it answers
    List<Fingerprint> prints = parts.fingerprinter().fingerprintAll(batch.service(), messages);
    for (int i = 0; i < prints.size(); i++) {
      Fingerprint fp = prints.get(i);
      String m = messages.get(i);
      groups.computeIfAbsent(fp.id(), k -> new Group(fp, m)).count++;
    }

    String service = batch.service();
    Instant now = parts.clock().instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<Outcome> outcomes = new ArrayList<>(groups.size());
    List<Pending> pending = new ArrayList<>();
    Set<Pending> delivered = new HashSet<>();
    List<Pending> contested = new ArrayList<>();
    DownstreamUnavailableException failure = null;
    try {
      for (Group g : groups.values()) {
        String template = parts.redactor().redact(g.fingerprint.template());
        Sighting sighting = new Sighting(g.fingerprint.id(), template, service, batch.logGroup(), g.count);
        String sample = sample(g.rawSample);
        Evidence ev = null;
        try {
          ev = parts.signals().observe(new Observation(sighting.fingerprint(), service, batch.logGroup(), g.count),
              now);
          Optional<KnownFailure> noise = knownNoise(service, sample, template, today);
          if (noise.isPresent() && !ev.spike()) {
            outcomes.add(new Outcome(Outcome.Status.SUPPRESSED, card(sighting, null, null, sample, ev), null,
                "known-noise:" + noise.get().id()));
            continue;
          }
          Claim claim = parts.dedup().claim(sighting, now);
          if (claim.won()) {
            pending.add(new Pending(sighting, claim, ev, sample));
          } else if (ev.breakThrough()) {
            pending.add(new Pending(sighting, withoutWindow(claim, sighting), ev, sample));
          } else if (claim.heldUnconfirmed()) {
            contested.add(new Pending(sighting, claim, ev, sample));
          } else {
            outcomes.add(new Outcome(Outcome.Status.SUPPRESSED, card(sighting, claim, null, sample, ev), null,
                "duplicate"));
          }
        } catch (RuntimeException ex) {
          DownstreamUnavailableException d = Failures.typed("dedup", ex);
          failure = failure == null ? d : failure;
          if (ev != null && ev.breakThrough()) {
            delivering.releaseBreakThrough(sighting.fingerprint(), ev.breakThroughToken());
          }
          outcomes.add(new Outcome(Outcome.Status.FAILED, card(sighting, null, null, sample, Evidence.NONE), null,
              d.kind()));
        }
      }

      DownstreamUnavailableException first = classifyAndDeliver(pending, outcomes, delivered, now);
      failure = failure == null ? first : failure;
      // Only now, with our own claims confirmed, wait for other invocations' claims: two invocations that
      // each wait for the other before confirming would deadlock until both give up.
      List<Pending> taken = new ArrayList<>();
      DownstreamUnavailableException held = new Contest(parts, settings).resolve(contested, taken, outcomes);
      failure = failure == null ? held : failure;
      pending.addAll(taken);
      DownstreamUnavailableException second = classifyAndDeliver(taken, outcomes, delivered, parts.clock().instant());
      failure = failure == null ? second : failure;
    } catch (RuntimeException unexpected) {
      // A bug or an untyped adapter error: whatever we hold and did not deliver goes back, so the retry
      // that the failed invocation triggers can report it.
      for (Pending p : pending) {
        if (!delivered.contains(p)) {
          delivering.giveBack(p);
          outcomes.add(new Outcome(Outcome.Status.FAILED, card(p.sighting(), p.claim(), null, p.sample(),
              p.evidence()), null, "internal"));
        }
      }
      BatchReport report = report(batch, groups.size(), truncated, outcomes);
      throw new BatchFailedException(report, Failures.typed("logsift", unexpected));
    }

    BatchReport report = report(batch, groups.size(), truncated, outcomes);
    if (failure != null) {
      throw new BatchFailedException(report, failure);
    }
    return report;
  }

  private DownstreamUnavailableException classifyAndDeliver(List<Pending> batch, List<Outcome> outcomes,
      Set<Pending> delivered, Instant now) {
    if (batch.isEmpty()) {
      return null;
    }
    List<Cascade.Request> requests = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      requests.add(new Cascade.Request(new ClassifyRequest(p.sighting().service(), p.sighting().logGroup(),
          p.sighting().fingerprint(), p.sighting().template(), p.sample()), p.claim().cached(), p.claim().won()));
    }
    List<Classification> classes = cascade.classifyAll(requests, now);
    List<Card> cards = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Pending p = batch.get(i);
      cards.add(card(p.sighting(), p.claim(), classes.get(i), p.sample(), p.evidence()));
    }
    return delivering.deliver(batch, cards, outcomes, delivered);
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
