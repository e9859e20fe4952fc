package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** classify-rules.tsv: every regex stays linear, and the file keeps the taxonomy's order. */
class ClassifyRulesFileTest {
  private final List<RulesClassifier.Rule> rules = RulesClassifier.loadRules();

  /** A quantifier after a group whose body can itself repeat without bound: the shape of catastrophic backtracking. */
  static List<String> nestedQuantifiers(String regex) {
    List<String> out = new ArrayList<>();
    List<Integer> opens = new ArrayList<>();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(regex, i);
      } else if (c == '(') {
        opens.add(i);
      } else if (c == ')' && !opens.isEmpty()) {
        int open = opens.remove(opens.size() - 1);
        char q = i + 1 < regex.length() ? regex.charAt(i + 1) : ' ';
        boolean repeated = q == '*' || q == '+' || q == '{' && !regex.startsWith("{0,1}", i + 1) && !regex.startsWith("{1}", i + 1);
        if (repeated && unboundedInside(regex.substring(open + 1, i))) {
          out.add(regex.substring(open, Math.min(regex.length(), i + 2)));
        }
      }
    }
    return out;
  }

  private static boolean unboundedInside(String body) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        i = classEnd(body, i);
      } else if (c == '*' || c == '+') {
        return true;
      } else if (c == '{' && body.indexOf('}', i) > 0 && body.substring(i, body.indexOf('}', i)).endsWith(",")) {
        return true;
      }
    }
    return false;
  }

  private static int classEnd(String s, int open) {
    for (int i = open + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == ']' && i > open + 1) {
        return i;
      }
    }
    return s.length();
  }

  @Test
  void theCheckFindsNestedQuantifiers() {
    assertEquals(List.of("(a+)+"), nestedQuantifiers("x(a+)+y"));
    assertEquals(List.of("(?:\\w*x)*"), nestedQuantifiers("(?:\\w*x)*"));
    assertEquals(List.of(), nestedQuantifiers("(?:\\s|%20|\\+|/\\*\\*/){1,3}select"));
    assertEquals(List.of(), nestedQuantifiers("\\b(?:ab|c\\w*d)\\b.{0,80}[(+*]{2}"));
  }

  @Test
  void noRuleRepeatsAGroupThatRepeats() {
    for (RulesClassifier.Rule r : rules) {
      assertEquals(List.of(), nestedQuantifiers(r.pattern().pattern()), r.summary());
    }
  }

  @Test
  void everyRuleRunsQuicklyOnHostileInputOfAQuarterMegabyte() {
    // The classifier only ever shows the rules about 3,000 characters; this checks the regexes themselves.
    int n = 256 * 1024;
    List<String> hostile = List.of("a".repeat(n), "a ".repeat(n / 2), "9".repeat(n), "\"GET /".repeat(n / 6),
        "circuit breaker ".repeat(n / 16), "over 1".repeat(n / 6), "x-".repeat(n / 2));
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (RulesClassifier.Rule r : rules) {
        for (String h : hostile) {
          r.pattern().matcher(h).find();
        }
      }
    }, "a generous bound that only super-linear matching misses");
  }

  @Test
  void theBlocksFollowTheTaxonomysOrder() {
    // Security first, unknown's catch-all last; the carve-outs in between are documented in the file's header.
    assertEquals(Category.SECURITY, rules.get(1).category());
    assertEquals(Category.UNKNOWN, rules.get(rules.size() - 1).category());
    int firstTransient = -1;
    int lastSecurity = -1;
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).category() == Category.SECURITY) {
        lastSecurity = i;
      }
      if (rules.get(i).category() == Category.TRANSIENT && firstTransient < 0) {
        firstTransient = i;
      }
    }
    assertTrue(lastSecurity < firstTransient, "every security rule comes before every transient rule");
  }
}
