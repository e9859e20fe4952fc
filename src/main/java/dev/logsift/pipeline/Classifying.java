package dev.logsift.pipeline;

import dev.logsift.classify.Classification;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.notify.Card;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each ticket its classification (through the cascade, all of the batch's at once) and its card,
 * addressed for routing. An unprocessable-event ticket is not classified: its card names the stage.
 */
final class Classifying {
  private final Parts parts;
  private final Cascade cascade;

  Classifying(Parts parts, Cascade cascade) {
    this.parts = parts;
    this.cascade = cascade;
  }

  void classify(List<Ticket> tickets, Instant now) {
    List<Cascade.Request> requests = new ArrayList<>(tickets.size());
    for (Ticket t : tickets) {
      if (t.failedStage() == null) {
        requests.add(new Cascade.Request(new ClassifyRequest(t.sighting().service(), t.sighting().logGroup(),
            t.fingerprint(), t.sighting().template(), t.sample(), t.cause()), t.claim().cached(), t.claim().won()));
      }
    }
    List<Classification> classes = cascade.classifyAll(requests, now);
    int next = 0;
    for (Ticket t : tickets) {
      String stage = t.failedStage();
      if (stage == null) {
        t.card(parts.notifier().addressed(t.cardWith(t.claim(), classes.get(next++))));
        continue;
      }
      Card c = t.cardWith(t.claim(), Unprocessable.classification(stage));
      List<String> flags = new ArrayList<>(c.flags());
      flags.add(Unprocessable.flag(stage));
      t.card(parts.notifier().addressed(new Card(c.fingerprint(), c.template(), c.service(), c.logGroup(),
          c.classification(), c.occurrences(), c.suppressedSinceLastReport(), c.sample(), c.firstSeen(), flags)));
    }
  }
}
