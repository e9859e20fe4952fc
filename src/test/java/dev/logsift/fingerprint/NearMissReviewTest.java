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

  @Test
  void learningMergesNoOtherScenarioOfDifferentFailures() throws IOException {
    Set<String> merged = new TreeSet<>();
    for (Map.Entry<String, List<String[]>> scenario : scenarios().entrySet()) {
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
    assertEquals(new TreeSet<>(KNOWN), merged);
  }

  private static Map<String, List<String[]>> scenarios() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    try (InputStream in = NearMissReviewTest.class.getResourceAsStream("/fingerprint/review/near-misses-review13.jsonl")) {
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
