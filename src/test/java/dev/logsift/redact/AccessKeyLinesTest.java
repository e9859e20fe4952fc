package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessKeyLinesTest {
  private static final String TEXT = "cand AKIAIOSFODNN7EXAMPLE\r\ncand alone\n[REDACTED:aws-key] cand\ncand "
      + "ASIAY34FZKBOKMUTVV7A\nAKIAIOSFODNN7EXAMPLE0 cand XAKIAIOSFODNN7EXAMPLE\ncand";

  private static boolean[] ask(Check.Candidates lines) {
    boolean[] out = new boolean[6];
    int from = 0;
    for (int i = 0; i < out.length; i++) {
      int s = TEXT.indexOf("cand", from);
      out[i] = lines.accepts(s, s + 4);
      from = s + 4;
    }
    return out;
  }

  @Test
  void acceptsCandidatesOnLinesWithARawOrRedactedKeyId() {
    boolean[] got = ask(Check.named("aws-key-on-line").in(TEXT));
    assertTrue(got[0], "raw id after the candidate, CRLF line end");
    assertFalse(got[1], "no id on this line, though there is one on the lines around it");
    assertTrue(got[2], "the marker the aws-key rule leaves");
    assertTrue(got[3], "temporary id on the same line");
    assertFalse(got[4], "id-like runs that are part of longer words");
    assertFalse(got[5], "last line, no id");
  }

  @Test
  void remembersOnlyTheLineItSearchedLast() {
    Check.Candidates lines = new AccessKeyLines(TEXT);
    int alone = TEXT.indexOf("cand alone");
    int first = TEXT.indexOf("cand");
    assertFalse(lines.accepts(alone, alone + 4));
    assertTrue(lines.accepts(first, first + 4), "asked out of order: searched again");
    assertFalse(lines.accepts(alone, alone + 4));
  }

  @Test
  void otherChecks() {
    assertTrue(Check.named("-").in("x").accepts(0, 1));
    assertTrue(Check.named("luhn").in("n 4111 1111 1111 1111").accepts(2, 21));
    assertFalse(Check.LUHN.in("n 4111 1111 1111 1112").accepts(2, 21));
    assertEquals(Check.AWS_KEY_ON_LINE, Check.named("aws-key-on-line"));
  }
}
