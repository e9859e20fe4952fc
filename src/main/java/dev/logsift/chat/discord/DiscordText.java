package dev.logsift.chat.discord;

import dev.logsift.notify.Text;

/**
 * Makes redacted log text inert in Discord. allowed_mentions already stops pings; the zero-width spaces
 * also stop a mention from rendering as one, in any client.
 */
final class DiscordText {
  static final char ZWSP = '\u200B';
  /** Inline markdown, masked links [x](y) and <...> forms. */
  private static final String INLINE = "\\*_~`|[<";
  /** Quote, heading and list markers, which only count at the start of a line. */
  private static final String BLOCK = ">#-+";

  private DiscordText() {}

  /**
   * Text outside code blocks: inline markdown escaped everywhere, block markdown (quote, heading, list) at
   * line starts only, so ordinary punctuation stays readable; mentions broken.
   */
  static String plain(String s) {
    String c = mentionsBroken(Text.clean(s));
    StringBuilder sb = new StringBuilder(c.length() + 16);
    boolean lineStart = true;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (INLINE.indexOf(ch) >= 0 || (lineStart && BLOCK.indexOf(ch) >= 0)) {
        sb.append('\\');
      } else if (lineStart && ch >= '0' && ch <= '9') {
        // "1. text" is an ordered list: escape its dot.
        int j = i;
        while (j < c.length() && Character.isDigit(c.charAt(j))) {
          j++;
        }
        if (j < c.length() && c.charAt(j) == '.') {
          sb.append(c, i, j).append("\\.");
          i = j;
          lineStart = false;
          continue;
        }
      }
      sb.append(ch);
      lineStart = ch == '\n' || (lineStart && ch == ' ');
    }
    return sb.toString();
  }

  /**
   * Text inside a ``` block: markdown is inert there already, so only a backtick run (which could close
   * the block) is split, and mentions are broken.
   */
  static String code(String s) {
    String c = Text.clean(s);
    StringBuilder sb = new StringBuilder(c.length() + 16);
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      sb.append(ch);
      if (ch == '`' && i + 1 < c.length() && c.charAt(i + 1) == '`') {
        sb.append(ZWSP);
      }
    }
    return mentionsBroken(sb.toString());
  }

  /** @everyone, @here, <@id>, <@!id>, <@&id>, <#id> and </command:id> all stop being mentions. */
  static String mentionsBroken(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      sb.append(ch);
      if (ch == '@' || ((ch == '#' || ch == '/') && i > 0 && s.charAt(i - 1) == '<')) {
        sb.append(ZWSP);
      }
    }
    return sb.toString();
  }

  /** A fenced block that fits max: the body is cut, the fences never are. */
  static String codeBlock(String body, int max) {
    String open = "```\n";
    String close = "\n```";
    int room = max - open.length() - close.length();
    if (room < 1) {
      return "";
    }
    return open + Text.truncate(code(body), room) + close;
  }
}
