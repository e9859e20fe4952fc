package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * An adversarial reviewer's near misses (see review/README.md): 96 scenarios, each one service, whose
 * lines name six or more different failures in one position (gRPC codes, pod reasons, errno and signal
 * names, operations) or one bug in several. Learning must not merge more of them than the three the
 * lower-case threshold is known to merge; a loosening that merges another fails here.
 */
class NearMissReviewTest {
  private static final Set<String> KNOWN = Set.of("oauth-error-codes",
      "r2-request-beside-component", "r2-two-users-one-fails-db");

  /**
   * A second adversarial review (review25, 120 scenarios) attacked the rules of the session that made them;
   * these are the merges it still finds with learning on. Most are values the masker cannot tell from
   * names; each removed one is taken off this list, and a new one fails here.
   */
  private static final Set<String> KNOWN_REVIEW25 = Set.of(
      "R1-aws-errorcode-with-digit", "R1-learn-topics", "R1-llm-model-name", "R1-table-year-suffix",
      "R1-topic-v3digit", "R10-spark-path",
      "R10-spark-schema-digits", "R10-spark-table-v2", "R11-plain-secret-id", "R11-secret-name-digits",
      "R11-secret-name-v2", "R13-loguru-module-level", "R13-loguru-upper-function",
      "R2-learn-topics-at-offset", "R2-offset-commit-partition", "R2-topic-partition-no-offset",
      "R3-graphql-query-text", "R3-json-http-method", "R3-json-path-dropped", "R3-jsonrpc-method",
      "R3-method-dotted-connect", "R3-operation-aws-sdk", "R3-operation-otel-span",
      "R4-bucket-account-suffix", "R4-bucket-region-suffix", "R4-ibm-mq-reason-quoted",
      "R4-queue-digit", "R4-queue_url-digit-name", "R4-resource-arn", "R4-sqlerrmc-name", "R4-stream-digit",
      "R4-subscription-control", "R4-table-year", "R4-url-key", "R5-asg-statusmessage",
      "R5-batch-jobdefinition", "R5-cloudtrail-eventname", "R5-codebuild-phase",
      "R5-ecs-service-group", "R5-resolver-qname", "R5-sfn-taskfailed-cause",
      "R6-log4j2-thrown-cause", "R7-status-prefix",
      "R8-flask-exception-on", "R8-route-learn-merge", "R8-status-after-colon", "R9-zod-multiline");

  @Test
  void learningMergesNoOtherScenarioOfDifferentFailures() throws IOException {
    assertEquals(new TreeSet<>(KNOWN), merged("near-misses-review13.jsonl"));
  }

  @Test
  void theSecondReviewFindsNoNewMerge() throws IOException {
    assertEquals(new TreeSet<>(KNOWN_REVIEW25), merged("near-misses-review25.jsonl"));
  }

  private static Set<String> merged(String file) throws IOException {
    Set<String> merged = new TreeSet<>();
    for (Map.Entry<String, List<String[]>> scenario : scenarios(file).entrySet()) {
      LearningFingerprinter f = new LearningFingerprinter(new MaskingFingerprinter());
      List<Fingerprint> prints = scenario.getValue().stream().map(l -> f.stateless(l[1])).toList();
      prints.forEach(p -> f.learn("svc", p));
      Map<String, String> bugById = new HashMap<>();
      for (int i = 0; i < prints.size(); i++) {
        String bug = scenario.getValue().get(i)[0];
        String other = bugById.putIfAbsent(f.resolve("svc", prints.get(i)).id(), bug);
        if (other != null && !other.equals(bug)) {
          merged.add(scenario.getKey());
        }
      }
    }
    return merged;
  }

  private static Map<String, List<String[]>> scenarios(String file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    try (InputStream in = NearMissReviewTest.class.getResourceAsStream("/fingerprint/review/" + file)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          out.computeIfAbsent(n.get("scenario").asText(), k -> new ArrayList<>())
              .add(new String[] {n.get("bug").asText(), n.get("message").asText()});
        }
      }
    }
    return out;
  }
}
