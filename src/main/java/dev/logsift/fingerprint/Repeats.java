package dev.logsift.fingerprint;

/**
 * One value written several times in a message ("FATAL: password authentication failed for user
 * \"oscar\" ... oscar@orders", a sub-domain in a URL and again in "ENOTFOUND wayne.auth.acme.io"):
 * the later copies become references to the token where the value first appeared. Two messages
 * that differ only in that value then differ in one position, which is the evidence learning
 * counts; without this, a user name written twice is never learned.
 */
final class Repeats {
  /** Marks a reference; a message that holds it already gets no references (see of). */
  static final char REF = '\u0001';
  private static final int MIN_WORD = 3;

  private Repeats() {}

  /** The tokens with repeated words replaced by references, or the same array when none repeats. */
  static String[] of(String[] tokens) {
    for (String t : tokens) {
      // a line carrying the marker could imitate a reference: such a message is learned as written
      if (isCopy(t)) {
        return tokens;
      }
    }
    java.util.HashMap<String, Integer> first = null;
    String[] out = tokens;
    for (int p = 0; p < tokens.length; p++) {
      String t = tokens[p];
      int whole = p > 0 && p < 64 ? wholeCopy(tokens, p) : -1;
      if (whole >= 0) {
        // "lookup cr.sti.neutral-tandem.example" after "https://cr.sti.neutral-tandem.example/sti/v1/cert.pem":
        // a name of several words copied whole is one reference, its short words ("cr") included
        int[] core = core(t);
        if (out == tokens) {
          out = tokens.clone();
        }
        out[p] = t.substring(0, core[0]) + REF + (char) ('0' + whole) + t.substring(core[1]);
        continue;
      }
      StringBuilder b = null;
      int i = 0;
      while (i < t.length()) {
        if (!Character.isLetterOrDigit(t.charAt(i))) {
          if (b != null) {
            b.append(t.charAt(i));
          }
          i++;
          continue;
        }
        int end = i;
        boolean letter = false;
        while (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
          letter |= Character.isLetter(t.charAt(end));
          end++;
        }
        String word = t.substring(i, end);
        Integer at = null;
        if (letter && word.length() >= MIN_WORD) {
          if (first == null) {
            first = new java.util.HashMap<>();
          }
          at = first.get(word);
          if (at == null) {
            first.put(word, p);
          } else if (at == p) {
            at = null;
          }
        }
        if (at != null) {
          if (b == null) {
            b = new StringBuilder(t.length()).append(t, 0, i);
          }
          int last = lastRef(b);
          if (last >= 0 && b.charAt(last + 1) == (char) ('0' + at)) {
            // "ledger-api" copied whole is one reference, like "notifier": the words of a name are one value
            b.setLength(last + 2);
          } else {
            b.append(REF).append((char) ('0' + at));
          }
        } else if (b != null) {
          b.append(word);
        }
        i = end;
      }
      if (b != null) {
        if (out == tokens) {
          out = tokens.clone();
        }
        out[p] = b.toString();
      }
    }
    return out;
  }

  /** Where the token's core starts and ends: without the punctuation around it ("(db.example.com):" -> db.example.com). */
  private static int[] core(String t) {
    int a = 0;
    int z = t.length();
    while (a < z && !Character.isLetterOrDigit(t.charAt(a))) {
      a++;
    }
    while (z > a && !Character.isLetterOrDigit(t.charAt(z - 1))) {
      z--;
    }
    return new int[] {a, z};
  }

  /**
   * The earlier position whose token holds the whole name of token p, bounded by no word character, or -1. Only a
   * dotted or dashed name with a letter and 6 characters or more: a host, a resource.
   */
  private static int wholeCopy(String[] tokens, int p) {
    String t = tokens[p];
    int[] core = core(t);
    if (core[1] - core[0] < 6) {
      return -1;
    }
    boolean joined = false;
    boolean letter = false;
    for (int i = core[0]; i < core[1]; i++) {
      char c = t.charAt(i);
      if (c == '.' || c == '-') {
        joined = true;
      } else if (Character.isLetter(c)) {
        letter = true;
      } else if (!Character.isLetterOrDigit(c) && c != '_') {
        return -1;
      }
    }
    if (!joined || !letter) {
      return -1;
    }
    String name = t.substring(core[0], core[1]);
    for (int q = 0; q < p; q++) {
      if (bounded(tokens[q], name) >= 0 && !tokens[q].equals(t)) {
        return q;
      }
    }
    return -1;
  }

  /** Where name stands in t with no word character around it ("https://NAME/x"), or -1. */
  static int bounded(String t, String name) {
    for (int i = t.indexOf(name); i >= 0; i = t.indexOf(name, i + 1)) {
      int e = i + name.length();
      if ((i == 0 || !word(t.charAt(i - 1))) && (e == t.length() || !word(t.charAt(e)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean word(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  /**
   * Positions that copy the value at {@code p}, or 0 when one of them also holds words of its own and
   * does not repeat every word of it: "mapred.job.id is deprecated. Instead, use mapreduce.job.id" names a
   * different key in each message, the second name is not a copy of the first; "starting hnakamura's server:
   * Server at http://c07:8888/user/hnakamura/" writes the whole user again inside an address.
   */
  static long copiesOf(String[] tokens, String[] keyed, int p) {
    String ref = "" + REF + (char) ('0' + p);
    long m = 0;
    java.util.Set<String> own = null;
    for (int q = p + 1; q < keyed.length && q < 64; q++) {
      if (keyed[q].contains(ref)) {
        if (hasOwnWord(keyed[q])) {
          if (own == null) {
            own = new java.util.HashSet<>();
            words(tokens[p], own);
            own.removeIf(w -> w.length() < MIN_WORD || !hasLetter(w));
          }
          java.util.Set<String> there = new java.util.HashSet<>();
          words(tokens[q], there);
          if (own.isEmpty() || !there.containsAll(own)) {
            return 0;
          }
        }
        m |= 1L << q;
      }
    }
    return m;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOwnWord(String keyed) {
    int run = 0;
    boolean letter = false;
    for (int i = 0; i < keyed.length(); i++) {
      char c = keyed.charAt(i);
      if (c == REF) {
        i++;
        run = 0;
        letter = false;
      } else if (Character.isLetterOrDigit(c)) {
        run++;
        letter |= Character.isLetter(c);
        if (run >= MIN_WORD && letter) {
          return true;
        }
      } else {
        run = 0;
        letter = false;
      }
    }
    return false;
  }

  /**
   * The token at {@code p} split into what its copies repeat and the rest: {the token with the
   * repeated words replaced by a mark, the repeated words}. "oscar@orders" copied as "oscar" is
   * {"\u0002@orders", "oscar"}.
   */
  static String[] split(String[] tokens, int p, long copies) {
    String t0 = tokens[p];
    if (copies != 0) {
      // a name copied whole (see wholeCopy) is one value where it first stands, once
      String first = tokens[Long.numberOfTrailingZeros(copies)];
      int[] core = core(first);
      String name = first.substring(core[0], core[1]);
      int at = core[1] - core[0] >= 6 ? bounded(t0, name) : -1;
      if (at >= 0 && !t0.equals(first)) {
        return new String[] {t0.substring(0, at) + '\u0002' + t0.substring(at + name.length()), name + ' '};
      }
    }
    java.util.HashSet<String> repeated = new java.util.HashSet<>();
    for (long m = copies; m != 0; m &= m - 1) {
      words(tokens[Long.numberOfTrailingZeros(m)], repeated);
    }
    String t = tokens[p];
    StringBuilder rest = new StringBuilder(t.length());
    StringBuilder value = new StringBuilder();
    int i = 0;
    while (i < t.length()) {
      int end = i;
      while (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
        end++;
      }
      if (end == i) {
        rest.append(t.charAt(i++));
        continue;
      }
      String word = t.substring(i, end);
      if (repeated.contains(word)) {
        int mark = rest.lastIndexOf("\u0002");
        if (mark < 0 || !onlySeparators(rest, mark + 1)) {
          rest.append('\u0002'); // a name of several words ("ledger-api") is one mark, like a name of one
        } else {
          rest.setLength(mark + 1);
        }
        value.append(word).append(' ');
      } else {
        rest.append(word);
      }
      i = end;
    }
    return new String[] {rest.toString(), value.toString()};
  }

  /** Where the last reference of b starts when only separators follow it, or -1. */
  private static int lastRef(StringBuilder b) {
    int r = b.lastIndexOf(String.valueOf(REF));
    return r >= 0 && r + 2 <= b.length() && onlySeparators(b, r + 2) ? r : -1;
  }

  private static boolean onlySeparators(CharSequence b, int from) {
    for (int k = from; k < b.length(); k++) {
      char c = b.charAt(k);
      if (c != '-' && c != '_' && c != '.') {
        return false;
      }
    }
    return true;
  }

  private static void words(String t, java.util.Set<String> into) {
    int i = 0;
    while (i < t.length()) {
      int end = i;
      while (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
        end++;
      }
      if (end > i) {
        into.add(t.substring(i, end));
        i = end;
      } else {
        i++;
      }
    }
  }

  static boolean isCopy(String token) {
    return token.indexOf(REF) >= 0;
  }
}
