package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The `code-phrase` grammar of rules.txt: what a phrase keeps, what it leaves, and bad lines named. */
class CodePhrasesTest {
  private static CodePhrases phrases(String... lines) {
    StringBuilder text = new StringBuilder("version test\n");
    for (String l : lines) {
      text.append("code-phrase ").append(l).append('\n');
    }
    return new CodePhrases(Rules.parse(text.toString()).codePhrases);
  }

  private static boolean keeps(CodePhrases p, String line, String number) {
    int ca = line.lastIndexOf(number);
    int a = ca > 0 && line.charAt(ca - 1) == '\'' ? ca - 1 : ca;
    CodePhrases.Marks marks = new CodePhrases.Marks() {
      @Override
      public int errorAt() {
        return line.indexOf("Error: ");
      }

      @Override
      public int exceptionAt() {
        return line.indexOf("Exception: ");
      }
    };
    return p.matches(line, a, ca, ca + number.length(), marks);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', textBlock = """
      digits   exit|exited * code|status N  ; process exited with status 137      ; 137 ; true
      digits   exit|exited * code|status N  ; process exited: status 137          ; 137 ; false
      digits   exit|exited * code|status N  ; request status 137                  ; 137 ; false
      digits   got error N from             ; Got error 28 from storage engine    ; 28  ; true
      digits   got error N from             ; Got error 28 in storage engine      ; 28  ; false
      failure  (status N                    ; partner failed (status 400)         ; 400 ; true
      failure  (status N                    ; partner failed status 400           ; 400 ; false
      failure  (status N                    ; partner failed (status 200)         ; 200 ; false
      http     response 'N'                 ; Fatal response '403' received       ; 403 ; true
      http     response 'N'                 ; Fatal response 403 received         ; 403 ; false
      hex3     error, data N                ; AcceptSecurityContext error, data 52e ; 52e ; true
      http     status code N in-error       ; Error: unexpected status code 502   ; 502 ; true
      http     status code N in-error       ; upstream status code 502            ; 502 ; false
      failure  N error response|responses   ; too many 429 error responses        ; 429 ; true
      sqlstate sqlstate N                   ; failed: SQLSTATE 40P01              ; 40P01 ; true
      """)
  void keepsTheNumberOnlyInItsPhrase(String phrase, String line, String number, boolean kept) {
    assertEquals(kept, keeps(phrases(phrase), line, number), line);
  }

  @Test
  void aWordThatEndsNoPhraseStopsBeforeAnyPhraseIsTried() {
    CodePhrases p = phrases("digits field N", "digits signal N");
    assertTrue(keeps(p, "Problem unpacking field 48", "48"));
    assertEquals(false, keeps(p, "retried 48", "48"));
  }

  @Test
  void badLinesAreNamedWithTheirLineNumber() {
    for (String bad : List.of("digits", "nosuchshape field N", "digits field", "digits field N N",
        "digits Field N", "digits N", "digits in-error field N", "hex3 error data, N")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Rules.parse("version test\ncode-phrase " + bad + "\n"), bad);
      assertTrue(e.getMessage().startsWith("rules line 2:"), e.getMessage());
    }
  }
}
