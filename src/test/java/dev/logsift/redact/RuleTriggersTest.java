package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The triggers of the shipped rules are selective: ordinary ids, timestamps and key names run no rule at all,
 * which is what keeps redaction of typical lines cheap. That they miss nothing is RedactionCasesTest's job.
 */
class RuleTriggersTest {
  private static final List<Rule> RULES = RuleFile.load(PatternRedactor.RULES);
  private static final TriggerScan SCAN = new TriggerScan(RULES);

  @ParameterizedTest
  @ValueSource(strings = {
      "ERROR: duplicate key value violates unique constraint \"orders_pkey\" DETAIL: Key (id)=(8812) already exists.",
      "[2024-05-01 10:00:00,123] ERROR Error while fetching metadata with correlation id 4711",
      "2024-05-01T10:00:00.123Z 5e0c7a38-1f6b-4c43-9f7e-2b1d0a9c4e11 ERROR Failed to process order 81234",
      "KeyError: 'total' monkey: 3 hotkey=F5 cache_key: users:42",
      "dial tcp 10.0.12.5:5432: connect: connection refused at 1.2.3 (v10.21.0-rc.4)",
  })
  void ordinaryLinesRunNoRule(String line) {
    assertEquals("", kinds(SCAN.rulesThatMayMatch(line)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"api_key=x", "secretKey: x", "AWS_SECRET_ACCESS_KEY=x", "private-key\"", "(415) 555-0134",
      "415.555.0134", "+44 20", "tel:0123"})
  void keyNamesAndPhoneShapesStillRunTheirRules(String line) {
    assertNotEquals("", kinds(SCAN.rulesThatMayMatch(line)), line);
  }

  private static String kinds(long due) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < RULES.size(); i++) {
      if ((due & 1L << i) != 0) {
        sb.append(RULES.get(i).kind()).append(' ');
      }
    }
    return sb.toString().trim();
  }
}
