package dev.logsift.redact;

import java.util.List;

/**
 * Applies the ordered rules of redact/redaction-rules.tsv, each one only when the trigger pre-scan says it can
 * match, and searching only from where a match can start. Secrets become [REDACTED:kind] while key names stay.
 * Idempotent: markers are never redacted again, and passes repeat until nothing changes. Thread-safe; the rules
 * load once per instance, so build one per process.
 */
public final class PatternRedactor implements Redactor {
  static final String RULES = "/redact/redaction-rules.tsv";
  /** Each pass only shrinks the unredacted text; more than two are needed only for contrived input. */
  private static final int MAX_PASSES = 4;

  private final List<Rule> rules;
  private final TriggerScan scan;
  private final boolean prescan;
  private final long every;

  public PatternRedactor() {
    this(RuleFile.load(RULES), true);
  }

  /**
   * @param prescan false runs every rule on every text and searches all of it: the reference the pre-scan and
   *     the search shortcuts (leading literals, 'word' searches) are tested against
   */
  PatternRedactor(List<Rule> rules, boolean prescan) {
    this.rules = List.copyOf(rules);
    this.scan = new TriggerScan(this.rules);
    this.prescan = prescan;
    this.every = this.rules.isEmpty() ? 0 : -1L >>> (Long.SIZE - this.rules.size());
  }

  @Override
  public String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String t = text;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String next = pass(t);
      if (next == t) {
        return t;
      }
      // A later rule's marker can give an earlier rule the boundary it lacked ("+44555sessid=x"): run again.
      t = next;
    }
    return t;
  }

  /** The same instance when nothing changed. */
  private String pass(String text) {
    long due = prescan ? scan.rulesThatMayMatch(text) : every;
    String t = text;
    for (; due != 0; due &= due - 1) {
      int i = Long.numberOfTrailingZeros(due);
      Rule rule = rules.get(i);
      if (!prescan) {
        t = rule.apply(t, Rule.WHOLE_TEXT);
      } else {
        t = rule.inWord() ? rule.apply(t, wordStarts(t, 1L << i)) : rule.apply(t);
      }
    }
    return t;
  }

  private Rule.Starts wordStarts(String text, long rule) {
    return from -> scan.wordStart(text, from, rule);
  }

  /** Rule kinds in order, for tests and documentation. */
  List<String> kinds() {
    return rules.stream().map(Rule::kind).toList();
  }
}
