package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.fingerprint.MaskingFingerprinter;
import dev.logsift.redact.PatternRedactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  static final Path CASES = Path.of("src/test/resources/corrections/eval-cases.jsonl");

  @Test
  void scoresTheRulesClassifierOnLabelledCases() throws Exception {
    List<Evaluation.Case> cases = Evaluation.readCases(CASES);
    assertEquals(6, cases.size());
    Evaluation.Result r = Evaluation.run(cases, new RulesClassifier(new KnownFailureCatalog(null)),
        new MaskingFingerprinter(), new PatternRedactor());
    // The gateway case keeps a label from before the taxonomy (a refused connection as dependency), so the scores
    // have one miss to count: the rules say transient.
    assertEquals(5, r.correct());
    assertEquals(5.0 / 6, r.accuracy(), 1e-9);
    assertEquals(Map.of("transient", 1, "dependency", 0, "application", 0, "security", 0, "unknown", 0),
        r.confusion().get("dependency"));
    assertTrue(Double.isNaN(r.precision(Category.DEPENDENCY)));
    assertEquals(0.0, r.recall(Category.DEPENDENCY), 1e-9);
    assertEquals(1.0, r.recall(Category.TRANSIENT), 1e-9);
    assertEquals(2.0 / 3, r.precision(Category.TRANSIENT), 1e-9);
    assertEquals(2, r.support(Category.TRANSIENT));
  }

  @Test
  void messagesAreRedactedBeforeTheClassifierSeesThem() throws Exception {
    List<ClassifyRequest> seen = new ArrayList<>();
    Evaluation.run(Evaluation.readCases(CASES), req -> {
      seen.add(req);
      throw new DownstreamUnavailableException("bedrock", "down", null);
    }, new MaskingFingerprinter(), new PatternRedactor());
    assertTrue(seen.stream().noneMatch(r -> r.sample().contains("ops@example.com")));
    assertTrue(seen.get(3).sample().contains("[REDACTED:email]"), seen.get(3).sample());
  }

  @Test
  void classifierFailuresCountAsErrorsNotAsAnswers() throws Exception {
    Evaluation.Result r = Evaluation.run(Evaluation.readCases(CASES), req -> {
      throw new DownstreamUnavailableException("bedrock", "down", null);
    }, new MaskingFingerprinter(), new PatternRedactor());
    assertEquals(0, r.correct());
    assertEquals(1, r.confusion().get("security").get("error"));
    assertEquals(0, r.confusion().get("security").get("security"));
    assertEquals("downstream_unavailable", r.predictions().get(0).error());
  }

  @Test
  void idAndSplitComeFromTheFileAndRepeatedIdsAreRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.jsonl");
    Files.writeString(f, "{\"id\":\"c1\",\"service\":\"a\",\"message\":\"m\",\"category\":\"unknown\",\"split\":\"holdout\","
        + "\"reason\":\"r\"}\n{\"service\":\"a\",\"message\":\"m\",\"category\":\"unknown\"}\n");
    List<Evaluation.Case> cases = Evaluation.readCases(f);
    assertEquals("c1", cases.get(0).id());
    assertEquals("holdout", cases.get(0).split());
    assertEquals(new Evaluation.Case("a", "m", Category.UNKNOWN).id(), cases.get(1).id());
    assertEquals("", cases.get(1).split());

    Files.writeString(f, "{\"id\":\"c1\",\"service\":\"a\",\"message\":\"m\",\"category\":\"unknown\"}\n"
        + "{\"id\":\"c1\",\"service\":\"b\",\"message\":\"n\",\"category\":\"unknown\"}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Evaluation.readCases(f));
    assertTrue(e.getMessage().startsWith("c.jsonl:2:"), e.getMessage());
  }

  @Test
  void caseIdsAreStableAndBadLinesNameTheirLine(@TempDir Path dir) throws Exception {
    Evaluation.Case c = new Evaluation.Case("web", "x", Category.UNKNOWN);
    assertEquals(c.id(), new Evaluation.Case("web", "x", Category.SECURITY).id());
    assertEquals(12, c.id().length());
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"service\":\"a\",\"message\":\"m\",\"category\":\"application\"}\n"
        + "{\"service\":\"a\",\"message\":\"secret text\",\"category\":\"bug\"}\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Evaluation.readCases(bad));
    assertTrue(e.getMessage().startsWith("bad.jsonl:2:"), e.getMessage());
    assertTrue(!e.getMessage().contains("secret text"));
  }

}
