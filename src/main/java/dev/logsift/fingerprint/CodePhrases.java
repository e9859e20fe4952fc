package dev.logsift.fingerprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The `code-phrase` lines of the rules file: phrases in which a number is the code a failure names
 * ("Got error 28 from", "unexpected status code 429", "exited with status 137"), kept where every other
 * number is masked. The number's own shape is checked first and the words are read backwards from it,
 * so a token that ends no phrase costs a length check and a letter test.
 */
final class CodePhrases {
  enum Shape {
    /** 1 to 3 digits: an errno, a signal, a field, an exit status. */
    DIGITS,
    /** 4 digits: MySQL's error numbers. */
    DIGITS4,
    /** 100 to 599: an HTTP status. */
    HTTP,
    /** 400 to 599: an HTTP status that failed. */
    FAILURE,
    /** 3 hex digits: Active Directory's sub-codes (52e, 775). */
    HEX3,
    /** 5 digits or capitals: a SQLSTATE. */
    SQLSTATE
  }

  enum Condition { NONE, IN_EXCEPTION, IN_ERROR }

  /** Where a line's first "Error: " and "Exception: " are (-1 when absent), searched once per line by the caller. */
  interface Marks {
    int errorAt();

    int exceptionAt();
  }

  /** One word of a phrase: its spellings (lower case), or any word when empty; a comma may follow it. */
  record Word(List<String> spellings, boolean bracket, boolean comma) {
    boolean any() {
      return spellings.isEmpty();
    }
  }

  /** signed: the number may be written with a '-' ("exit code -11"). */
  record Phrase(Shape shape, List<Word> before, boolean quoted, boolean signed, List<Word> after, Condition condition) {}

  /** Every spelling of a word written right before the number, in the order of byWord. */
  private final WordSet lastWords;
  /** The phrases of each such spelling (with those whose last word is any word): most tokens find none to try. */
  private final Phrase[][] byWord;
  /** A bit per token length (1 to 5) that a shape of the spelling's phrases allows. */
  private final int[] lengths;
  /** Phrases whose word right before the number is any word ("*"), for a word no phrase spells. */
  private final Phrase[] anyWord;
  private final int anyLengths;
  /** Phrases with no word before the number ("N error responses"), tried only when a word follows it. */
  private final Phrase[] afterOnly;

  CodePhrases(List<Phrase> phrases) {
    Map<String, List<Phrase>> by = new LinkedHashMap<>();
    List<Phrase> any = new ArrayList<>();
    List<Phrase> after = new ArrayList<>();
    for (Phrase p : phrases) {
      if (p.before.isEmpty()) {
        after.add(p);
        continue;
      }
      Word last = p.before.get(p.before.size() - 1);
      if (last.any()) {
        any.add(p);
      }
      for (String w : last.spellings) {
        by.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
      }
    }
    this.lastWords = new WordSet(by.keySet());
    this.byWord = new Phrase[by.size()][];
    this.lengths = new int[by.size()];
    int i = 0;
    for (List<Phrase> own : by.values()) {
      List<Phrase> all = new ArrayList<>(own);
      all.addAll(any);
      byWord[i] = all.toArray(new Phrase[0]);
      lengths[i] = lengths(byWord[i]);
      i++;
    }
    this.anyWord = any.toArray(new Phrase[0]);
    this.anyLengths = lengths(anyWord);
    this.afterOnly = after.toArray(new Phrase[0]);
  }

  private static int lengths(Phrase[] phrases) {
    int bits = 0;
    for (Phrase p : phrases) {
      bits |= switch (p.shape) {
        case DIGITS -> 0b1110;
        case DIGITS4 -> 0b10000;
        case HTTP, FAILURE, HEX3 -> 0b1000;
        case SQLSTATE -> 0b100000;
      };
    }
    return bits;
  }

  /**
   * Parses "SHAPE word word N word [in-error|in-exception]": words before and after N, "a|b" either
   * spelling, "*" any one word, "(word" the word right after an opening bracket, "word," a word a comma may
   * follow, "'N'" a quoted number, "-N" a number that may be negative.
   */
  static Phrase parse(String[] f, int lineNo) {
    if (f.length < 3) {
      throw new IllegalArgumentException("rules line " + lineNo + ": code-phrase needs a shape and a phrase");
    }
    Shape shape;
    try {
      shape = Shape.valueOf(f[1].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rules line " + lineNo + ": unknown number shape " + f[1]);
    }
    List<Word> before = new ArrayList<>();
    List<Word> after = new ArrayList<>();
    Condition condition = Condition.NONE;
    boolean seen = false;
    boolean quoted = false;
    boolean signed = false;
    for (int i = 2; i < f.length; i++) {
      String t = f[i];
      if (t.equals("N") || t.equals("'N'") || t.equals("-N")) {
        if (seen) {
          throw new IllegalArgumentException("rules line " + lineNo + ": code-phrase has two N");
        }
        seen = true;
        quoted = t.length() == 3;
        signed = t.equals("-N");
      } else if (t.equals("in-error") || t.equals("in-exception")) {
        if (i != f.length - 1) {
          throw new IllegalArgumentException("rules line " + lineNo + ": " + t + " must end the phrase");
        }
        condition = t.equals("in-error") ? Condition.IN_ERROR : Condition.IN_EXCEPTION;
      } else {
        (seen ? after : before).add(word(t, lineNo));
      }
    }
    if (!before.isEmpty() && before.get(before.size() - 1).comma) {
      // the word right before N is found by the letter it ends with, so no comma may stand between them
      throw new IllegalArgumentException("rules line " + lineNo + ": no comma on the word right before N");
    }
    if (!seen || (before.isEmpty() && after.isEmpty())) {
      throw new IllegalArgumentException("rules line " + lineNo + ": code-phrase needs N and a word");
    }
    return new Phrase(shape, List.copyOf(before), quoted, signed, List.copyOf(after), condition);
  }

  private static Word word(String t, int lineNo) {
    boolean bracket = t.startsWith("(");
    boolean comma = t.endsWith(",");
    String w = t.substring(bracket ? 1 : 0, t.length() - (comma ? 1 : 0));
    if (w.equals("*")) {
      return new Word(List.of(), bracket, comma);
    }
    List<String> spellings = new ArrayList<>();
    for (String s : w.split("\\|")) {
      if (s.isEmpty() || !s.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        throw new IllegalArgumentException("rules line " + lineNo + ": a phrase word is small letters: " + t);
      }
      spellings.add(s);
    }
    return new Word(List.copyOf(spellings), bracket, comma);
  }

  /** Whether the number s[ca, cb) (its token from a, which may open with a quote) ends one of the phrases. */
  boolean matches(String s, int a, int ca, int cb, Marks marks) {
    boolean hashed = ca == a && cb - ca > 1 && s.charAt(ca) == '#';
    boolean negative = !hashed && ca == a && cb - ca > 1 && s.charAt(ca) == '-' && Shapes.digit(s.charAt(ca + 1));
    if (hashed || negative) {
      ca++; // React's "error #418"; a negative number only where the phrase allows one (see Phrase.signed)
    }
    if (cb - ca > 5) {
      return false;
    }
    int e = skipBack(s, a, false) + 1;
    int w = e;
    while (w > 0 && Shapes.letter(s.charAt(w - 1))) {
      w--;
    }
    if (hashed && !(e - w == 5 && s.regionMatches(true, w, "error", 0, 5))) {
      return false; // "the event id #38" counts events; only an error is numbered with '#'
    }
    if (w < e) {
      int word = lastWords.indexOf(s, w, e);
      Phrase[] candidates = word >= 0 ? byWord[word] : anyWord;
      int bits = word >= 0 ? lengths[word] : anyLengths;
      if ((bits & 1 << (cb - ca)) != 0 && tried(candidates, s, a, ca, cb, marks, negative)) {
        return true;
      }
    }
    return afterOnly.length > 0 && cb + 1 < s.length() && s.charAt(cb) == ' ' && Shapes.letter(s.charAt(cb + 1))
        && tried(afterOnly, s, a, ca, cb, marks, negative);
  }

  private static boolean tried(Phrase[] phrases, String s, int a, int ca, int cb, Marks marks, boolean negative) {
    for (Phrase p : phrases) {
      if ((p.signed || !negative) && shape(p.shape, s, ca, cb) && (!p.quoted || ca > a) && before(p.before, s, a)
          && after(p.after, s, cb) && condition(p, a, marks)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shape(Shape shape, String s, int ca, int cb) {
    int len = cb - ca;
    return switch (shape) {
      case DIGITS -> len <= 3 && Shapes.digits(s, ca, cb);
      case DIGITS4 -> len == 4 && Shapes.digits(s, ca, cb);
      case HTTP -> len == 3 && s.charAt(ca) >= '1' && s.charAt(ca) <= '5' && Shapes.digits(s, ca, cb);
      case FAILURE -> len == 3 && (s.charAt(ca) == '4' || s.charAt(ca) == '5') && Shapes.digits(s, ca, cb);
      case HEX3 -> len == 3 && Shapes.hexDigit(s.charAt(ca)) && Shapes.hexDigit(s.charAt(ca + 1))
          && Shapes.hexDigit(s.charAt(ca + 2));
      case SQLSTATE -> len == 5 && sqlstate(s, ca, cb);
    };
  }

  private static boolean sqlstate(String s, int ca, int cb) {
    for (int k = ca; k < cb; k++) {
      char c = s.charAt(k);
      if (!(Shapes.digit(c) || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean before(List<Word> words, String s, int a) {
    int end = a;
    for (int i = words.size() - 1; i >= 0; i--) {
      Word word = words.get(i);
      int e = skipBack(s, end, word.comma) + 1;
      int w = e;
      while (w > 0 && Shapes.letter(s.charAt(w - 1))) {
        w--;
      }
      if (w == e || !spelt(word, s, w, e) || (word.bracket && (w == 0 || s.charAt(w - 1) != '('))) {
        return false;
      }
      end = w;
    }
    return true;
  }

  private static boolean after(List<Word> words, String s, int cb) {
    int start = cb;
    for (Word word : words) {
      int w = start;
      while (w < s.length() && s.charAt(w) == ' ') {
        w++;
      }
      int e = w;
      while (e < s.length() && Shapes.letter(s.charAt(e))) {
        e++;
      }
      if (w == start || e == w || !spelt(word, s, w, e)) {
        return false;
      }
      start = e;
    }
    return true;
  }

  private static boolean spelt(Word word, String s, int w, int e) {
    if (word.any()) {
      return true;
    }
    for (String spelling : word.spellings) {
      if (spelling.length() == e - w && s.regionMatches(true, w, spelling, 0, e - w)) {
        return true;
      }
    }
    return false;
  }

  /** The last position before a that is no space or separator between a phrase's words, or -1. */
  private static int skipBack(String s, int a, boolean comma) {
    int k = a - 1;
    while (k >= 0 && (LineMasker.space(s.charAt(k)) || s.charAt(k) == ':' || s.charAt(k) == '(' || (comma && s.charAt(k) == ','))) {
      k--;
    }
    return k;
  }

  private static boolean condition(Phrase p, int a, Marks marks) {
    return switch (p.condition) {
      case NONE -> true;
      case IN_EXCEPTION -> before(marks.exceptionAt(), "Exception: ", a);
      case IN_ERROR -> before(marks.errorAt(), "Error: ", a) || before(marks.exceptionAt(), "Exception: ", a);
    };
  }

  private static boolean before(int at, String marker, int a) {
    return at >= 0 && at <= a - marker.length();
  }
}
