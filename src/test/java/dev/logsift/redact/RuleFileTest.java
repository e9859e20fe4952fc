package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFileTest {
  private static PatternRedactor redactor(String tsv) {
    return new PatternRedactor(RuleFile.parse("test.tsv", tsv), true);
  }

  @Test
  void replacesNamedGroupsAndKeepsTheRest() {
    PatternRedactor r = redactor("pin\tpin\t-\tpin=(?<v>\\d+)|code (?<w>\\w+)\n");
    assertEquals("pin=[REDACTED:pin] and code [REDACTED:pin]", r.redact("pin=1234 and code abc"));
  }

  @Test
  void replacesTheWholeMatchWithoutNamedGroups() {
    assertEquals("a [REDACTED:num] b [REDACTED:num]", redactor("num\t-\t-\t\\d+\n").redact("a 12 b 345"));
  }

  @Test
  void expandsDefinesAndSkipsComments() {
    PatternRedactor r = redactor("# comment\n\ndefine\tWORD\t(?:foo|bar)\nw\tfoo,bar\t-\t{{WORD}}\n");
    assertEquals("[REDACTED:w] baz [REDACTED:w]", r.redact("foo baz bar"));
  }

  @Test
  void expandsTriggerAlternatives() {
    Triggers t = Triggers.parse("{Key|token}{=|:|},digits>=13,grouped>=10,hex>=32,@");
    assertEquals(List.of("key=", "key:", "key", "token=", "token:", "token", "@"), t.literals());
    assertEquals(13, t.minDigits());
    assertEquals(10, t.minGrouped());
    assertEquals(32, t.minHex());
    assertTrue(Triggers.parse("-").always());
    Triggers seq = Triggers.parse("{a|B}...@,x");
    assertEquals(List.of("x"), seq.literals());
    assertEquals(List.of("a", "b"), seq.firsts());
    assertEquals(List.of("@"), seq.thens());
    assertFalse(seq.always());
    for (String bad : List.of("", "a b", "{a|b", "a}", "{|}", "a,,b", "{a{b}}", "digits>=0", "grouped>=x", "...",
        "a...", "...b", "a...b...c")) {
      assertThrows(IllegalArgumentException.class, () -> Triggers.parse(bad), bad);
    }
  }

  @Test
  void appliesTheLuhnCheck() {
    PatternRedactor r = redactor("card\tdigits>=13\tluhn\t\\d{13,19}\n");
    assertEquals("[REDACTED:card] 4111111111111112", r.redact("4111111111111111 4111111111111112"));
  }

  @Test
  void leavesMarkersOfEarlierRulesAlone() {
    PatternRedactor r = redactor("a\t-\t-\tsecret\nb\t-\t-\tx=(?<v>\\S+)\n");
    assertEquals("x=[REDACTED:a]", r.redact("x=secret"));
  }

  @Test
  void aRuleRunsOnlyWhenATriggerOccurs() {
    // The regex would match, but its trigger is absent: the pre-scan is trusted, which is why the shipped file is
    // tested against a run of every rule.
    PatternRedactor r = redactor("n\tzzz\t-\t\\d+\n");
    assertEquals("a 12", r.redact("a 12"));
    assertEquals("zzz [REDACTED:n]", r.redact("zzz 12"));
  }

  /** A 'word' search skips to the word around each trigger and still finds what a search of the whole text would. */
  @Test
  void aWordSearchStartsAtTheWordAroundATrigger() {
    String tsv = "mail\t@\t-\t(?<![a-z.])[a-z.]++@[a-z]++\tword\n";
    String text = "x ab@cd y.@ef@gh@ a.b\nc.d@e @f";
    String whole = new PatternRedactor(RuleFile.parse("test.tsv", tsv), false).redact(text);
    assertEquals("x [REDACTED:mail] [REDACTED:mail]@gh@ a.b\n[REDACTED:mail] @f", whole);
    assertEquals(whole, redactor(tsv).redact(text));
    assertLineError("x\t@\t-\ty\tfull\n", "line 1", "search column");
    assertLineError("x\tdigits>=3\t-\ty\tword\n", "line 1", "literal triggers only");
    assertLineError("x\t-\t-\ty\tword\n", "line 1", "literal triggers only");
  }

  @Test
  void errorsNameTheLineAndNotTheText() {
    assertLineError("x\t-\t-\t(unclosed\n", "line 1", "invalid regex");
    assertLineError("# c\nx\t-\t-\n", "line 2", "4 tab-separated columns");
    assertLineError("x\t-\tsha\ty\n", "line 1", "unknown check");
    assertLineError("x\t-\t-\t{{NOPE}}\n", "line 1", "{{NOPE}} is not defined");
    assertLineError("Bad\t-\t-\ty\n", "line 1", "kind");
    assertLineError("x\tto ken\t-\ty\n", "line 1", "trigger");
    assertLineError("define\tlower\ty\n", "line 1", "define");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse("t", "# only\n"));
    assertTrue(e.getMessage().contains("no rules"));
    String many = "x\t-\t-\ty\n".repeat(RuleFile.MAX_RULES + 1);
    assertThrows(IllegalArgumentException.class, () -> RuleFile.parse("t", many));
  }

  private static void assertLineError(String tsv, String line, String what) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse("t.tsv", tsv));
    assertTrue(e.getMessage().startsWith("t.tsv " + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(what), e.getMessage());
  }

  @Test
  void missingResourceIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleFile.load("/redact/none.tsv"));
    assertTrue(e.getMessage().contains("/redact/none.tsv"));
  }

  @Test
  void shippedFileLoads() {
    List<Rule> rules = RuleFile.load(PatternRedactor.RULES);
    assertFalse(rules.isEmpty());
    assertTrue(rules.stream().noneMatch(r -> r.triggers().always()), "every shipped rule has a trigger");
  }

  @Test
  void luhnKnownNumbers() {
    assertTrue(Check.luhn("4111 1111 1111 1111"));
    assertTrue(Check.luhn("378282246310005"));
    assertTrue(Check.luhn("6011-1111-1111-1117"));
    assertFalse(Check.luhn("4111 1111 1111 1112"));
    assertFalse(Check.luhn("0000000000"), "too short");
    assertFalse(Check.luhn("00000000000000000000"), "too long");
  }
}
