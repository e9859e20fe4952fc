package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.cli.Evaluation;
import dev.logsift.fingerprint.MaskingFingerprinter;
import dev.logsift.redact.PatternRedactor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The regression gate of prompts/eval-cases.jsonl: a case the committed baseline (prompts/eval-baseline.json, the
 * output of `bin/logsift eval --rules --json`) got right must stay right. No fixed accuracy, so a new hard case
 * never fails the build; regenerate the baseline when a change makes more cases pass.
 */
class EvalBaselineTest {
  static final Path CASES = Path.of("prompts/eval-cases.jsonl");
  static final Path BASELINE = Path.of("prompts/eval-baseline.json");

  static Map<String, String[]> baseline(JsonNode json) {
    Map<String, String[]> m = new HashMap<>();
    for (JsonNode p : json.path("predictions")) {
      m.put(p.path("id").asText(), new String[] {p.path("expected").asText(), p.path("predicted").asText()});
    }
    return m;
  }

  private static Evaluation.Result rulesOn(List<Evaluation.Case> cases) {
    return Evaluation.run(cases, new RulesClassifier(new KnownFailureCatalog(Path.of("known-failures"))),
        new MaskingFingerprinter(), new PatternRedactor());
  }

  @Test
  void noCaseThatPassedInTheBaselineFailsNow() throws Exception {
    JsonNode json = new ObjectMapper().readTree(Files.readString(BASELINE));
    assertEquals("rules", json.path("classifier").asText(), "the baseline is the output of eval --rules --json");
    assertTrue(json.path("predictions").size() >= 100, "the baseline covers the eval set");

    List<Evaluation.Prediction> regressed = Evaluation.regressions(rulesOn(Evaluation.readCases(CASES)), baseline(json));

    StringBuilder sb = new StringBuilder();
    regressed.forEach(p -> sb.append("\n  ").append(p.testCase().id()).append(" expected ")
        .append(p.testCase().expected().wire()).append(" now ").append(p.predicted() == null ? "error" : p.predicted().wire()));
    assertTrue(regressed.isEmpty(), regressed.size() + " cases passed in " + BASELINE + " and fail now:" + sb
        + "\nFix the rules, or if the new answer is right by ../shared/taxonomy.md, relabel the case.");
  }

  @Test
  void theGateIgnoresNewAndKnownHardCasesButCatchesRegressions() {
    Evaluation.Case passed = new Evaluation.Case("p", "svc", "ERROR java.net.ConnectException: Connection refused", Category.TRANSIENT, "");
    Evaluation.Case regressedCase = new Evaluation.Case("r", "svc", "ERROR it broke", Category.APPLICATION, "");
    Evaluation.Case hard = new Evaluation.Case("h", "svc", "ERROR something odd", Category.SECURITY, "");
    Evaluation.Case added = new Evaluation.Case("n", "svc", "ERROR brand new and hard", Category.DEPENDENCY, "");
    Evaluation.Case relabelled = new Evaluation.Case("l", "svc", "ERROR it broke", Category.UNKNOWN, "");
    Map<String, String[]> base = Map.of(
        "p", new String[] {"transient", "transient"},
        "r", new String[] {"application", "application"},
        "h", new String[] {"security", "unknown"},
        "l", new String[] {"application", "application"});

    List<Evaluation.Prediction> regressed = Evaluation.regressions(
        rulesOn(List.of(passed, regressedCase, hard, added, relabelled)), base);

    assertEquals(List.of("r"), regressed.stream().map(p -> p.testCase().id()).toList());
  }
}
