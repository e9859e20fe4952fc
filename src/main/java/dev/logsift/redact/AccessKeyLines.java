package dev.logsift.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a candidate's line holds an AWS access key id: raw, or as the marker the aws-key rule left earlier in
 * the same pass. The line searched last is remembered, so candidates asked in order read each line once and a
 * megabyte line full of candidates stays linear.
 */
final class AccessKeyLines implements Check.Candidates {
  private static final Pattern KEY_ID =
      Pattern.compile("\\[REDACTED:aws-key]|(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])");

  private final String text;
  private final Matcher keyId;
  private int lineStart = -1;
  private int lineEnd = -1;
  private boolean found;

  AccessKeyLines(String text) {
    this.text = text;
    this.keyId = KEY_ID.matcher(text).useTransparentBounds(true);
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
      found = keyId.region(lineStart, lineEnd).find();
    }
    return found;
  }

  private static boolean newline(char c) {
    return c == '\n' || c == '\r';
  }
}
