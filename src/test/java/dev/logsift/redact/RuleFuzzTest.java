package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the shipped file, alone, on 1 MB lines built from what it looks for: its trigger literals repeated
 * bare, with a separator, quoted, as label chains, and the runs of digits, base64 and domains. A regex that backtracks or recurses per repetition
 * (the e-mail rule once overflowed the stack on 2,000 domain labels) fails here with a timeout or a
 * StackOverflowError; the preemptive timeout runs the rule on a fresh thread, whose stack is smaller than main's.
 */
class RuleFuzzTest {
  private static final List<Rule> RULES = RuleFile.load(PatternRedactor.RULES);
  private static final PatternRedactor REDACTOR = new PatternRedactor();
  private static final int MB = 1 << 20;
  private static final Duration LIMIT = Duration.ofSeconds(10);

  static Stream<Arguments> hostileUnits() {
    List<Arguments> out = new ArrayList<>();
    for (int i = 0; i < RULES.size(); i++) {
      Rule rule = RULES.get(i);
      Set<String> units = new LinkedHashSet<>();
      List<String> literals = rule.triggers().allLiterals();
      if (!literals.isEmpty()) {
        String l = literals.get(0).replace(TriggerScan.ANY_DIGIT, '7');
        units.add(l);
        units.add(l + "=");
        units.add("{\"" + l + "\":\"");
        units.add(l + "a1.");
        units.add(literals.get(literals.size() - 1).replace(TriggerScan.ANY_DIGIT, '7') + ": a1");
      }
      // Run triggers and the shapes of numbers, keys and domains.
      units.add("1 ");
      units.add("Ab1+");
      units.add("a@b.");
      for (String unit : units) {
        out.add(Arguments.of(rule.kind() + "#" + i, unit, i));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: 1 MB of \"{1}\"")
  @MethodSource("hostileUnits")
  void everyRuleFinishesOnHostileMegabyteLines(String rule, String unit, int index) {
    String text = unit.repeat(Math.max(1, MB / unit.length()));
    assertTimeoutPreemptively(LIMIT, () -> RULES.get(index).apply(text));
  }

  /** The line of issue 15: one e-mail address with 2,000 (and 200,000) domain labels. */
  @Test
  void emailWithThousandsOfLabels() {
    for (int labels : new int[] {2_000, 200_000}) {
      String text = "ERROR invalid email a@" + "b.".repeat(labels) + "com";
      String out = assertTimeoutPreemptively(LIMIT, () -> REDACTOR.redact(text));
      assertEquals("ERROR invalid email [REDACTED:email]", out);
    }
  }

  /** Nested-looking structures and long chains through the whole redactor, decoding included. */
  @Test
  void wholeRedactorOnNestedAndChainedMegabyteLines() {
    List<String> units = List.of("{\"a\":", "[", "{", "&{Password:", "%25", "%3D", "&amp;", "&#x", "\\u00", "a%40",
        "\u200b", "p\u200b", "://a:", "a:b@", "-----BEGIN ", "MIIEow", "Cookie: a=", "; s=", "pass=1 ", "0 ",
        "+1 ", "123-45-", "DE89 ", "GB82WEST", "name: password\n", "value: ", "<password>", "mysql -p", "sk-ant-",
        "glpat-", "hvs.", "AccountKey=", "sig=", "sqlplus a/", "password is ", "token: ");
    for (String unit : units) {
      String text = unit.repeat(MB / unit.length());
      assertTimeoutPreemptively(LIMIT, () -> REDACTOR.redact(text), unit);
    }
  }

  /**
   * Java matches a greedy or lazy repetition of a group by recursion, one stack frame per round, so such a
   * repetition over unbounded input overflows the stack (the e-mail rule's domain labels did). Every group
   * repetition in the shipped rules is possessive or bounded by a small count.
   */
  @Test
  void noRuleRepeatsAGroupGreedilyWithoutABound() {
    java.util.regex.Pattern repeat = java.util.regex.Pattern.compile("\\)(?:[*+?]|\\{(\\d+)(,(\\d*))?})([+?]?)");
    List<String> offenders = new ArrayList<>();
    for (Rule rule : RULES) {
      String regex = rule.regex();
      java.util.regex.Matcher m = repeat.matcher(regex);
      while (m.find()) {
        if (escaped(regex, m.start())) {
          continue;
        }
        String q = m.group();
        boolean possessive = m.group(4).equals("+");
        boolean optional = q.startsWith(")?");
        boolean bounded = m.group(1) != null && (m.group(2) == null
            || !m.group(3).isEmpty() && Integer.parseInt(m.group(3)) <= 20);
        if (!possessive && !optional && !bounded) {
          offenders.add(rule.kind() + ": ..." + regex.substring(Math.max(0, m.start() - 30), m.end()));
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  private static boolean escaped(String regex, int at) {
    int backslashes = 0;
    for (int i = at - 1; i >= 0 && regex.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }
}
