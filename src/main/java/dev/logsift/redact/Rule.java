package dev.logsift.redact;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the rules file. The named groups of the pattern are what gets replaced (the key name around
 * them stays, so a message keeps its shape); a pattern without named groups is replaced whole. Named groups
 * must not nest: they are replaced in group order.
 */
final class Rule {
  static final String MARKER_PREFIX = "[REDACTED:";
  /** Kinds are at most 32 characters (RuleFile checks), so a marker is at most this long. */
  static final int MAX_MARKER = MARKER_PREFIX.length() + 32 + 1;

  private final String kind;
  private final Pattern pattern;
  private final Triggers triggers;
  private final Check check;
  private final boolean inWord;
  private final String marker;
  private final int[] groups;
  /** What every match starts with, when the regex begins with a literal; null otherwise. */
  private final String prefix;
  /** The regex begins with \\A: only the start of the text is tried, not every position. */
  private final boolean atStart;

  /** @param triggers what occurs in every text the pattern can match */
  Rule(String kind, Pattern pattern, Triggers triggers, Check check) {
    this(kind, pattern, triggers, check, false);
  }

  /**
   * @param inWord every match holds one of the trigger literals and no space, tab or line break, so the
   *     search may start at the word around the next literal (see {@link Starts})
   */
  Rule(String kind, Pattern pattern, Triggers triggers, Check check, boolean inWord) {
    if (inWord && (triggers.literals().isEmpty() || !triggers.firsts().isEmpty() || triggers.minDigits() > 0
        || triggers.minGrouped() > 0 || triggers.minHex() > 0 || triggers.minBase64() > 0
        || triggers.minSpaced() > 0 || !triggers.shape().isEmpty())) {
      throw new IllegalArgumentException("a search that starts at the word around a trigger needs literal"
          + " triggers only");
    }
    this.kind = kind;
    this.pattern = pattern;
    this.triggers = triggers;
    this.check = check;
    this.inWord = inWord;
    this.marker = MARKER_PREFIX + kind + "]";
    int[] named = pattern.namedGroups().values().stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(named);
    this.groups = named.length == 0 ? new int[] {0} : named;
    this.prefix = literalPrefix(pattern);
    this.atStart = pattern.pattern().startsWith("\\A") && !alternatesAtTop(pattern.pattern());
  }

  String kind() {
    return kind;
  }

  String marker() {
    return marker;
  }

  /** The regex as compiled, for tests that check its shape. */
  String regex() {
    return pattern.pattern();
  }

  Triggers triggers() {
    return triggers;
  }

  boolean inWord() {
    return inWord;
  }

  /** Where the next match may start, for rules that are {@link #inWord()}. */
  interface Starts {
    /** The earliest position at or after {@code from} where a match can start, or -1 if none can. */
    int from(int from);
  }

  /** Searches with find() alone and skips nothing: the reference the shortcuts are tested against. */
  static final Starts WHOLE_TEXT = from -> from;

  /** Told each range of the text a rule replaces, in order. */
  interface Replaced {
    void range(int start, int end);
  }

  private static final Replaced IGNORED = (s, e) -> { };

  String apply(String text) {
    return apply(text, null, IGNORED);
  }

  String apply(String text, Starts starts) {
    return apply(text, starts, IGNORED);
  }

  /** @param starts null, or where matches can start: the search skips what lies before */
  String apply(String text, Starts starts, Replaced replaced) {
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    if (!next(m, text, 0, starts)) {
      return text;
    }
    StringBuilder out = null;
    Check.Candidates accepted = check.in(text);
    int last = 0;
    do {
      for (int g : groups) {
        int s = m.start(g);
        if (s < last) {
          continue;
        }
        int e = m.end(g);
        if (e == s || overlapsMarker(text, s, e) || !accepted.accepts(s, e)) {
          continue;
        }
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, last, s).append(marker);
        replaced.range(s, e);
        last = e;
      }
    } while (next(m, text, m.end() > m.start() ? m.end() : m.end() + 1, starts));
    return out == null ? text : out.append(text, last, text.length()).toString();
  }

  /**
   * The next match from {@code from}, as find() would return it. Rules in a word skip to where they can start.
   * With a literal prefix only the places where it occurs are tried (String.indexOf is far faster than the regex
   * engine's walk over every position, which Java skips only for literals of four or more characters); the whole
   * text stays visible to look-arounds.
   */
  private boolean next(Matcher m, String text, int from, Starts starts) {
    if (from > text.length()) {
      return false;
    }
    if (starts == WHOLE_TEXT) {
      return m.find();
    }
    if (atStart) {
      return from == 0 && m.lookingAt();
    }
    if (starts != null) {
      int at = starts.from(from);
      return at >= 0 && m.find(at);
    }
    if (prefix == null) {
      return m.find();
    }
    for (int at = text.indexOf(prefix, from); at >= 0; at = text.indexOf(prefix, at + 1)) {
      if (m.region(at, text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The literal characters a regex (compiled without flags) begins with, up to its first metacharacter; a
   * character followed by a quantifier is not part of it. Null when there are none, or when an alternation at
   * the top level lets a match begin otherwise.
   */
  static String literalPrefix(Pattern pattern) {
    String regex = pattern.pattern();
    if (pattern.flags() != 0 || regex.contains("\\Q") || alternatesAtTop(regex)) {
      return null;
    }
    int n = 0;
    while (n < regex.length() && "\\^$.|?*+()[]{}".indexOf(regex.charAt(n)) < 0) {
      n++;
    }
    if (n < regex.length() && "?*+{".indexOf(regex.charAt(n)) >= 0) {
      n--;
    }
    return n <= 0 ? null : regex.substring(0, n);
  }

  private static boolean alternatesAtTop(String regex) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A marker (from an earlier rule or an earlier run) is never redacted again, not even in part: its ':' and
   * ']' look like separators to other rules. Looks only from MAX_MARKER before the candidate to its end, so the
   * work stays proportional to the match.
   */
  static boolean overlapsMarker(String text, int s, int e) {
    for (int m = Math.max(0, s - MAX_MARKER); m < e; m++) {
      if (text.charAt(m) == '[' && text.startsWith(MARKER_PREFIX, m)) {
        int limit = Math.min(text.length(), m + MAX_MARKER);
        int close = m + MARKER_PREFIX.length();
        while (close < limit && text.charAt(close) != ']') {
          close++;
        }
        if (close < limit && close >= s) {
          return true;
        }
      }
    }
    return false;
  }
}
