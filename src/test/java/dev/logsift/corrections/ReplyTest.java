package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReplyTest {
  @Test
  void parsesCategoryAndReason() {
    assertEquals(Optional.of(new Reply(Category.SECURITY, "unexpected role assumed from new account")),
        Reply.parse("security: unexpected role assumed from new account"));
  }

  @Test
  void toleratesMentionsCaseAndMarkdown() {
    assertEquals(Optional.of(new Reply(Category.TRANSIENT, "retried fine")), Reply.parse("<@!123> <@U45> **Transient** :  retried fine "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "this is wrong", "secure: typo in category", "security:", "security:   ",
      "security - no colon", "it is security: maybe"})
  void anythingElseIsNotACorrection(String text) {
    assertEquals(Optional.empty(), Reply.parse(text));
  }

  @Test
  void longReasonsAreCut() {
    Reply r = Reply.parse("unknown: " + "x".repeat(2000)).orElseThrow();
    assertEquals(Reply.MAX_REASON_CHARS, r.reason().length());
  }

  @Test
  void thousandsOfLeadingMentionsDoNotOverflowTheStack() {
    String mentions = "<@U0123456789> ".repeat(3000);
    assertEquals(Optional.of(new Reply(Category.SECURITY, "role assumed")), Reply.parse(mentions + "security: role assumed"));
    assertEquals(Optional.empty(), Reply.parse(mentions));
    assertEquals(Optional.empty(), Reply.parse(mentions.repeat(10) + "no correction here"));
  }

  @Test
  void cuttingALongReasonNeverSplitsASurrogatePair() {
    for (int pad = 0; pad < 3; pad++) {
      Reply r = Reply.parse("unknown: " + "x".repeat(pad) + "\uD83D\uDE00".repeat(600)).orElseThrow();
      String reason = r.reason();
      assertTrue(reason.length() <= Reply.MAX_REASON_CHARS, reason);
      for (int i = 0; i < reason.length(); i++) {
        char c = reason.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < reason.length() && Character.isLowSurrogate(reason.charAt(++i)), "split at " + i);
        } else {
          assertFalse(Character.isLowSurrogate(c), "lone low surrogate at " + i);
        }
      }
    }
  }
}
