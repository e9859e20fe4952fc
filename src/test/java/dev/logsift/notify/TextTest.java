package dev.logsift.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void shortTextIsUntouched() {
    assertEquals("abc", Text.truncate("abc", 3));
  }

  @Test
  void cutTextEndsInAnEllipsisWithinTheLimit() {
    assertEquals("ab…", Text.truncate("abcdef", 3));
  }

  @Test
  void neverSplitsASurrogatePair() {
    // "ab" + 😀: a plain cut at 3 would keep the high half of the emoji.
    String s = "ab" + Cards.EMOJI + "cd";
    String cut = Text.truncate(s, 4);
    assertEquals("ab…", cut);
    assertFalse(Strings.hasLoneSurrogate(cut));
    assertEquals("ab" + Cards.EMOJI + "…", Text.truncate(s, 5));
  }

  @Test
  void cleanKeepsNewlinesTabsAndEmojiAndReplacesControls() {
    String s = "a\r\nb\tc\u001b[31m\u0000\u0085\u202Ed" + Cards.EMOJI + "\uD800x";
    assertEquals("a\nb\tc\uFFFD[31m\uFFFD\uFFFD\uFFFDd" + Cards.EMOJI + "\uFFFDx", Text.clean(s));
    assertEquals("", Text.clean(null));
  }
}
