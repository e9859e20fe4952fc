package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every CorrectionStore adapter must have, run against each. */
public abstract class CorrectionsStoreContract {
  protected abstract CorrectionStore store();

  @Test
  void storesACorrectionOnceUnderItsDeterministicKey() {
    Corrections corrections = new Corrections(store());
    Correction c = Fixtures.correction("u1", Category.SECURITY, "unexpected role", Fixtures.NOW);
    assertEquals("corrections/2026/11/26/discord-1100-u1.json", c.key());
    assertTrue(corrections.save(c));
    Correction later = Fixtures.correction("u1", Category.TRANSIENT, "changed my mind", Fixtures.NOW.plusSeconds(60));
    assertFalse(corrections.save(later), "same card and user: the first verdict stays");
    assertEquals(c, corrections.read(c.key()).orElseThrow());
  }

  @Test
  void listsCorrectionsMadeSinceAGivenTime() {
    Corrections corrections = new Corrections(store());
    corrections.save(Fixtures.correction("old", Category.SECURITY, "a", Fixtures.NOW.minus(Duration.ofDays(10))));
    corrections.save(Fixtures.correction("new", null, "", Fixtures.NOW.minus(Duration.ofDays(1))));
    corrections.markAsked("discord", "1100", "u9", Fixtures.NOW);
    List<Correction> recent = corrections.since(Fixtures.NOW.minus(Duration.ofDays(7)));
    assertEquals(List.of("new"), recent.stream().map(Correction::who).toList());
    assertEquals(2, corrections.since(Fixtures.NOW.minus(Duration.ofDays(30))).size());
  }

  @Test
  void markersAreRememberedAndPutIfAbsentReportsTheSecondWrite() {
    Corrections corrections = new Corrections(store());
    assertFalse(corrections.asked("discord", "1100", "u2"));
    corrections.markAsked("discord", "1100", "u2", Fixtures.NOW);
    assertTrue(corrections.asked("discord", "1100", "u2"));
    assertFalse(corrections.asked("discord", "1100", "u3"));
    byte[] body = "x".getBytes(StandardCharsets.UTF_8);
    assertTrue(store().putIfAbsent("markers/k", body));
    assertFalse(store().putIfAbsent("markers/k", body));
    assertEquals(List.of("markers/k"), store().list("markers/k", null));
  }

  @Test
  void putReplacesAnEarlierVersion() {
    CorrectionStore s = store();
    s.put("markers/discord-poll/500.json", "{\"v\":1}".getBytes(StandardCharsets.UTF_8));
    s.put("markers/discord-poll/500.json", "{\"v\":2}".getBytes(StandardCharsets.UTF_8));
    assertEquals("{\"v\":2}", new String(s.read("markers/discord-poll/500.json").orElseThrow(), StandardCharsets.UTF_8));
    assertEquals(List.of("markers/discord-poll/500.json"), s.list("markers/discord-poll/", null));
  }
}
