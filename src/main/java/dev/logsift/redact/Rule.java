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
  private final String marker;
  private final int[] groups;

  /** @param triggers what occurs in every text the pattern can match */
  Rule(String kind, Pattern pattern, Triggers triggers, Check check) {
    this.kind = kind;
    this.pattern = pattern;
    this.triggers = triggers;
    this.check = check;
    this.marker = MARKER_PREFIX + kind + "]";
    int[] named = pattern.namedGroups().values().stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(named);
    this.groups = named.length == 0 ? new int[] {0} : named;
  }

  String kind() {
    return kind;
  }

  Triggers triggers() {
    return triggers;
  }

  String apply(String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
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
        last = e;
      }
    } while (m.find());
    return out == null ? text : out.append(text, last, text.length()).toString();
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
