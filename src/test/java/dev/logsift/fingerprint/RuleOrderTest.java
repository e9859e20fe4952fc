package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The masker skips rules a token cannot match; the rule that wins must still be the first in the file. */
class RuleOrderTest {
  private static String template(String rules, String line) {
    return MaskingFingerprinter.fromRulesText("version t\n" + rules).fingerprint(line).template();
  }

  @Test
  void theFirstMatchingRuleInFileOrderWins() {
    assertEquals("at <ts>", template("rule timestamp <ts>\nrule number <n>\n", "at 12:16:49"));
    assertEquals("at <n>", template("rule number <n>\nrule timestamp <ts>\n", "at 12:16:49"));
    assertEquals("id <n>", template("rule number <n>\nrule uuid <uuid>\n", "id 8f14e45f-ceea-467f-a0e6-0d5b7f1bbd8e"));
    assertEquals("id <uuid>", template("rule uuid <uuid>\nrule number <n>\n", "id 8f14e45f-ceea-467f-a0e6-0d5b7f1bbd8e"));
  }

  @Test
  void aKindListedTwiceUsesItsFirstReplacement() {
    assertEquals("took <a> ms", template("rule number <a>\nrule number <b>\n", "took 30 ms"));
  }

  @Test
  void tokensNoRuleCanMatchStayAsTheyAre() {
    assertEquals("connection refused by peer", template("rule number <n>\n", "connection refused by peer"));
  }

  @Test
  void moreThanSixtyFourRulesAreRejected() {
    String rules = "rule number <n>\n".repeat(65);
    assertThrows(IllegalArgumentException.class, () -> template(rules, "x"));
    assertEquals("x <n>", template("rule number <n>\n".repeat(64), "x 1"));
  }

  @Test
  void wordSetPrefilterKeepsEveryWordAndCase() {
    WordSet set = new WordSet(Set.of("s", "ms", "Sept", "september", "x-amz-id-2"));
    for (String w : new String[] {"s", "S", "ms", "MS", "sept", "SEPT", "September", "X-Amz-Id-2"}) {
      assertTrue(set.contains(" " + w + " ", 1, w.length() + 1), w);
    }
    for (String w : new String[] {"se", "sep", "m", "mss", "x", "xa", "septembers", "seconds", "a"}) {
      assertFalse(set.contains(w, 0, w.length()), w);
    }
  }
}
