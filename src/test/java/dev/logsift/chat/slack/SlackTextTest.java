package dev.logsift.chat.slack;

import dev.logsift.notify.Cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlackTextTest {
  @Test
  void escapesTheThreeControlCharacters() {
    assertEquals("&lt;!channel&gt; &lt;@U1&gt; &lt;http://x|y&gt; a &amp;amp; b",
        SlackText.escape("<!channel> <@U1> <http://x|y> a &amp; b"));
  }

  @Test
  void truncationNeverLeavesHalfAnEntity() {
    String e = SlackText.escape("abc<def");
    assertEquals("abc&lt;def", e);
    assertEquals("abc…", SlackText.truncate(e, 6));
    assertEquals("abc&lt;…", SlackText.truncate(e, 8));
    assertEquals("ab…", SlackText.truncate("ab" + Cards.EMOJI, 3));
  }

  @Test
  void codeBlockCannotBeClosedByTheLog() {
    String z = "\u200B";
    assertEquals("```a `" + z + "`" + z + "` b```", SlackText.codeBlock("a ``` b", 100));
    assertEquals("```" + z + "`x`" + z + "```", SlackText.codeBlock("`x`", 100));
    String long1 = SlackText.codeBlock("<".repeat(2000), 3000);
    assertTrue(long1.length() <= 3000 && long1.endsWith("&lt;…```"), long1.substring(long1.length() - 12));
  }
}
