package dev.logsift.fingerprint;

import java.util.Locale;
import java.util.Set;

/** Case-insensitive lookup of a char range without allocating a substring (the scanner's hot path). */
final class WordSet {
  private final String[] table;
  /** The position of each slot's word in the order the words were given (see indexOf). */
  private final int[] positions;
  private final int mask;
  private final int maxLength;
  /** Bit per (first char, second char) pair of the words: most tokens are rejected without hashing. */
  private final long[] starts = new long[16];

  WordSet(Set<String> words) {
    int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
    table = new String[size];
    positions = new int[size];
    mask = size - 1;
    int max = 0;
    int position = 0;
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      max = Math.max(max, lower.length());
      int slot = hash(lower, 0, lower.length()) & mask;
      while (table[slot] != null && !table[slot].equals(lower)) {
        slot = (slot + 1) & mask;
      }
      if (table[slot] == null) {
        positions[slot] = position++;
      }
      table[slot] = lower;
      if (!lower.isEmpty()) {
        int start = start(lower, 0, lower.length());
        starts[start >>> 6] |= 1L << start;
      }
    }
    maxLength = max;
  }

  boolean contains(CharSequence s, int from, int to) {
    return indexOf(s, from, to) >= 0;
  }

  /** Where s[from, to) stood among the distinct words (lower-cased) in the order given, or -1. */
  int indexOf(CharSequence s, int from, int to) {
    int len = to - from;
    if (len <= 0 || len > maxLength) {
      return -1;
    }
    int start = start(s, from, to);
    if ((starts[start >>> 6] & 1L << start) == 0) {
      return -1;
    }
    int slot = hash(s, from, to) & mask;
    for (String w = table[slot]; w != null; w = table[slot = (slot + 1) & mask]) {
      if (w.length() == len && same(w, s, from)) {
        return positions[slot];
      }
    }
    return -1;
  }

  private static boolean same(String lower, CharSequence s, int from) {
    for (int k = 0; k < lower.length(); k++) {
      if (lower.charAt(k) != lowerAscii(s.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static int start(CharSequence s, int from, int to) {
    int second = to - from > 1 ? lowerAscii(s.charAt(from + 1)) & 31 : 0;
    return (lowerAscii(s.charAt(from)) & 31) << 5 | second;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + lowerAscii(s.charAt(k));
    }
    return h ^ (h >>> 16);
  }

  static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
