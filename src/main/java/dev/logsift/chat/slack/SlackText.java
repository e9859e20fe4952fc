package dev.logsift.chat.slack;

import dev.logsift.notify.Text;

/**
 * Makes redacted log text inert in Slack: once &amp;, &lt; and &gt; are escaped, no <!channel>, <@U123> or
 * <http://x|y> can form, whatever the text object type.
 */
final class SlackText {
  private SlackText() {}

  static String escape(String s) {
    String c = Text.clean(s);
    StringBuilder sb = new StringBuilder(c.length() + 16);
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      switch (ch) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** Escaped text for inside ``` : a backtick run is split so it cannot close the block early. */
  static String code(String s) {
    String e = escape(s);
    StringBuilder sb = new StringBuilder(e.length() + 8);
    for (int i = 0; i < e.length(); i++) {
      char ch = e.charAt(i);
      sb.append(ch);
      if (ch == '`' && i + 1 < e.length() && e.charAt(i + 1) == '`') {
        sb.append(Text.ZWSP);
      }
    }
    return sb.toString();
  }

  /** Like Text.truncate, and never leaves half an entity ("&l…") behind. */
  static String truncate(String escaped, int max) {
    if (escaped.length() <= max) {
      return escaped;
    }
    int cut = Text.safeCut(escaped, max - 1);
    int amp = escaped.lastIndexOf('&', cut - 1);
    if (amp >= 0 && amp > cut - 5 && escaped.indexOf(';', amp) >= cut) {
      cut = amp;
    }
    return escaped.substring(0, cut) + Text.ELLIPSIS;
  }

  /** A fenced block that fits max; a backtick at either end of the body gets a zero-width space as buffer. */
  static String codeBlock(String body, int max) {
    int room = max - 8;
    if (room < 1) {
      return "";
    }
    String b = truncate(code(body), room);
    String head = b.startsWith("`") ? "\u200B" : "";
    String tail = b.endsWith("`") ? "\u200B" : "";
    return "```" + head + b + tail + "```";
  }
}
