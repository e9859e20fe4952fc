package dev.logsift.redact;

import java.util.Arrays;
import java.util.List;

/**
 * Applies the ordered rules of redact/redaction-rules.tsv, each one only when the trigger pre-scan says it can
 * match, and searching only from where a match can start. Secrets become [REDACTED:kind] while key names stay.
 * Invisible characters go first; the rules then run on the text and on its decoded copy (URL, HTML and \\u
 * escapes resolved), and what they find in the copy is redacted in the text, so the output keeps the text's own
 * spelling everywhere else.
 * Idempotent: markers are never redacted again, and passes repeat until nothing changes. Thread-safe; the rules
 * load once per instance, so build one per process.
 */
public final class PatternRedactor implements Redactor {
  static final String RULES = "/redact/redaction-rules.tsv";
  /** Each pass only shrinks the unredacted text; more than two are needed only for contrived input. */
  private static final int MAX_PASSES = 4;
  /** Decoding rounds of the working copy: once, and once more for double encodings (%2540). */
  private static final int MAX_DECODINGS = 2;

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
    long due = prescan ? scan.rulesThatMayMatch(text) : every | TriggerScan.NORMALISE;
    Spans spans = new Spans();
    if ((due & TriggerScan.NORMALISE) == 0) {
      // Nothing invisible and nothing to decode: the common case, one scan so far.
      find(text, null, spans, due);
      return spans.applyTo(text);
    }
    String base = WorkingCopy.withoutInvisible(text);
    find(base, null, spans, base == text ? due : -1);
    WorkingCopy copy = WorkingCopy.of(base);
    for (int round = 0; copy != null && round < MAX_DECODINGS; round++) {
      find(copy.text, copy, spans, -1);
      copy = copy.again();
    }
    return spans.applyTo(base);
  }

  /**
   * Runs the rules over {@code text} in passes, as text with markers (a later rule sees the markers of earlier
   * ones), and records what they replaced as ranges of the base text.
   *
   * @param copy null when text is the base text, else the decoded copy it is
   * @param firstDue the rules the pre-scan gave for text, or -1 to scan it here
   */
  private void find(String text, WorkingCopy copy, Spans spans, long firstDue) {
    String t = text;
    Origin origin = null;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      long due = pass == 0 && firstDue != -1 ? firstDue : prescan ? scan.rulesThatMayMatch(t) : every;
      due &= ~TriggerScan.NORMALISE;
      if (due == 0) {
        return;
      }
      if (origin == null) {
        origin = new Origin();
      }
      boolean changed = false;
      for (; due != 0; due &= due - 1) {
        int i = Long.numberOfTrailingZeros(due);
        Rule rule = rules.get(i);
        origin.reset();
        String next;
        if (!prescan) {
          next = rule.apply(t, Rule.WHOLE_TEXT, origin);
        } else {
          next = rule.inWord() ? rule.apply(t, wordStarts(t, 1L << i), origin) : rule.apply(t, null, origin);
        }
        if (next != t) {
          origin.finish(next, rule.marker(), copy, spans);
          t = next;
          changed = true;
        }
      }
      // A later rule's marker can give an earlier rule the boundary it lacked ("+44555sessid=x"): run again.
      if (!changed) {
        return;
      }
    }
  }

  /**
   * Where each character of the working text came from, as the rules replace ranges with markers: a replaced range
   * never overlaps a marker, so it is one contiguous range of the text the passes started with.
   */
  private static final class Origin implements Rule.Replaced {
    /** Null while nothing was replaced: every character is where it was. */
    private int[] at;
    private int[] ranges = new int[8];
    private int count;

    void reset() {
      count = 0;
    }

    @Override
    public void range(int start, int end) {
      if (count + 2 > ranges.length) {
        ranges = Arrays.copyOf(ranges, ranges.length * 2);
      }
      ranges[count++] = start;
      ranges[count++] = end;
    }

    private int of(int i) {
      return at == null ? i : at[i];
    }

    void finish(String next, String marker, WorkingCopy copy, Spans spans) {
      int[] now = new int[next.length()];
      int from = 0;
      int to = 0;
      for (int k = 0; k < count; k += 2) {
        int s = ranges[k];
        int e = ranges[k + 1];
        for (; from < s; from++) {
          now[to++] = of(from);
        }
        int os = of(s);
        int oe = of(e - 1) + 1;
        spans.add(copy == null ? os : copy.originalStart(os), copy == null ? oe : copy.originalEnd(oe), marker);
        for (int m = 0; m < marker.length(); m++) {
          now[to++] = -1;
        }
        from = e;
      }
      while (to < now.length) {
        now[to++] = of(from++);
      }
      at = now;
    }
  }

  /**
   * Replaced ranges of the base text with their markers, from the text and from its decoded copies; ranges that
   * overlap become one, with the marker of the one that starts first.
   */
  private static final class Spans {
    private int[] starts;
    private int[] ends;
    private String[] markers;
    private int count;

    void add(int start, int end, String marker) {
      if (starts == null) {
        starts = new int[4];
        ends = new int[4];
        markers = new String[4];
      } else if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        markers = Arrays.copyOf(markers, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      markers[count] = marker;
      count++;
    }

    String applyTo(String base) {
      if (count == 0) {
        return base;
      }
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> starts[a] != starts[b] ? Integer.compare(starts[a], starts[b])
          : Integer.compare(ends[b], ends[a]));
      StringBuilder out = new StringBuilder(base.length());
      int last = 0;
      for (int k = 0; k < count; ) {
        int i = order[k];
        int s = starts[i];
        int e = ends[i];
        for (k++; k < count && starts[order[k]] < e; k++) {
          e = Math.max(e, ends[order[k]]);
        }
        out.append(base, last, s).append(markers[i]);
        last = e;
      }
      return out.append(base, last, base.length()).toString();
    }
  }

  private Rule.Starts wordStarts(String text, long rule) {
    return from -> scan.wordStart(text, from, rule);
  }

  /** Rule kinds in order, for tests and documentation. */
  List<String> kinds() {
    return rules.stream().map(Rule::kind).toList();
  }
}
