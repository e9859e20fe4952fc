package dev.logsift.redact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a text that tells which rules can possibly match, so a line without any trigger costs a
 * table walk instead of dozens of regex scans. Literals are found with an Aho-Corasick automaton over
 * ASCII, case-insensitively and stepping over spaces and tabs (so "key=" also fires on "key = x"; firing
 * too often only costs time, never a leak). Digit runs count digits that follow each other or are separated
 * by space, '-', '.', '(' or ')' (the separators of card and phone numbers); a grouped run has at least one
 * such separator between its digits (so account ids and epoch times are not phone numbers); hex runs have no
 * separators.
 */
final class TriggerScan {
  private final byte[] classOf = new byte[128];
  private final int width;
  private final int[] next;
  private final long[] hits;
  private final long always;
  private final int[] minDigits;
  private final int[] minGrouped;
  private final int[] minHex;

  TriggerScan(List<Rule> rules) {
    if (rules.size() > Long.SIZE) {
      throw new IllegalArgumentException("at most " + Long.SIZE + " rules");
    }
    int classes = 1;
    for (Rule r : rules) {
      for (String t : r.triggers().literals()) {
        for (char c : t.toCharArray()) {
          if (classOf[c] == 0) {
            classOf[c] = (byte) classes++;
          }
        }
      }
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      classOf[c] = classOf[c + ('a' - 'A')];
    }
    width = classes;

    // Trie of all literals; state 0 is the root.
    List<Map<Integer, Integer>> trie = new ArrayList<>();
    List<Long> out = new ArrayList<>();
    trie.add(new HashMap<>());
    out.add(0L);
    long alwaysBits = 0;
    minDigits = new int[rules.size()];
    minGrouped = new int[rules.size()];
    minHex = new int[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      Triggers r = rules.get(i).triggers();
      minDigits[i] = r.minDigits();
      minGrouped[i] = r.minGrouped();
      minHex[i] = r.minHex();
      if (r.always()) {
        alwaysBits |= 1L << i;
      }
      for (String t : r.literals()) {
        int s = 0;
        for (char c : t.toCharArray()) {
          Integer to = trie.get(s).get((int) classOf[c]);
          if (to == null) {
            to = trie.size();
            trie.add(new HashMap<>());
            out.add(0L);
            trie.get(s).put((int) classOf[c], to);
          }
          s = to;
        }
        out.set(s, out.get(s) | 1L << i);
      }
    }
    always = alwaysBits;

    // Breadth-first: complete the goto function into a DFA and merge outputs along failure links.
    int states = trie.size();
    next = new int[states * width];
    hits = new long[states];
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < width; c++) {
      Integer to = trie.get(0).get(c);
      if (to != null) {
        next[c] = to;
        queue.add(to);
      }
    }
    hits[0] = out.get(0);
    while (!queue.isEmpty()) {
      int s = queue.poll();
      hits[s] = out.get(s) | hits[fail[s]];
      for (int c = 0; c < width; c++) {
        Integer to = trie.get(s).get(c);
        if (to != null) {
          fail[to] = next[fail[s] * width + c];
          next[s * width + c] = to;
          queue.add(to);
        } else {
          next[s * width + c] = next[fail[s] * width + c];
        }
      }
    }
  }

  /** Bit i set: rule i may match somewhere in the text. */
  long rulesThatMayMatch(CharSequence text) {
    long found = always;
    int state = 0;
    int digits = 0;
    int longestDigits = 0;
    boolean separatorPending = false;
    boolean grouped = false;
    int longestGrouped = 0;
    int hex = 0;
    int longestHex = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        longestDigits = Math.max(longestDigits, ++digits);
        grouped |= separatorPending;
        separatorPending = false;
        if (grouped) {
          longestGrouped = Math.max(longestGrouped, digits);
        }
        longestHex = Math.max(longestHex, ++hex);
        state = next[state * width + classOf[c]];
        found |= hits[state];
        continue;
      }
      if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
        separatorPending = digits > 0;
      } else {
        digits = 0;
        separatorPending = false;
        grouped = false;
      }
      if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
        longestHex = Math.max(longestHex, ++hex);
      } else {
        hex = 0;
      }
      if (c != ' ' && c != '\t') {
        state = next[state * width + (c < 128 ? classOf[c] : 0)];
        found |= hits[state];
      }
    }
    for (int i = 0; i < minDigits.length; i++) {
      if (minDigits[i] > 0 && longestDigits >= minDigits[i] || minGrouped[i] > 0 && longestGrouped >= minGrouped[i]
          || minHex[i] > 0 && longestHex >= minHex[i]) {
        found |= 1L << i;
      }
    }
    return found;
  }
}
