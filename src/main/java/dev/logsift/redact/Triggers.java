package dev.logsift.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must occur in a text for a rule to possibly match: any one of the literals (compared case-insensitively,
 * with spaces and tabs in the text ignored), or one of the firsts followed later by one of the thens, or a digit
 * run, or a hex run of the given length. Nothing given means the rule always runs.
 *
 * @param firsts with thens: the sequences 'a...b' (any first, then any then: looser than the pairs, never stricter)
 * @param minDigits 0, or the length of a run of digits that may be separated by space - . ( )
 * @param minGrouped 0, or the length of such a run with at least one separator between its digits
 * @param minHex 0, or the length of a run of hex digits without separators
 * @param minBase64 0, or the length of a run of letters, digits, '+' and '/' (a PEM body line logged alone)
 * @param minSpaced 0, or the length of a run of digits separated by single spaces, at least one (020 7946 0958)
 * @param shape "", or a token shape where '#' is a digit and the rest separators of digit runs (space - . ( )),
 *     as "###-##-####", found in the text as written (spaces count) and neither preceded nor followed by a digit
 * @param alone the run triggers count only when the whole text is one word (spaces and tabs around it aside)
 */
record Triggers(List<String> literals, List<String> firsts, List<String> thens, int minDigits, int minGrouped,
    int minHex, int minBase64, int minSpaced, String shape, boolean alone) {
  static final Triggers ALWAYS = new Triggers(List.of(), 0, 0, 0);
  private static final char ANY_DIGIT = TriggerScan.ANY_DIGIT;
  private static final Pattern RUN = Pattern.compile("(digits|grouped|hex|base64|spaced)>=([1-9][0-9]?)");
  private static final Pattern ITEM = Pattern.compile("(?:[!-~&&[^,{}|]]|\\{[!-~&&[^,{}]]*})+");

  Triggers {
    literals = List.copyOf(literals);
    firsts = List.copyOf(firsts);
    thens = List.copyOf(thens);
    if (firsts.isEmpty() != thens.isEmpty()) {
      throw new IllegalArgumentException("a sequence needs a literal before and after '...'");
    }
  }

  Triggers(List<String> literals, List<String> firsts, List<String> thens, int minDigits, int minGrouped,
      int minHex) {
    this(literals, firsts, thens, minDigits, minGrouped, minHex, 0, 0, "", false);
  }

  Triggers(List<String> literals, int minDigits, int minGrouped, int minHex) {
    this(literals, List.of(), List.of(), minDigits, minGrouped, minHex, 0, 0, "", false);
  }

  boolean always() {
    return literals.isEmpty() && firsts.isEmpty() && minDigits == 0 && minGrouped == 0 && minHex == 0
        && minBase64 == 0 && minSpaced == 0 && shape.isEmpty();
  }

  /** The plain literals and both halves of the sequences. */
  List<String> allLiterals() {
    List<String> all = new ArrayList<>(literals);
    all.addAll(firsts);
    all.addAll(thens);
    return all;
  }

  /**
   * Parses the triggers column: '-', or comma-separated items, each 'digits>=N', 'grouped>=N', 'hex>=N' or a
   * literal in which {a|b|} stands for each of its alternatives, so "{key|token}{=|:}" is four literals.
   */
  static Triggers parse(String column) {
    if (column.equals("-")) {
      return ALWAYS;
    }
    List<String> literals = new ArrayList<>();
    List<String> firsts = new ArrayList<>();
    List<String> thens = new ArrayList<>();
    int digits = 0;
    int grouped = 0;
    int hex = 0;
    int base64 = 0;
    int spaced = 0;
    String shape = "";
    boolean alone = false;
    for (String item : column.split(",", -1)) {
      Matcher run = RUN.matcher(item);
      if (item.equals("alone")) {
        alone = true;
      } else if (item.startsWith("shape:") && item.length() > 7 && item.charAt(6) == ANY_DIGIT && shape.isEmpty()
          && item.substring(6).chars().allMatch(c -> c == ANY_DIGIT || " -.()".indexOf(c) >= 0)) {
        shape = item.substring(6);
      } else if (run.matches()) {
        int n = Integer.parseInt(run.group(2));
        switch (run.group(1)) {
          case "digits" -> digits = n;
          case "grouped" -> grouped = n;
          case "base64" -> base64 = n;
          case "spaced" -> spaced = n;
          default -> hex = n;
        }
      } else if (ITEM.matcher(item).matches() && !item.contains(">=") && item.contains("...")) {
        int dots = item.indexOf("...");
        if (item.indexOf("...", dots + 3) >= 0) {
          throw new IllegalArgumentException("a sequence trigger is 'a...b', two literals");
        }
        expand("", item.substring(0, dots), firsts);
        expand("", item.substring(dots + 3), thens);
      } else if (ITEM.matcher(item).matches() && !item.contains(">=")) {
        expand("", item, literals);
      } else {
        throw new IllegalArgumentException("a trigger is '-', 'digits>=N', 'grouped>=N', 'hex>=N', 'base64>=N', 'spaced>=N', 'alone', one 'shape:#...' or printable"
            + " ASCII without spaces or commas, where {a|b} stands for each alternative and 'a...b' for a then b");
      }
    }
    if (alone && digits + grouped + hex + base64 + spaced == 0) {
      throw new IllegalArgumentException("'alone' qualifies a run trigger (digits, grouped, hex, base64, spaced)");
    }
    return new Triggers(literals, firsts, thens, digits, grouped, hex, base64, spaced, shape, alone);
  }

  private static void expand(String head, String rest, List<String> out) {
    int open = rest.indexOf('{');
    if (open < 0) {
      String literal = head + rest;
      if (literal.isEmpty()) {
        throw new IllegalArgumentException("empty trigger");
      }
      out.add(literal.toLowerCase(Locale.ROOT));
      return;
    }
    int close = rest.indexOf('}', open);
    for (String alt : rest.substring(open + 1, close).split("\\|", -1)) {
      expand(head + rest.substring(0, open) + alt, rest.substring(close + 1), out);
    }
  }
}
