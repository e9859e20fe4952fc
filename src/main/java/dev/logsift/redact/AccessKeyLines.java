package dev.logsift.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a candidate's line holds an AWS access key id: raw, or as the marker the aws-key rule left earlier in
 * the same pass.
 */
final class AccessKeyLines extends LineCandidates {
  private static final Pattern KEY_ID =
      Pattern.compile("\\[REDACTED:aws-key]|(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])");

  private final Matcher keyId;
  private boolean found;

  AccessKeyLines(String text) {
    super(text);
    this.keyId = KEY_ID.matcher(text).useTransparentBounds(true);
  }

  @Override
  void readLine(int lineStart, int lineEnd) {
    found = keyId.region(lineStart, lineEnd).find();
  }

  @Override
  boolean acceptsOnLine(int start, int end) {
    return found;
  }
}
