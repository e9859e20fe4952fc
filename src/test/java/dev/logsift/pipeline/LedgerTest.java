package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.dedup.Sighting;
import dev.logsift.rootcause.RootCause;
import dev.logsift.signal.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static Ticket ticket() {
    return new Ticket(new Sighting("fp", "t", "svc", "/ecs/svc", 1), null, Evidence.NONE, "s",
        new RootCause("", RootCause.Kind.NONE), null);
  }

  @Test
  void theFirstFailureIsTheOneTheBatchFailsWith() {
    Ledger ledger = new Ledger();
    DownstreamUnavailableException first = new DownstreamUnavailableException("dedup", "first", null);
    ledger.fail(null);
    ledger.fail(first);
    ledger.fail(new DownstreamUnavailableException("notify", "second", null));

    assertSame(first, ledger.firstFailure());
    assertNull(new Ledger().firstFailure());
  }

  @Test
  void deliveredIsPerTicketNotPerEqualValue() {
    Ledger ledger = new Ledger();
    Ticket out = ticket();
    Ticket twin = ticket();
    Outcome o = new Outcome(Outcome.Status.NOTIFIED, out.cardWith(null, null), null, null);
    ledger.delivered(out, o);
    ledger.settle(new Outcome(Outcome.Status.FAILED, twin.cardWith(null, null), null, "notify"));

    assertTrue(ledger.isDelivered(out));
    assertFalse(ledger.isDelivered(twin));
    assertEquals(List.of(Outcome.Status.NOTIFIED, Outcome.Status.FAILED),
        ledger.outcomes().stream().map(Outcome::status).toList());
  }
}
