package dev.logsift.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a candidate comes after a Cookie or Set-Cookie header on its line ("Cookie: sid=...", a JSON
 * "cookie": "..." field). Every cookie value there is a credential of someone; a regex cannot look back to the
 * header without going quadratic on long lines. Remembers the line searched last, as AccessKeyLines does.
 */
final class CookieLines implements Check.Candidates {
  private static final Pattern HEADER = Pattern.compile("(?i)cookies?\\\\?[\"']?[ \\t]*[:=]");

  private final String text;
  private final Matcher header;
  private int lineStart = -1;
  private int lineEnd = -1;
  /** End of the first header on the current line, or -1. */
  private int after = -1;

  CookieLines(String text) {
    this.text = text;
    this.header = HEADER.matcher(text);
  }

  @Override
  public boolean accepts(int start, int end) {
    if (start < lineStart || end > lineEnd) {
      lineStart = start;
      while (lineStart > 0 && !newline(text.charAt(lineStart - 1))) {
        lineStart--;
      }
      lineEnd = end;
      while (lineEnd < text.length() && !newline(text.charAt(lineEnd))) {
        lineEnd++;
      }
      after = header.region(lineStart, lineEnd).find() ? header.end() : -1;
    }
    return after >= 0 && start >= after;
  }

  private static boolean newline(char c) {
    return c == '\n' || c == '\r';
  }
}
