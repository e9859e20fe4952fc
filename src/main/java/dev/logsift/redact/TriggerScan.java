package dev.logsift.redact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One pass over a text that tells which rules can possibly match, so a line without any trigger costs a
 * table walk instead of dozens of regex scans. Literals are found with an Aho-Corasick automaton over
 * ASCII, case-insensitively and stepping over spaces and tabs (so "key=" also fires on "key = x"; firing
 * too often only costs time, never a leak). All digits are one letter of the automaton, written '#' in a
 * literal, so "###-###-" fires on any digits in that shape (and "+1" also on "+7"). Digit runs count digits
 * that follow each other or are separated by space, '-', '.', '(' or ')' (the separators of card and phone
 * numbers); a grouped run has at least one such separator between its digits (so account ids and epoch
 * times are not phone numbers); a spaced run has its digits separated by single spaces only; hex runs have no
 * separators, nor have base64 runs (letters, digits, '+', '/').
 */
final class TriggerScan {
  /** Character kinds, in the bits above the automaton's letter in {@link #info}. */
  private static final int DIGIT = 1 << 8;
  private static final int HEX_LETTER = 1 << 9;
  private static final int SEPARATOR = 1 << 10;
  private static final int BLANK = 1 << 11;
  private static final int BASE64_SHIFT = 12;
  private static final int BASE64 = 1 << BASE64_SHIFT;
  /** '%', '&' and '\\': where a URL, HTML or \\u escape can start. */
  private static final int ESCAPE = 1 << 13;
  /**
   * Not a rule: set in {@link #rulesThatMayMatch} when the text holds an invisible character or the start of an
   * escape, so it must be normalised and decoded before the rules run. Told in the same pass, so the common
   * text costs no second look.
   */
  static final long NORMALISE = 1L << 63;
  /** Rules fit in the bits below NORMALISE. */
  static final int MAX_RULES = Long.SIZE - 1;
  private static final int LETTER = 0xff;
  /** Literal character that stands for any digit. */
  static final char ANY_DIGIT = '#';

  /** Per ASCII character: its letter in the automaton (0: none) and its kind bits. */
  private final int[] info = new int[128];
  private final int shift;
  /**
   * Transitions, indexed by state << shift | letter; the target state is stored shifted and negated when
   * reaching it fires a rule, so the hot loop reads the outputs only on a hit.
   */
  private final int[] next;
  private final long[] hits;
  /** Rules whose first literal of a sequence ('a...b') ends here, and rules whose second does. */
  private final long[] arms;
  private final long[] armedHits;
  private final long always;
  private final int[] minDigits;
  private final int[] minGrouped;
  private final int[] minHex;
  private final int[] minBase64;
  private final int[] minSpaced;
  private final boolean[] alone;
  /** Token shapes ('#' a digit) and the rules each one fires. */
  private final char[][] shapes;
  private final long[] shapeRules;
  private final int[] shapeDigits;
  /** The rules with a run trigger: the only ones to look at after the walk. */
  private final int[] runRules;

  TriggerScan(List<Rule> rules) {
    if (rules.size() > MAX_RULES) {
      throw new IllegalArgumentException("at most " + MAX_RULES + " rules");
    }
    int[] letterOf = new int[128];
    int letters = 1;
    int digit = letters++;
    for (char c = '0'; c <= '9'; c++) {
      letterOf[c] = digit;
    }
    for (Rule r : rules) {
      for (String t : r.triggers().allLiterals()) {
        for (char c : t.toCharArray()) {
          if (letterOf[c] == 0 && c != ANY_DIGIT) {
            letterOf[c] = letters++;
          }
        }
      }
    }
    if (letters > LETTER) {
      throw new IllegalArgumentException("triggers use more than " + (LETTER - 1) + " distinct characters");
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      letterOf[c] = letterOf[c + ('a' - 'A')];
    }
    for (char c = 0; c < 128; c++) {
      int kind = 0;
      if (c >= '0' && c <= '9') {
        kind = DIGIT;
      } else if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
        kind = HEX_LETTER;
      } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
        kind = SEPARATOR;
      }
      if (c == ' ' || c == '\t') {
        kind |= BLANK;
      }
      if (Character.isLetterOrDigit(c) || c == '+' || c == '/') {
        kind |= BASE64;
      }
      if (c == '%' || c == '&' || c == '\\') {
        kind |= ESCAPE;
      }
      info[c] = kind | letterOf[c];
    }
    int s = 0;
    while (1 << s < letters) {
      s++;
    }
    shift = s;
    int width = 1 << shift;

    // Trie of all literals; state 0 is the root. Per state, the rules its literal fires, arms and fires once armed.
    List<Map<Integer, Integer>> trie = new ArrayList<>();
    List<long[]> out = new ArrayList<>();
    trie.add(new HashMap<>());
    out.add(new long[3]);
    long alwaysBits = 0;
    minDigits = new int[rules.size()];
    minGrouped = new int[rules.size()];
    minHex = new int[rules.size()];
    minBase64 = new int[rules.size()];
    minSpaced = new int[rules.size()];
    alone = new boolean[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      Triggers r = rules.get(i).triggers();
      minDigits[i] = r.minDigits();
      minGrouped[i] = r.minGrouped();
      minHex[i] = r.minHex();
      minBase64[i] = r.minBase64();
      minSpaced[i] = r.minSpaced();
      alone[i] = r.alone();
      if (r.always()) {
        alwaysBits |= 1L << i;
      }
      List<List<String>> kinds = List.of(r.literals(), r.firsts(), r.thens());
      for (int kind = 0; kind < kinds.size(); kind++) {
        for (String t : kinds.get(kind)) {
          int at = 0;
          for (char c : t.toCharArray()) {
            int letter = c == ANY_DIGIT ? digit : letterOf[c];
            Integer to = trie.get(at).get(letter);
            if (to == null) {
              to = trie.size();
              trie.add(new HashMap<>());
              out.add(new long[3]);
              trie.get(at).put(letter, to);
            }
            at = to;
          }
          out.get(at)[kind] |= 1L << i;
        }
      }
    }
    always = alwaysBits;
    java.util.LinkedHashMap<String, Long> byShape = new java.util.LinkedHashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      String shape = rules.get(i).triggers().shape();
      if (!shape.isEmpty()) {
        byShape.merge(shape, 1L << i, (a, b) -> a | b);
      }
    }
    shapes = byShape.keySet().stream().map(String::toCharArray).toArray(char[][]::new);
    shapeRules = byShape.values().stream().mapToLong(Long::longValue).toArray();
    shapeDigits = byShape.keySet().stream().mapToInt(sh -> (int) sh.chars().filter(c -> c == ANY_DIGIT).count())
        .toArray();
    runRules = IntStream.range(0, rules.size())
        .filter(i -> minDigits[i] > 0 || minGrouped[i] > 0 || minHex[i] > 0 || minBase64[i] > 0 || minSpaced[i] > 0).toArray();

    // Breadth-first: complete the goto function into a DFA and merge outputs along failure links.
    int states = trie.size();
    int[] goTo = new int[states * width];
    hits = new long[states];
    arms = new long[states];
    armedHits = new long[states];
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < width; c++) {
      Integer to = trie.get(0).get(c);
      if (to != null) {
        goTo[c] = to;
        queue.add(to);
      }
    }
    hits[0] = out.get(0)[0];
    arms[0] = out.get(0)[1];
    armedHits[0] = out.get(0)[2];
    while (!queue.isEmpty()) {
      int q = queue.poll();
      hits[q] = out.get(q)[0] | hits[fail[q]];
      arms[q] = out.get(q)[1] | arms[fail[q]];
      armedHits[q] = out.get(q)[2] | armedHits[fail[q]];
      for (int c = 0; c < width; c++) {
        Integer to = trie.get(q).get(c);
        if (to != null) {
          fail[to] = goTo[fail[q] * width + c];
          goTo[q * width + c] = to;
          queue.add(to);
        } else {
          goTo[q * width + c] = goTo[fail[q] * width + c];
        }
      }
    }
    next = new int[goTo.length];
    for (int i = 0; i < goTo.length; i++) {
      int to = goTo[i];
      next[i] = (hits[to] | arms[to] | armedHits[to]) == 0 ? to << shift : ~(to << shift);
    }
  }

  /**
   * Where a match of the given rules that holds one of their literals and no space, tab or line break can start
   * at the earliest, from {@code from} on: the start of the word around the next such literal; -1 if there is
   * none. A match holding a later literal starts in that literal's word or after it, never before.
   */
  int wordStart(String text, int from, long rules) {
    int hit = nextHit(text, from, rules);
    if (hit < 0) {
      return -1;
    }
    int s = hit;
    while (s > from && !breaksWord(text.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  private static boolean breaksWord(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** The index of the character that completes the first literal of the given rules from {@code from}, or -1. */
  private int nextHit(String text, int from, long rules) {
    final int[] info = this.info;
    final int[] next = this.next;
    int state = 0;
    for (int i = from, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int k = c < 128 ? info[c] : 0;
      if ((k & BLANK) != 0) {
        continue;
      }
      state = next[state | k & LETTER];
      if (state < 0) {
        state = ~state;
        if ((hits[state >>> shift] & rules) != 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the text holds the shape as a token not preceded or followed by a digit. Shapes begin with a digit, so
   * only digits that follow a non-digit are tried, each for at most the shape's length.
   */
  static boolean hasShape(String text, char[] shape) {
    int n = text.length();
    for (int i = 0; i + shape.length <= n; i++) {
      if (!digit(text.charAt(i)) || i > 0 && digit(text.charAt(i - 1))) {
        continue;
      }
      int k = 0;
      while (k < shape.length && (shape[k] == ANY_DIGIT ? digit(text.charAt(i + k)) : text.charAt(i + k) == shape[k])) {
        k++;
      }
      if (k == shape.length && (i + k == n || !digit(text.charAt(i + k)))) {
        return true;
      }
    }
    return false;
  }

  /** The text is one word: no space or tab between two other characters. Stops at the first such gap. */
  static boolean oneWord(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && blank(text.charAt(i))) {
      i++;
    }
    while (i < n && !blank(text.charAt(i))) {
      i++;
    }
    while (i < n && blank(text.charAt(i))) {
      i++;
    }
    return i == n;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Bit i set: rule i may match somewhere in the text; bit 63 is {@link #NORMALISE}. */
  long rulesThatMayMatch(String text) {
    final int[] info = this.info;
    final int[] next = this.next;
    long found = always;
    long armed = 0;
    int state = 0;
    int digits = 0;
    int longestDigits = 0;
    boolean separatorPending = false;
    boolean grouped = false;
    int longestGrouped = 0;
    int hex = 0;
    int longestHex = 0;
    int base64 = 0;
    int longestBase64 = 0;
    // A grouped run whose separators are all spaces (415 555 0134), so dates and times do not count.
    boolean onlySpaces = true;
    int longestSpaced = 0;
    int seen = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int k;
      if (c < 128) {
        k = info[c];
        seen |= k;
      } else {
        k = 0;
        if (c >= 0xad && WorkingCopy.invisibleAt(text, i) || WorkingCopy.confusable(c)) {
          seen |= ESCAPE;
        }
      }
      // Without a branch: letters and punctuation alternate too irregularly to predict.
      base64 = base64 + 1 & -(k >>> BASE64_SHIFT & 1);
      longestBase64 = Math.max(longestBase64, base64);
      if ((k & (DIGIT | HEX_LETTER | SEPARATOR | BLANK)) == 0) {
        // Most characters: they only end runs.
        digits = 0;
        hex = 0;
        separatorPending = false;
        grouped = false;
      } else if ((k & DIGIT) != 0) {
        if (digits == 0) {
          onlySpaces = true;
        }
        digits++;
        hex++;
        if (separatorPending) {
          grouped = true;
          separatorPending = false;
        }
        if (digits > longestDigits) {
          longestDigits = digits;
        }
        if (grouped && digits > longestGrouped) {
          longestGrouped = digits;
        }
        // Not nested in the test above: a spaced phone number after a timestamp's equally long run must count.
        if (grouped && onlySpaces && digits > longestSpaced) {
          longestSpaced = digits;
        }
        if (hex > longestHex) {
          longestHex = hex;
        }
      } else {
        if ((k & SEPARATOR) != 0) {
          separatorPending = digits > 0;
          onlySpaces &= c == ' ';
        } else if (digits != 0) {
          digits = 0;
          separatorPending = false;
          grouped = false;
        } else {
          separatorPending = false;
        }
        if ((k & HEX_LETTER) != 0) {
          if (++hex > longestHex) {
            longestHex = hex;
          }
        } else {
          hex = 0;
        }
        if ((k & BLANK) != 0) {
          continue;
        }
      }
      state = next[state | k & LETTER];
      if (state < 0) {
        state = ~state;
        int q = state >>> shift;
        armed |= arms[q];
        found |= hits[q] | armedHits[q] & armed;
      }
    }
    if ((seen & ESCAPE) != 0) {
      found |= NORMALISE;
    }
    for (int i = 0; i < shapes.length; i++) {
      // The digit runs count across the separators a shape may hold, so most texts are settled without a look.
      if (longestDigits >= shapeDigits[i] && (found & shapeRules[i]) != shapeRules[i] && hasShape(text, shapes[i])) {
        found |= shapeRules[i];
      }
    }
    if (longestBase64 == 0) {
      return found;
    }
    for (int i : runRules) {
      if (minDigits[i] > 0 && longestDigits >= minDigits[i] || minGrouped[i] > 0 && longestGrouped >= minGrouped[i]
          || minHex[i] > 0 && longestHex >= minHex[i] || minBase64[i] > 0 && longestBase64 >= minBase64[i]
          || minSpaced[i] > 0 && longestSpaced >= minSpaced[i]) {
        if (!alone[i] || oneWord(text)) {
          found |= 1L << i;
        }
      }
    }
    return found;
  }
}
