package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever arrives (1 MB events, half a JSON object, a lone quote), fingerprinting answers. */
class RobustnessTest {
  private final MaskingFingerprinter fp = new MaskingFingerprinter();

  @Test
  void oddInputsGiveBoundedTemplates() {
    List<String> odd = List.of("{", "}", "{\"msg\":", "{\"msg\":\"unterminated}", "msg=\"open quote", "a=\"b", "'",
        "\"\"", "()", "at ", "at (", "Traceback (most recent call last):", "File \"", "File \"x.py\", line",
        "\n\n\n", "\tat x.y(Z.java:1)\n\tat", "Caused by:", "http://", "https://@:/?&=#", "0x", "::", "a:b:c:d",
        "k=v,k2=\"x y\",k3", "Surface(name=", "((((((((((", "))))))))", "ü é 😀 tail=😀", "\u0000\u0001",
        "x".repeat(1_000_000), "a=1 ".repeat(100_000), ":a=b ".repeat(200_000),
        "panic: x\n\ngoroutine 1 [running]:\nmain.f(", "ERROR:",
        "0x1 at boot: stage2\nnext", "Backtrace:\n0x400d1234: at /fw/main.c:12", "reject: header Subject: x",
        "reject: header ", "(in query: SELECT (", "fail: X[0]\n      ", "x 550-5.", "error", "'error': '",
        "body={\"error\":\"", "a|b|c|d|e|f|http://|https://", "$.", "$[1", "A:B1", "X@y.", "cEPxKxYwN3JQ8hwfkUCL==");
    for (String s : odd) {
      Fingerprint f = fp.fingerprint(s);
      assertTrue(f.id().matches("[0-9a-f]{16}"));
      assertTrue(f.template().length() <= 2000, () -> "template too long for input of " + s.length());
    }
  }

  @Test
  void randomInputsNeverThrowAndAreDeterministic() {
    Random random = new Random(42);
    String alphabet = "ab AZ09=:,;()[]{}\"'`/\\.@-_?&#%+*<>\n\t{\"msg\":}xat File";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(120);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(fp.fingerprint(s), fp.fingerprint(s));
    }
  }

  @Test
  void powerShellRecordWithoutAPlace() {
    // "At" and " char:" share one space: there is nothing between them to read as the script
    Fingerprint f = fp.fingerprint("Get-Foo : boom\nAt char:1\n+ FullyQualifiedErrorId : X,Y");
    assertTrue(f.template().contains("FullyQualifiedErrorId : X,Y"), f::template);
  }

  @Test
  void cmTraceMarkupDroppedLineByLine() {
    String event = "<![LOG[Failed. Error = 0x8024401c.]LOG]!><time=\"1\" file=\"a.cpp:9\">\n"
        + "<![LOG[ Exit code 1603]LOG]!><time=\"2\">\n"
        + "a plain line\n"
        + "<![LOG[cut before its attributes close]LOG]!><time=\"3\"";
    assertEquals("Failed. Error = 0x8024401c.\n Exit code 1603\na plain line\n<![LOG[cut before its attributes close]LOG]!><time=\"3\"",
        MaskingFingerprinter.withoutCmTraceMarkup(event));
    for (String s : new String[] {"<![LOG[", "<![LOG[]LOG]!><", "<![LOG[]LOG]!><>", "<![LOG[x\n]LOG]!><t>", "\n\n"}) {
      MaskingFingerprinter.withoutCmTraceMarkup(s); // no bounds to break
    }
    assertEquals("", MaskingFingerprinter.withoutCmTraceMarkup("<![LOG[]LOG]!><>"));
  }

  @Test
  void aLongLineOfCmTraceStartsIsReadInLinearTime() {
    // each "<![LOG[" once tried for 4000 characters took seconds on a line of 2 MB
    String line = "<![LOG[".repeat(300_000) + "]LOG]!><time=\"1\">";
    long start = System.nanoTime();
    fp.fingerprint(line);
    assertTrue(System.nanoTime() - start < 1_000_000_000L, "took " + (System.nanoTime() - start) / 1_000_000 + " ms");
  }
}
