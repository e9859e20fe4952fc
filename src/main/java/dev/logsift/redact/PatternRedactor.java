package dev.logsift.redact;

import java.util.regex.Pattern;

/** Placeholder redactor: emails and bearer tokens only. Replaced by the rule-file redactor. */
public final class PatternRedactor implements Redactor {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");

  @Override
  public String redact(String text) {
    String t = EMAIL.matcher(text).replaceAll("[REDACTED:email]");
    return BEARER.matcher(t).replaceAll("$1[REDACTED:token]");
  }
}
