package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.app.Wiring;
import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.fingerprint.Fingerprinter;
import dev.logsift.redact.Redactor;
import dev.logsift.rootcause.RootCause;
import dev.logsift.rootcause.RootCauseExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The similar step against the labelled error corpus (near-miss pairs that differ only in the root cause or the
 * throwing frame, all in one service as the worst case): for every pair of events with different stateless
 * fingerprints, would one's classification be reused for the other? Reuse across two labelled errors is a
 * wrong card; reuse within one error is a model call saved.
 */
class SimilarReuseCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Classification ANY = new Classification(Category.UNKNOWN, Confidence.LOW, "", "", null,
      Source.MODEL, null, ModelUsage.NONE);

  private record Event(String group, String id, String template, RootCause cause) {}

  @ParameterizedTest
  @ValueSource(strings = {"errors-design.jsonl", "errors-heldout.jsonl"})
  void neverReusesAcrossTwoLabelledErrors(String file) throws IOException {
    Fingerprinter fingerprints = Wiring.newFingerprinter();
    Redactor redactor = Wiring.newRedactor();
    RootCauseExtractor causes = RootCauseExtractor.standard();
    List<Event> events = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/fingerprint/corpus", file))) {
      JsonNode n = JSON.readTree(line);
      String message = n.path("message").asText();
      Fingerprint f = fingerprints.fingerprint(message);
      RootCause c = causes.extract(message);
      events.add(new Event(n.path("group").asText(), f.id(), redactor.redact(f.template()),
          new RootCause(redactor.redact(c.text()), c.kind())));
    }
    int wrong = 0;
    int saved = 0;
    int split = 0;
    Instant t = Instant.parse("2026-11-27T08:00:00Z");
    for (int i = 0; i < events.size(); i++) {
      SimilarTemplates index = new SimilarTemplates();
      Event a = events.get(i);
      index.remember("svc", a.id(), a.template(), a.cause(), ANY, t);
      for (int j = 0; j < events.size(); j++) {
        Event b = events.get(j);
        if (i == j || a.id().equals(b.id())) {
          continue;
        }
        boolean same = a.group().equals(b.group());
        split += same ? 1 : 0;
        if (index.find("svc", b.id(), b.template(), b.cause(), t.minusSeconds(1)) != null) {
          if (same) {
            saved++;
          } else {
            wrong++;
            System.out.println("wrong reuse " + a.group() + " -> " + b.group());
          }
        }
      }
    }
    System.out.printf("similar step on %s: %d events, %d ordered pairs of one error split across fingerprints,"
        + " %d of them reused, %d reuses across two errors%n", file, events.size(), split, saved, wrong);
    assertEquals(0, wrong, "reuse across two labelled errors");
  }
}
