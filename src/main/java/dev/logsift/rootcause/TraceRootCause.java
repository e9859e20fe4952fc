package dev.logsift.rootcause;

/**
 * Finds the root cause with plain string searches (no regex), so the work is linear in the scanned head. Traces are
 * read before fields: a structured line whose field holds a whole trace is unescaped and read again, once.
 */
final class TraceRootCause implements RootCauseExtractor {
  static final int SCAN_CHARS = 65_536;
  private static final String PY_TRACEBACK = "Traceback (most recent call last):";
  // Preference order: Lambda's Node/Python JSON, then the usual names of an error field.
  // "@x" and "Exception" are Serilog's; "stack_trace" logstash-logback's; "exc_info" python-json-logger's.
  private static final String[] JSON_KEYS = {"errorMessage", "error.message", "err.message", "error", "err",
      "exception", "@x", "Exception", "stack_trace", "error.stack_trace", "stack", "exc_info"};
  private static final String[] LOGFMT_KEYS = {"error.message", "err.message", "error", "err", "exception"};

  @Override
  public RootCause extract(String message) {
    if (message == null || message.isBlank()) {
      return new RootCause("", RootCause.Kind.NONE);
    }
    String s = message.length() > SCAN_CHARS ? message.substring(0, SCAN_CHARS) : message;
    // Lambda's Python runtime separates lines with \r so that one trace stays one event.
    s = s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    // One JSON line: its fields first, since a trace inside a field is escaped and has no line starts.
    boolean oneJsonLine = s.indexOf('\n') < 0 && (s.contains("{\"") || s.contains("{ \""));
    RootCause r = oneJsonLine ? fromFields(s) : fromTrace(s);
    if (r == null) {
      r = oneJsonLine ? fromTrace(s) : fromFields(s);
    }
    if (r == null) {
      r = fromLines(s);
    }
    return new RootCause(finish(r.text()), r.kind());
  }

  private static RootCause fromTrace(String s) {
    int tb = s.lastIndexOf(PY_TRACEBACK);
    if (tb >= 0) {
      return python(s, tb);
    }
    int at = lastAtLineStart(s, "Caused by: ");
    if (at >= 0) {
      return new RootCause(restOfLine(s, at + "Caused by: ".length()), RootCause.Kind.JAVA_CAUSE);
    }
    at = lastArrow(s);
    if (at >= 0) {
      return new RootCause(restOfLine(s, at + "---> ".length()), RootCause.Kind.DOTNET_INNER);
    }
    at = s.lastIndexOf("[cause]: ");
    if (at >= 0) {
      return new RootCause(restOfLine(s, at + "[cause]: ".length()), RootCause.Kind.NODE_CAUSE);
    }
    at = firstAtLineStart(s, "panic: ");
    if (at >= 0) {
      return new RootCause(restOfLine(s, at + "panic: ".length()), RootCause.Kind.GO_PANIC);
    }
    at = firstAtLineStart(s, "fatal error: ");
    if (at >= 0 && s.indexOf("goroutine ", at) >= 0) {
      return new RootCause(restOfLine(s, at), RootCause.Kind.GO_PANIC);
    }
    return null;
  }

  /** The first unindented line after the last traceback's frames; Lambda prints it before the traceback instead. */
  private static RootCause python(String s, int tb) {
    int pos = s.indexOf('\n', tb);
    while (pos >= 0 && pos + 1 < s.length()) {
      int start = pos + 1;
      int end = lineEnd(s, start);
      if (end > start && !isIndent(s.charAt(start))) {
        // A multi-line exception message continues to the end of the traceback (e.g. Stripe's "(Status 500)").
        int stop = Math.min(s.length(), start + MAX_CAUSE_CHARS);
        return new RootCause(s.substring(start, stop).replace('\n', ' '), RootCause.Kind.PYTHON);
      }
      pos = end < s.length() ? end : -1;
    }
    String head = s.substring(0, s.indexOf(PY_TRACEBACK)).stripTrailing();
    String before = head.substring(head.lastIndexOf('\n') + 1).strip();
    if (before.startsWith("[ERROR]")) {
      before = before.substring("[ERROR]".length()).strip();
    }
    return new RootCause(before.isEmpty() ? "Traceback without an exception line" : before, RootCause.Kind.PYTHON);
  }

  private static RootCause fromFields(String s) {
    int brace = s.indexOf('{');
    if (brace >= 0) {
      for (String key : JSON_KEYS) {
        String v = JsonField.read(s, brace, key);
        if (v != null && !v.isBlank()) {
          if (key.equals("errorMessage")) {
            String type = JsonField.read(s, brace, "errorType");
            if (type != null && !type.isBlank() && !v.startsWith(type)) {
              v = type + ": " + v;
            }
          }
          return nested(v);
        }
      }
    }
    for (String key : LOGFMT_KEYS) {
      String v = Logfmt.read(s, key);
      if (v != null && !v.isBlank()) {
        return nested(v);
      }
    }
    return null;
  }

  /** A field that holds a whole trace is read as a trace; otherwise the field is the cause. */
  private static RootCause nested(String value) {
    String v = value.indexOf('\r') >= 0 ? value.replace("\r\n", "\n").replace('\r', '\n') : value;
    if (v.indexOf('\n') >= 0) {
      RootCause r = fromTrace(v);
      if (r != null) {
        return r;
      }
      RootCause lines = fromLines(v);
      return new RootCause(lines.text(), RootCause.Kind.FIELD);
    }
    return new RootCause(v, RootCause.Kind.FIELD);
  }

  /** The exception line above the first frame; else the first line naming an exception; else the first line. */
  private static RootCause fromLines(String s) {
    String firstLine = null;
    String previous = null;
    String named = null;
    int pos = 0;
    while (pos < s.length()) {
      int end = lineEnd(s, pos);
      String line = s.substring(pos, end);
      String t = line.strip();
      if (!t.isEmpty()) {
        if (isFrame(t)) {
          if (previous != null) {
            return new RootCause(previous, RootCause.Kind.EXCEPTION);
          }
        } else {
          if (firstLine == null) {
            firstLine = t;
          }
          if (named == null && namesException(t)) {
            named = t;
          }
          previous = t;
        }
      }
      pos = end + 1;
    }
    if (named != null && named != firstLine) {
      return new RootCause(named, RootCause.Kind.EXCEPTION);
    }
    return new RootCause(firstLine == null ? "" : firstLine,
        named != null ? RootCause.Kind.EXCEPTION : RootCause.Kind.LINE);
  }

  /** Spring's one-line "nested exception is" and urllib3's "(Caused by X(...))" point further in. */
  private static String finish(String text) {
    String t = text.strip();
    int n = t.lastIndexOf("nested exception is ");
    if (n >= 0 && n + 20 < t.length()) {
      t = t.substring(n + "nested exception is ".length());
    }
    n = t.lastIndexOf("(Caused by ");
    if (n >= 0 && n + 11 < t.length()) {
      t = t.substring(n + "(Caused by ".length());
    }
    t = t.strip();
    return t.length() > MAX_CAUSE_CHARS ? t.substring(0, cutAt(t, MAX_CAUSE_CHARS)) : t;
  }

  static boolean isFrame(String t) {
    return t.startsWith("at ") || t.startsWith("File \"") || t.startsWith("goroutine ") || t.startsWith("...")
        && t.endsWith("more");
  }

  /** Java/.NET/Python/Node names: an identifier ending in Exception or Error; a bare "Error" only before ':'. */
  static boolean namesException(String t) {
    return namesWord(t, "Exception") || namesWord(t, "Error");
  }

  private static boolean namesWord(String t, String word) {
    for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
      int after = i + word.length();
      boolean endsToken = after == t.length() || !Character.isLetterOrDigit(t.charAt(after));
      if (!endsToken) {
        continue;
      }
      boolean joined = i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.');
      if (joined || after < t.length() && t.charAt(after) == ':') {
        return true;
      }
    }
    return false;
  }

  private static int lastAtLineStart(String s, String marker) {
    for (int i = s.lastIndexOf(marker); i >= 0; i = i == 0 ? -1 : s.lastIndexOf(marker, i - 1)) {
      if (atLineStart(s, i)) {
        return i;
      }
    }
    return -1;
  }

  private static int firstAtLineStart(String s, String marker) {
    for (int i = s.indexOf(marker); i >= 0; i = s.indexOf(marker, i + 1)) {
      if (atLineStart(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /** .NET's inner-exception arrow: " ---> " inside a line or "---> " opening an indented line. */
  private static int lastArrow(String s) {
    for (int i = s.lastIndexOf("---> "); i >= 0; i = i == 0 ? -1 : s.lastIndexOf("---> ", i - 1)) {
      if (i == 0 || s.charAt(i - 1) == ' ' && (i < 2 || s.charAt(i - 2) != '-')) {
        return i;
      }
    }
    return -1;
  }

  /** Only spaces, tabs or no-break spaces between the previous newline (or the start) and i. */
  private static boolean atLineStart(String s, int i) {
    for (int j = i - 1, n = 0; j >= 0 && n < 64; j--, n++) {
      char c = s.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!isIndent(c)) {
        return false;
      }
    }
    return i < 64 && s.substring(0, i).isBlank();
  }

  private static boolean isIndent(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }

  private static int lineEnd(String s, int from) {
    int nl = s.indexOf('\n', from);
    return nl < 0 ? s.length() : nl;
  }

  private static String restOfLine(String s, int from) {
    return s.substring(from, lineEnd(s, from));
  }

  private static int cutAt(String s, int n) {
    return Character.isHighSurrogate(s.charAt(n - 1)) ? n - 1 : n;
  }
}
