package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
