package dev.logsift.notify;

/**
 * Length and character helpers shared by the adapters. Lengths are UTF-16 code units: that is what Java
 * counts and never less than what Discord or Slack count, so a text that fits here fits there.
 */
public final class Text {
  public static final String ELLIPSIS = "…";
  public static final char REPLACEMENT = '\uFFFD';
  /** Zero-width space: breaks a markup sequence (mention, code fence) without a visible change. */
  public static final char ZWSP = '\u200B';

  private Text() {}

  /**
   * At most max code units; a cut text ends in an ellipsis and never in half a surrogate pair, which
   * chat APIs reject or render as garbage.
   */
  public static String truncate(String s, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be positive");
    }
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, safeCut(s, max - 1)) + ELLIPSIS;
  }

  /** Largest cut at or below want that does not separate a surrogate pair. */
  public static int safeCut(String s, int want) {
    int cut = Math.max(0, Math.min(want, s.length()));
    if (cut > 0 && cut < s.length() && Character.isHighSurrogate(s.charAt(cut - 1))
        && Character.isLowSurrogate(s.charAt(cut))) {
      cut--;
    }
    return cut;
  }

  /**
   * Text safe to put into a chat message: newlines and tabs stay, carriage returns go, every other
   * control character, bidi override and lone surrogate becomes U+FFFD (hostile logs use them to hide or
   * reorder text, and a lone surrogate is not valid UTF-8 at all).
   */
  public static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c) || (isControl(c) && c != '\n' && c != '\t') || isBidiControl(c)) {
        sb.append(REPLACEMENT);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  public static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }

  /** Explicit embeddings, overrides and isolates: they make text display in an order other than its own. */
  public static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }

  public static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\t', ' ');
  }

  public static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
