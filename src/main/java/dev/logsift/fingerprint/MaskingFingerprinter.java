package dev.logsift.fingerprint;

import java.util.List;

/**
 * Fingerprints a message by masking its variable parts with the ordered rules of
 * {@code /fingerprint/rules.txt}. Deterministic and stateless: the same message and rules always
 * give the same id, on any thread, in any process.
 */
public final class MaskingFingerprinter implements Fingerprinter {
  private static final String RULES = "/fingerprint/rules.txt";
  private static volatile Engine shared;

  private final Engine engine;

  /** The rules shipped in the jar (parsed once per process). */
  public MaskingFingerprinter() {
    this.engine = sharedEngine();
  }

  private static Engine sharedEngine() {
    Engine e = shared;
    if (e == null) {
      e = new Engine(Rules.fromResource(RULES));
      shared = e;
    }
    return e;
  }

  /** The shipped rules, for the learning stage's word lists. */
  static Rules shippedRules() {
    return sharedEngine().rules;
  }

  /** Rules from another file's text (tests, rule experiments). */
  public static MaskingFingerprinter fromRulesText(String rulesText) {
    return new MaskingFingerprinter(new Engine(Rules.parse(rulesText)));
  }

  private MaskingFingerprinter(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Fingerprint fingerprint(String message) {
    String template = engine.template(message == null ? "" : message);
    return new Fingerprint(Ids.id(engine.rules.version, template), template);
  }

  @Override
  public String rulesVersion() {
    return engine.rules.version;
  }

  /** No letter or digit: only masks ("<*>" holds neither) and punctuation. */
  static boolean onlyMasks(CharSequence masked) {
    for (int i = 0; i < masked.length(); i++) {
      if (Character.isLetterOrDigit(masked.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether out holds word as a whole word ("Error" is not in "ConnectionError"). */
  static boolean holdsWord(CharSequence out, String word) {
    String text = out.toString();
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int e = i + word.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  private static final String CM_OPEN = "<![LOG[";
  private static final String CM_CLOSE = "]LOG]!><";

  /**
   * ConfigMgr's (SCCM's, Intune's) log lines, "<![LOG[message]LOG]!><time=... component=... file=...>", with only their
   * messages left. One pass per line: a line that is not whole markup (its attributes never close) stays as it is.
   */
  static String withoutCmTraceMarkup(String text) {
    StringBuilder b = new StringBuilder(text.length());
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      int close = text.startsWith(CM_OPEN, from) ? text.indexOf(CM_CLOSE, from + CM_OPEN.length()) : -1;
      int gt = close >= 0 && close < end ? text.indexOf('>', close + CM_CLOSE.length()) : -1;
      if (gt >= 0 && gt < end) {
        b.append(text, from + CM_OPEN.length(), close).append(text, gt + 1, end);
      } else {
        b.append(text, from, end);
      }
      if (nl < 0) {
        break;
      }
      b.append('\n');
      from = nl + 1;
    }
    return b.toString();
  }

  private static final class Engine {
    /** One builder per thread, reused: the template is copied out of it, so it never escapes. */
    private static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder(256));
    /** A buffer a huge stack trace grew is dropped rather than kept for the thread's lifetime. */
    private static final int MAX_KEPT_BUFFER = 1 << 16;
    private static final int MAX_EVENT_CHARS = 1 << 18;
    private static final String CUT = " ... ";

    final Rules rules;
    final LineMasker masker;
    final StackTraces stacks;
    final Records records;
    final Structured structured;
    final WordSet failureWords;

    Engine(Rules rules) {
      this.rules = rules;
      this.masker = new LineMasker(rules);
      this.stacks = new StackTraces(rules, masker);
      this.records = new Records(masker);
      List<String> order = rules.list("messagekey");
      this.structured = new Structured(rules, order.toArray(new String[0]));
      this.failureWords = rules.words("failurekeyword");
    }

    /**
     * Terminal colours ("\u001b[31mERROR\u001b[39m", pino-pretty, Rails, Elixir's logger) say nothing
     * about the error, and glued to a word they would make it a value: CSI sequences are dropped.
     */
    static String withoutAnsi(String text) {
      StringBuilder b = new StringBuilder(text.length());
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (c == '\u001b' && i + 1 < n && text.charAt(i + 1) == '[') {
          int j = i + 2;
          while (j < n && text.charAt(j) >= 0x20 && text.charAt(j) <= 0x3f) {
            j++; // parameters and intermediates
          }
          if (j < n && text.charAt(j) >= 0x40 && text.charAt(j) <= 0x7e) {
            i = j; // the final byte ends the sequence
            continue;
          }
        }
        b.append(c);
      }
      return b.toString();
    }

    /**
     * Terraform draws its diagnostics in a box ("╷", "│ Error: ...", "│ detail", "╵"): the frame goes, so the
     * lines inside read as the lines of any multi-line error, the detail under the summary included.
     */
    static String withoutBox(String text) {
      StringBuilder b = new StringBuilder(text.length());
      for (String line : text.split("\n", -1)) {
        int time = StackTraces.timestampPrefix(line);
        String t = line.substring(Math.max(time, 0)).stripLeading();
        if (t.equals("╷") || t.equals("╵") || t.equals("│")) {
          t = "";
        } else if (t.startsWith("│ ")) {
          t = t.substring(2);
        } else {
          t = line;
        }
        b.append(b.isEmpty() ? "" : "\n").append(t);
      }
      return b.toString().strip();
    }

    String template(String message) {
      String text = message.indexOf('\u001b') >= 0 ? withoutAnsi(message).strip() : message.strip();
      if (text.startsWith(CM_OPEN)) {
        text = withoutCmTraceMarkup(text);
      }
      if (text.indexOf('\u2502') >= 0 && text.indexOf('\n') >= 0) {
        text = withoutBox(text);
      }
      Structured.Fields fields = structured.extract(text);
      if (fields != null) {
        text = fields.text().strip();
      } else {
        // "2024-05-01T10:00:00Z 5e0c... ERROR {"msg":...}": runtimes put a prefix before the JSON; zap's
        // console encoder writes its fields as JSON after the message, its stack trace below them
        int nl = text.endsWith("}") ? -1 : text.indexOf('\n');
        int headEnd = nl < 0 ? text.length() : nl;
        while (headEnd > 0 && LineMasker.space(text.charAt(headEnd - 1))) {
          headEnd--;
        }
        boolean json = headEnd > 0 && text.charAt(headEnd - 1) == '}';
        String head = !json || nl < 0 ? text : text.substring(0, headEnd);
        int brace = json ? head.indexOf('{') : -1;
        while (brace > 0 && !LineMasker.space(head.charAt(brace - 1))) {
          brace = head.indexOf('{', brace + 1);
        }
        fields = brace > 0 ? structured.extract(head.substring(brace)) : null;
        if (fields != null) {
          // a prefix of values only (a time and a request id) says nothing the JSON does not: the same
          // error logged with and without the runtime's prefix is one error
          StringBuilder prefix = new StringBuilder(16);
          masker.mask(head, 0, Math.min(brace, rules.maxTemplateChars * 4), prefix);
          text = (onlyMasks(prefix) ? "" : head.substring(0, brace)) + fields.text().strip()
              + (nl < 0 ? "" : text.substring(nl));
        }
      }
      StringBuilder out = BUFFER.get();
      if (out.capacity() > MAX_KEPT_BUFFER) {
        out = new StringBuilder(rules.maxTemplateChars + 16);
        BUFFER.set(out);
      }
      out.setLength(0);
      if (text.length() > MAX_EVENT_CHARS && text.indexOf('\n') >= 0) {
        // a huge trace: its head holds the exception and top frames, its tail the root cause
        text = text.substring(0, MAX_EVENT_CHARS / 2) + "\n" + text.substring(text.length() - MAX_EVENT_CHARS / 2);
      }
      if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
        if (!records.template(text, out, rules.maxTemplateChars)) {
          stacks.template(text, out);
        }
        ErrorCodes.append(text, out, failureWords);
      } else {
        masker.mask(text, 0, Math.min(text.length(), rules.maxTemplateChars * 4), out);
      }
      if (fields != null && message.length() <= MAX_EVENT_CHARS) {
        // a JSON error object's "code" beside its message (an ORM's "P2002", a driver's "E11000")
        ErrorCodes.append(message, out, failureWords);
      }
      if (fields != null && !fields.codes().isEmpty()) {
        // how it failed, as written: {"msg":"container terminated","reason":"OOMKilled","exitCode":137}
        String sep = " | ";
        for (String pair : fields.codes().split(" ")) {
          if (!holdsWord(out, pair.substring(pair.indexOf('=') + 1))) {
            out.append(sep).append(pair);
            sep = " ";
          }
        }
      }
      if (out.length() > rules.maxTemplateChars) {
        // a long header (a chain of sixteen Spring beans, an insert of 150 columns) must not push out what
        // was written after it, the root cause and the codes: its middle goes
        int tail = rules.maxTemplateChars / 4;
        out.replace(rules.maxTemplateChars - tail - CUT.length(), out.length() - tail, CUT);
      }
      return out.toString();
    }
  }
}
