package dev.logsift.pipeline;

import dev.logsift.classify.ClassifyRequest;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.dedup.Claim;
import dev.logsift.dedup.Sighted;
import dev.logsift.dedup.Sighting;
import dev.logsift.rootcause.RootCause;
import dev.logsift.rootcause.RootCauseExtractor;
import dev.logsift.signal.Evidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Signals and claims for the whole batch at once (a store may need one request per fingerprint only), then
 * one ticket per fingerprint: ours to report, contested (another invocation holds it unconfirmed), or
 * settled here (a repeat, known noise, or a store failure).
 */
final class Observing {
  private static final RootCauseExtractor ROOT_CAUSES = RootCauseExtractor.standard();

  /** @param ours claims won, and spikes or spreads breaking through another card's window */
  record Observed(List<Ticket> ours, List<Ticket> contested) {}

  private final Parts parts;
  private final Cascade cascade;
  private final Delivering delivering;

  Observing(Parts parts, Cascade cascade, Delivering delivering) {
    this.parts = parts;
    this.cascade = cascade;
    this.delivering = delivering;
  }

  Observed observe(List<Pipeline.Prepared> prepared, String service, String logGroup, Instant now, Ledger ledger) {
    List<Sighting> sightings = new ArrayList<>(prepared.size());
    for (Pipeline.Prepared pr : prepared) {
      sightings.add(new Sighting(pr.group().fingerprint.id(), pr.template(), service, logGroup, pr.group().count));
    }
    List<Sighted> seen = parts.dedup().observeAndClaim(sightings,
        prepared.stream().map(pr -> pr.noise().isPresent()).toList(), parts.signals(), now);
    List<Ticket> ours = new ArrayList<>();
    List<Ticket> contested = new ArrayList<>();
    for (int i = 0; i < sightings.size(); i++) {
      Pipeline.Prepared pr = prepared.get(i);
      Sighting sighting = sightings.get(i);
      String sample = pr.sample();
      Evidence ev = seen.get(i).evidence();
      Claim claim = seen.get(i).claim();
      if (seen.get(i).failure() != null) {
        DownstreamUnavailableException d = Failures.typed("dedup", seen.get(i).failure());
        ledger.fail(d);
        if (ev != null && ev.breakThrough()) {
          delivering.releaseBreakThrough(sighting.fingerprint(), ev.breakThroughToken());
        }
        ledger.settle(new Outcome(Outcome.Status.FAILED, Ticket.card(sighting, null, null, sample, Evidence.NONE),
            null, d.kind()));
      } else if (claim == null) {
        ledger.settle(new Outcome(Outcome.Status.SUPPRESSED, Ticket.card(sighting, null, null, sample, ev), null,
            "known-noise:" + pr.noise().orElseThrow().id()));
      } else if (claim.won()) {
        ours.add(ticket(pr, sighting, claim, ev));
      } else if (ev.breakThrough()) {
        ours.add(ticket(pr, sighting, withoutWindow(claim, sighting), ev));
      } else if (claim.heldUnconfirmed()) {
        contested.add(ticket(pr, sighting, claim, ev));
      } else {
        if (claim.cached() != null) {
          // Its answer can serve a variant of it later in this container (the similar step).
          cascade.remember(new ClassifyRequest(service, logGroup, sighting.fingerprint(), sighting.template(),
              sample, rootCause(pr.group().rawSample)), claim.cached(), now);
        }
        ledger.settle(new Outcome(Outcome.Status.SUPPRESSED, Ticket.card(sighting, claim, null, sample, ev), null,
            "duplicate"));
      }
    }
    return new Observed(ours, contested);
  }

  private Ticket ticket(Pipeline.Prepared pr, Sighting sighting, Claim claim, Evidence ev) {
    return new Ticket(sighting, claim, ev, pr.sample(), rootCause(pr.group().rawSample), pr.group().failedStage);
  }

  /** From the whole (bounded) event, so the innermost cause past the sample's cut still decides; redacted. */
  private RootCause rootCause(String raw) {
    // A cause that cannot be found or redacted is left out: the classifier still has the redacted sample.
    try {
      RootCause c = ROOT_CAUSES.extract(raw);
      return new RootCause(parts.redactor().redact(c.text()), c.kind());
    } catch (RuntimeException | Error ex) {
      Unprocessable.rethrowIfFatal(ex);
      return new RootCause("", RootCause.Kind.NONE);
    }
  }

  /**
   * A break-through card is posted inside another card's window, so it neither confirms nor releases it.
   * The lost claim already counted this batch as suppressed; the card shows those events as this batch's.
   */
  private static Claim withoutWindow(Claim c, Sighting s) {
    return new Claim(c.fingerprint(), false, null, Math.max(0, c.suppressedSinceLastReport() - s.count()),
        c.firstSeen(), c.isNew(), c.cached());
  }
}
