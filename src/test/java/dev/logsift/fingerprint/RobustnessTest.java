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
  void cmTraceMarkupDroppedAsTheRegexDid() {
    java.util.regex.Pattern regex = java.util.regex.Pattern.compile("<!\\[LOG\\[(.{0,4000}?)\\]LOG\\]!><[^>\n]{0,400}>");
    String[] pieces = {"<![LOG[", "]LOG]!><", ">", "\n", "\r", "\u2028", "a", " time=\"1\"", "\ud83d\ude00", "x".repeat(399),
        "y".repeat(3990), "<", "]", "[LOG["};
    List<String> edges = new java.util.ArrayList<>();
    for (int m : new int[] {3999, 4000, 4001}) {
      for (int t : new int[] {399, 400, 401}) {
        edges.add("<![LOG[" + "m".repeat(m) + "]LOG]!><" + "t".repeat(t) + ">");
        edges.add("<![LOG[" + "\ud83d\ude00".repeat(m / 2) + "]LOG]!><" + "\ud83d\ude00".repeat(t) + ">");
        edges.add("<![LOG[" + "\ud83d\ude00".repeat(m) + "]LOG]!><" + "t".repeat(t) + ">");
        edges.add("<![LOG[<![LOG[" + "\ud83d\ude00".repeat(m - 3) + "]LOG]!><" + "t".repeat(t) + ">");
        edges.add("<![LOG[" + "<![LOG[".repeat(m / 7) + "]LOG]!><" + "t".repeat(t) + ">");
      }
    }
    for (String s : edges) {
      assertEquals(regex.matcher(s).replaceAll("$1"), MaskingFingerprinter.withoutCmTraceMarkup(s), s);
    }
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder("<![LOG[");
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertEquals(regex.matcher(s).replaceAll("$1"), MaskingFingerprinter.withoutCmTraceMarkup(s), s);
    }
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
