package dev.logsift.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a candidate comes after a Cookie or Set-Cookie header on its line ("Cookie: sid=...", a JSON
 * "cookie": "..." field). Every cookie value there is a credential of someone; a regex cannot look back to the
 * header without going quadratic on long lines.
 */
final class CookieLines extends LineCandidates {
  private static final Pattern HEADER = Pattern.compile("(?i)cookies?\\\\?[\"']?[ \\t]*[:=]");

  private final Matcher header;
  /** End of the first header on the current line, or -1. */
  private int after = -1;

  CookieLines(String text) {
    super(text);
    this.header = HEADER.matcher(text);
  }

  @Override
  void readLine(int lineStart, int lineEnd) {
    after = header.region(lineStart, lineEnd).find() ? header.end() : -1;
  }

  @Override
  boolean acceptsOnLine(int start, int end) {
    return after >= 0 && start >= after;
  }
}
