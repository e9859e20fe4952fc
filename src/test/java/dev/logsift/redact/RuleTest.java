package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleTest {
  private static Rule rule(String regex) {
    return new Rule("k", Pattern.compile(regex), Triggers.ALWAYS, Check.NONE);
  }

  @Test
  void literalPrefixStopsAtTheFirstMetacharacterAndBeforeAQuantifiedCharacter() {
    assertEquals("://", Rule.literalPrefix(Pattern.compile("://[^\\s]+@")));
    assertEquals("-----BEGIN", Rule.literalPrefix(Pattern.compile("-----BEGIN[A-Z ]{0,40}KEY")));
    assertEquals("S", Rule.literalPrefix(Pattern.compile("SK?x")));
    assertEquals("ab", Rule.literalPrefix(Pattern.compile("abc{2}")));
    assertNull(Rule.literalPrefix(Pattern.compile("a*b")));
    assertNull(Rule.literalPrefix(Pattern.compile("(?i)token")));
    assertNull(Rule.literalPrefix(Pattern.compile("\\+1")));
    assertNull(Rule.literalPrefix(Pattern.compile("ab|c")), "an alternation at the top is not a prefix");
    assertNull(Rule.literalPrefix(Pattern.compile("ab[|]|(c|d)|e")));
    assertEquals("ab", Rule.literalPrefix(Pattern.compile("ab[|](c|d)\\|e")), "'|' in a class, a group or escaped");
    assertNull(Rule.literalPrefix(Pattern.compile("token", Pattern.CASE_INSENSITIVE)));
  }

  /** Only the prefix's places are tried, but look-behinds, '^' and overlaps behave as with find(). */
  @Test
  void aPrefixedRuleFindsWhatFindWould() {
    assertEquals("xSKabcd [REDACTED:k] [REDACTED:k]", rule("SK(?<![A-Za-z0-9]SK)[0-9a-f]{4}").apply(
        "xSKabcd SKabcd SKabcd"));
    assertEquals("a://[REDACTED:k]@", rule("://(?<v>[^@]+)@").apply("a://://b@"));
    assertEquals("[REDACTED:k] zx", rule("x(?<=^x)").apply("x zx"), "'^' is the start of the text, not of the try");
    assertEquals("[REDACTED:k][REDACTED:k]x", rule("xx").apply("xxxxx"), "matches do not overlap");
  }
}
