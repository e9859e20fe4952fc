package dev.logsift.corrections;

import dev.logsift.classify.Category;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A human's "category: reason" reply. Parsing is strict: anything else is not a correction, never a guess. */
public record Reply(Category category, String reason) {
  static final int MAX_REASON_CHARS = 500;
  /**
   * One leading mention (Discord &lt;@123&gt; / &lt;@!123&gt;, Slack &lt;@U123&gt;): how people address the bot.
   * Matched one at a time in a loop, since a repeated group recurses once per mention and thousands of
   * mentions overflow the stack.
   */
  private static final Pattern MENTION = Pattern.compile("\\s*+<@[!&]?[A-Za-z0-9]++>");
  private static final Pattern FORM = Pattern.compile("^\\s*[`*_]*([A-Za-z]+)[`*_]*\\s*:\\s*(\\S.*)$", Pattern.DOTALL);

  public static Optional<Reply> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher mention = MENTION.matcher(text);
    int start = 0;
    while (mention.find(start) && mention.start() == start) {
      start = mention.end();
    }
    String t = text.substring(start);
    Matcher m = FORM.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Category> c = Category.parse(m.group(1));
    String reason = m.group(2).strip();
    if (c.isEmpty() || reason.isEmpty()) {
      return Optional.empty();
    }
    if (reason.length() > MAX_REASON_CHARS) {
      int cut = MAX_REASON_CHARS - 1;
      if (Character.isHighSurrogate(reason.charAt(cut - 1))) {
        cut--; // never half an emoji: a lone surrogate is not valid UTF-8 when stored or posted
      }
      reason = reason.substring(0, cut) + "…";
    }
    return Optional.of(new Reply(c.get(), reason));
  }
}
