package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TriggerScanTest {
  private static Rule rule(int minDigits, String... literals) {
    return new Rule("k", Pattern.compile("x"), new Triggers(List.of(literals), minDigits, 0, 0), Check.NONE);
  }

  @Test
  void findsOverlappingLiteralsCaseInsensitively() {
    TriggerScan scan = new TriggerScan(List.of(rule(0, "he"), rule(0, "she"), rule(0, "hers"), rule(0, "his")));
    assertEquals(0b0111, scan.rulesThatMayMatch("uSHErs"));
    assertEquals(0b1000, scan.rulesThatMayMatch("this"));
    assertEquals(0, scan.rulesThatMayMatch("h-e-r-s"));
  }

  @Test
  void nonAsciiTextNeitherMatchesNorBreaksAMatch() {
    TriggerScan scan = new TriggerScan(List.of(rule(0, "token")));
    assertEquals(0, scan.rulesThatMayMatch("to\u00efken \u9519\u8bef \uD83D\uDD25"));
    assertEquals(1, scan.rulesThatMayMatch("\u9519token\u8bef"));
  }

  @Test
  void rulesWithoutTriggersAlwaysRun() {
    TriggerScan scan = new TriggerScan(List.of(rule(0, "abc"), rule(0)));
    assertEquals(0b10, scan.rulesThatMayMatch("nothing here"));
  }

  @Test
  void countsDigitRunsAcrossCardAndPhoneSeparators() {
    TriggerScan scan = new TriggerScan(List.of(rule(13), rule(10)));
    assertEquals(0b11, scan.rulesThatMayMatch("card 4111 1111-1111.1111"));
    assertEquals(0b10, scan.rulesThatMayMatch("call (415) 555-0134"));
    assertEquals(0, scan.rulesThatMayMatch("2026-11-27T08:14:10.100Z 12:34:56"));
    assertEquals(0, scan.rulesThatMayMatch("12345/67890"));
  }

  @Test
  void stepsOverSpacesAndTabsSoSeparatorsCanBePartOfALiteral() {
    TriggerScan scan = new TriggerScan(List.of(rule(0, "key="), rule(0, "key:")));
    assertEquals(0b01, scan.rulesThatMayMatch("api_key \t = x"));
    assertEquals(0b10, scan.rulesThatMayMatch("X-Api-Key: x"));
    assertEquals(0, scan.rulesThatMayMatch("KeyError: 'total'"));
    assertEquals(0, scan.rulesThatMayMatch("key\n=x"));
  }

  @Test
  void hashInALiteralStandsForAnyDigit() {
    TriggerScan scan = new TriggerScan(List.of(rule(0, "###-###-"), rule(0, "+#"), rule(0, "a1")));
    assertEquals(0b001, scan.rulesThatMayMatch("call 415-555-0134"));
    assertEquals(0b010, scan.rulesThatMayMatch("call +0"));
    assertEquals(0b100, scan.rulesThatMayMatch("a7"), "a literal digit stands for any digit too");
    assertEquals(0, scan.rulesThatMayMatch("2024-05-01 10:00 + #"), "a '#' in the text is no digit");
    assertEquals(0, scan.rulesThatMayMatch("41-555-0134 4155-55-"));
  }

  @Test
  void aSequenceFiresOnlyWhenItsSecondLiteralFollowsItsFirst() {
    TriggerScan scan = new TriggerScan(List.of(new Rule("k", Pattern.compile("x"),
        new Triggers(List.of("zz"), List.of("://", "at"), List.of("@"), 0, 0, 0), Check.NONE)));
    assertEquals(1, scan.rulesThatMayMatch("postgres://u:p@h/db"));
    assertEquals(1, scan.rulesThatMayMatch("cat @x"), "any first, then any second");
    assertEquals(1, scan.rulesThatMayMatch("zz"), "plain literals of the same rule still fire alone");
    assertEquals(0, scan.rulesThatMayMatch("https://example.com/v1/orders"));
    assertEquals(0, scan.rulesThatMayMatch("jane@example.com via https://x"), "the second before the first");
  }

  @Test
  void wordStartIsTheStartOfTheWordAroundTheNextLiteral() {
    TriggerScan scan = new TriggerScan(List.of(rule(0, "@"), rule(0, "ab")));
    String text = "x jane.doe@a.b\tq@r AB";
    assertEquals(2, scan.wordStart(text, 0, 1L));
    assertEquals(10, scan.wordStart(text, 10, 1L), "never before from");
    assertEquals(15, scan.wordStart(text, 11, 1L), "a tab breaks a word");
    assertEquals(-1, scan.wordStart(text, 17, 1L));
    assertEquals(19, scan.wordStart(text, 0, 2L), "only the literals of the given rules count");
  }

  @Test
  void groupedRunsNeedASeparatorBetweenDigits() {
    TriggerScan scan = new TriggerScan(List.of(new Rule("k", Pattern.compile("x"), new Triggers(List.of(), 0, 10, 0),
        Check.NONE)));
    assertEquals(1, scan.rulesThatMayMatch("call (415)555-0134"));
    assertEquals(1, scan.rulesThatMayMatch("call 415.555.0134."));
    assertEquals(0, scan.rulesThatMayMatch("arn:aws:iam::123456789012:role/x at 1795766400000"));
    assertEquals(0, scan.rulesThatMayMatch(" 12345 6789x"), "nine digits");
    assertEquals(0, scan.rulesThatMayMatch("(1234567890) "), "separators only around the digits");
  }

  @Test
  void countsHexRunsWithoutSeparators() {
    TriggerScan scan = new TriggerScan(List.of(new Rule("k", Pattern.compile("x"), new Triggers(List.of(), 0, 0, 32),
        Check.NONE)));
    assertEquals(1, scan.rulesThatMayMatch("SKabcdef0123456789ABCDEF0123456789 x"));
    assertEquals(0, scan.rulesThatMayMatch("3f2a0c1e-8b7d-4f0e-9c2b-1a5d7e9f00b2 abcdef0123456789abcdef012345678"));
  }

  /** The automaton against plain String.contains on random text over a small alphabet, where overlaps abound. */
  @Test
  void agreesWithANaiveSearch() {
    List<String> literals = List.of("ab", "bab", "abba", "b-a", "a@", "-----b", "ba.", "aaaa", "@");
    List<Rule> rules = literals.stream().map(l -> rule(0, l)).toList();
    TriggerScan scan = new TriggerScan(rules);
    Random random = new Random(42);
    String alphabet = "abAB-@.x\u00e9";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      long expected = 0;
      for (int r = 0; r < literals.size(); r++) {
        if (text.toLowerCase(Locale.ROOT).contains(literals.get(r))) {
          expected |= 1L << r;
        }
      }
      assertEquals(expected, scan.rulesThatMayMatch(text), text);
    }
  }

  @Test
  void base64RunsSpacedRunsShapesAndTheNormaliseBit() {
    TriggerScan scan = new TriggerScan(List.of(
        new Rule("b", Pattern.compile("x"), Triggers.parse("base64>=8"), Check.NONE),
        new Rule("s", Pattern.compile("x"), Triggers.parse("spaced>=10"), Check.NONE),
        new Rule("h", Pattern.compile("x"), Triggers.parse("shape:###-##-####"), Check.NONE)));
    assertEquals(0b001, scan.rulesThatMayMatch("key Ab1+/zZ9 end"));
    assertEquals(0b001, scan.rulesThatMayMatch("tail Ab1+/zZ9"), "a run at the end of the text");
    assertEquals(0, scan.rulesThatMayMatch("Ab1+/zZ end Ab1-/zZ9 Ab1.zZ9x"), "seven, or broken by - and .");
    assertEquals(0b010, scan.rulesThatMayMatch("call 020 7946 0958"));
    assertEquals(0, scan.rulesThatMayMatch("at 2024-05-01 10:00:00 and 415-555-0134"), "dashes are not spaces");
    assertEquals(0b010, scan.rulesThatMayMatch("2026-09-27 16:50:17,560 WARN call 06 41 50 17 88"),
        "a spaced run as long as the timestamp's grouped run before it");
    assertEquals(0b100, scan.rulesThatMayMatch("ssn 219-45-6789."));
    assertEquals(0, scan.rulesThatMayMatch("2024-05-01 10:00 and 1219-45-6789 and 219-45-67890"));
    assertEquals(TriggerScan.NORMALISE, scan.rulesThatMayMatch("a%3Db") & TriggerScan.NORMALISE);
    assertEquals(TriggerScan.NORMALISE, scan.rulesThatMayMatch("p\u200bassword") & TriggerScan.NORMALISE);
    assertEquals(TriggerScan.NORMALISE, scan.rulesThatMayMatch("&quot;") & TriggerScan.NORMALISE);
    assertEquals(0, scan.rulesThatMayMatch("plain text, caf\u00e9 and \ud83d\ude00") & TriggerScan.NORMALISE);
  }

  @Test
  void aloneRunsCountOnlyWhenTheTextIsOneWord() {
    TriggerScan scan = new TriggerScan(List.of(new Rule("b", Pattern.compile("x"), Triggers.parse("base64>=8,alone"),
        Check.NONE)));
    assertEquals(1, scan.rulesThatMayMatch("  Ab1+/zZ9xy== \t"));
    assertEquals(0, scan.rulesThatMayMatch("key Ab1+/zZ9xy"), "two words");
    assertEquals(0, scan.rulesThatMayMatch("Ab1+/zZ"), "seven");
    assertEquals(true, TriggerScan.oneWord(""));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Triggers.parse("alone"));
  }
}
