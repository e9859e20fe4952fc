package dev.logsift.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiscordTextTest {
  static final String Z = "\u200B";

  @Test
  void mentionsStopBeingMentions() {
    assertEquals("@" + Z + "everyone @" + Z + "here <@" + Z + "1> <@" + Z + "&2> <#" + Z + "3> </" + Z + "x:4>",
        DiscordText.mentionsBroken("@everyone @here <@1> <@&2> <#3> </x:4>"));
  }

  @Test
  void inlineMarkdownIsEscapedEverywhereAndBlockMarkdownAtLineStarts() {
    assertEquals("\\*b\\* \\_i\\_ \\~s\\~ \\|\\|x\\|\\| \\`c\\` \\[l](u) \\<t:1> a-b # c > d",
        DiscordText.plain("*b* _i_ ~s~ ||x|| `c` [l](u) <t:1> a-b # c > d"));
    assertEquals("\\# h\n\\> q\n  \\- l\n12\\. o\n2026 ok", DiscordText.plain("# h\n> q\n  - l\n12. o\n2026 ok"));
    assertEquals("\\\\", DiscordText.plain("\\"));
  }

  @Test
  void channelMentionIsBrokenBeforeEscaping() {
    assertEquals("\\<#" + Z + "3>", DiscordText.plain("<#3>"));
  }

  @Test
  void codeKeepsMarkdownButCannotCloseTheBlock() {
    assertEquals("*x* `a` `" + Z + "`" + Z + "` @" + Z + "here", DiscordText.code("*x* `a` ``` @here"));
  }

  @Test
  void codeBlockFitsAndStaysClosed() {
    String block = DiscordText.codeBlock("x".repeat(100), 50);
    assertEquals(50, block.length());
    assertTrue(block.startsWith("```\n") && block.endsWith("…\n```"));
    assertEquals("", DiscordText.codeBlock("x", 8));
  }
}
