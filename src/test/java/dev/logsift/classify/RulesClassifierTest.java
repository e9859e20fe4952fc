package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesClassifierTest {
  private final RulesClassifier rules = new RulesClassifier(new KnownFailureCatalog(Path.of("src/test/resources/classify/known-failures")));

  private static List<String> misses(RulesClassifier rules, LabelledCases cases) {
    List<String> misses = new ArrayList<>();
    for (LabelledCases.Case c : cases.cases()) {
      Classification got = rules.classify(LabelledCases.request(c));
      if (got.category() != c.category()) {
        misses.add(cases.file() + ":" + c.line() + " expected " + c.category().wire() + " got " + got.category().wire()
            + " (" + got.source().wire() + (got.knownFailureId() == null ? "" : " " + got.knownFailureId()) + ")");
      }
    }
    return misses;
  }

  @Test
  void everyLabelledCaseGetsItsCategory() throws Exception {
    LabelledCases cases = LabelledCases.read(Path.of("src/test/resources/classify/cases.jsonl"));
    Set<Category> seen = EnumSet.noneOf(Category.class);
    cases.cases().forEach(c -> seen.add(c.category()));
    assertEquals(EnumSet.allOf(Category.class), seen, "the fixture covers all five categories");
    assertTrue(cases.cases().size() >= 80, "fixture size " + cases.cases().size());

    List<String> misses = misses(rules, cases);

    assertTrue(misses.isEmpty(), misses.size() + " misses:\n" + String.join("\n", misses));
  }

  @Test
  void promptEvalSetIsMostlyRightForTheRulesToo() throws Exception {
    // The eval set is written for the model and has harder cases; the rules are the fallback, so they
    // should still get most of them.
    LabelledCases cases = LabelledCases.read(Path.of("prompts/eval-cases.jsonl"));

    List<String> misses = misses(rules, cases);

    double accuracy = 1.0 - (double) misses.size() / cases.cases().size();
    assertTrue(accuracy >= 0.9, "accuracy " + accuracy + ", misses:\n" + String.join("\n", misses));
  }

  @Test
  void aKnownFailureWinsOverTheRules() {
    Classification c = rules.classify(new ClassifyRequest("checkout", "/ecs/checkout", "fp", "t",
        "ERROR HikariPool-1 - Connection is not available, request timed out after 30000ms"));

    assertEquals(Source.KNOWN_FAILURE, c.source());
    assertEquals("checkout-hikari-exhausted", c.knownFailureId());
    assertEquals(Category.DEPENDENCY, c.category());
    assertTrue(c.firstResponse().startsWith("Check the orders database"), c.firstResponse());
  }

  @Test
  void anotherServiceDoesNotSeeCheckoutsKnownFailures() {
    Classification c = rules.classify(new ClassifyRequest("orders", "/ecs/orders", "fp", "t",
        "ERROR HikariPool-1 - Connection is not available, request timed out after 30000ms"));

    assertEquals(Source.RULES, c.source());
    assertNull(c.knownFailureId());
    assertEquals(Category.DEPENDENCY, c.category());
  }

  @Test
  void nothingRecognisedIsUnknownWithLowConfidence() {
    Classification c = rules.classify(new ClassifyRequest("worker", "/ecs/worker", "fp", "t", "ERROR it broke"));

    assertEquals(Category.UNKNOWN, c.category());
    assertEquals(Confidence.LOW, c.confidence());
    assertEquals(Source.RULES, c.source());
  }

  @Test
  void securityWinsOverAnErrorThatAlsoLooksLikeADependencyFailure() {
    Classification c = rules.classify(new ClassifyRequest("sync", "/ecs/sync", "fp", "t",
        "ERROR calling https://billing.internal returned 503 after AccessDenied: not authorized to perform billing:Read"));

    assertEquals(Category.SECURITY, c.category());
  }
}
