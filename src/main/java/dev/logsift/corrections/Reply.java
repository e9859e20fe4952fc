package dev.logsift.corrections;

import dev.logsift.classify.Category;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A human's "category: reason" reply. Parsing is strict: anything else is not a correction, never a guess. */
public record Reply(Category category, String reason) {
  static final int MAX_REASON_CHARS = 500;
  /** Leading mentions (Discord &lt;@123&gt; / &lt;@!123&gt;, Slack &lt;@U123&gt;) are how people address the bot. */
  private static final Pattern MENTIONS = Pattern.compile("^(\\s*<@[!&]?[A-Za-z0-9]+>)+");
  private static final Pattern FORM = Pattern.compile("^\\s*[`*_]*([A-Za-z]+)[`*_]*\\s*:\\s*(\\S.*)$", Pattern.DOTALL);

  public static Optional<Reply> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = MENTIONS.matcher(text).replaceFirst("");
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
      reason = reason.substring(0, MAX_REASON_CHARS - 1) + "…";
    }
    return Optional.of(new Reply(c.get(), reason));
  }
}
