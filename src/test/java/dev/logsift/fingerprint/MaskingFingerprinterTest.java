package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaskingFingerprinterTest {
  private final MaskingFingerprinter fp = new MaskingFingerprinter();

  @Test
  void idIsSixteenHexOfVersionAndTemplate() {
    Fingerprint f = fp.fingerprint("order 42 failed");
    assertTrue(f.id().matches("[0-9a-f]{16}"), f.id());
    assertEquals(Ids.id(fp.rulesVersion(), "order <*> failed"), f.id());
  }

  @Test
  void idsAreStableAcrossReleasesOfTheSameRules() {
    // pinned: if this changes, every stored dedup item is orphaned; bump the rules version instead
    assertEquals("c56f3fac3f9b69d5", Ids.id("v1", "order <*> failed"));
  }

  @Test
  void idsOfDistinctTemplatesDoNotCollide() {
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      ids.add(Ids.id("v1", "template " + Integer.toString(i, 36)));
    }
    ids.add(Ids.id("v1", "a"));
    ids.add(Ids.id("v1", "a\u0000"));
    ids.add(Ids.id("v1a", ""));
    ids.add(Ids.id("v", "1a"));
    assertEquals(200_004, ids.size());
  }

  @Test
  void rulesVersionComesFromTheDataFileAndChangesTheId() throws IOException {
    String shipped = shippedRules();
    assertTrue(shipped.contains("version " + fp.rulesVersion() + "\n"));
    MaskingFingerprinter bumped = MaskingFingerprinter.fromRulesText(
        shipped.replace("version " + fp.rulesVersion(), "version test-bump"));
    Fingerprint a = fp.fingerprint("order 42 failed");
    Fingerprint b = bumped.fingerprint("order 42 failed");
    assertEquals(a.template(), b.template());
    assertNotEquals(a.id(), b.id());
  }

  @Test
  void ruleOrderAndReplacementsComeFromTheDataFile() throws IOException {
    String typed = shippedRules().replace("rule uuid      <*>", "rule uuid      <uuid>");
    assertEquals("job <uuid> failed",
        MaskingFingerprinter.fromRulesText(typed).fingerprint("job 8f14e45f-ceea-467f-a0e6-0d5b7f1bbd8e failed").template());
    String noPaths = shippedRules().replace("rule path      <*>", "");
    assertEquals("open /etc/app.conf",
        MaskingFingerprinter.fromRulesText(noPaths).fingerprint("open /etc/app.conf").template());
  }

  @Test
  void badRulesFilesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> MaskingFingerprinter.fromRulesText("rule number <*>\n"));
    assertThrows(IllegalArgumentException.class, () -> MaskingFingerprinter.fromRulesText("version 1\nrule nosuch <*>\n"));
    assertThrows(IllegalArgumentException.class, () -> MaskingFingerprinter.fromRulesText("version 1\nfrobnicate\n"));
  }

  @Test
  void templatesAreCapped() {
    String longLine = "word ".repeat(5_000) + "end";
    Fingerprint f = fp.fingerprint(longLine);
    assertEquals(2000, f.template().length());
    assertEquals(f, fp.fingerprint(longLine + " more words beyond the cap are ignored"));
  }

  @Test
  void emptyAndNullMessagesHaveOneFingerprint() {
    assertEquals(fp.fingerprint(""), fp.fingerprint("   \n  "));
    assertEquals(fp.fingerprint(""), fp.fingerprint(null));
  }

  @Test
  void deterministicAcrossInstancesAndThreads() throws Exception {
    List<String> lines = List.of("order 42 failed for bob@example.com", "GET /api/x?id=3 -> 500",
        "java.lang.IllegalStateException: boom 7\n\tat com.acme.A.b(A.java:1)");
    List<Fingerprint> expected = lines.stream().map(fp::fingerprint).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Fingerprint>>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        runs.add(pool.submit(() -> {
          MaskingFingerprinter other = new MaskingFingerprinter();
          List<Fingerprint> out = List.of();
          for (int i = 0; i < 500; i++) {
            out = lines.stream().map(other::fingerprint).toList();
          }
          return out;
        }));
      }
      for (Future<List<Fingerprint>> r : runs) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Structured codes are read back as "key=value" pairs: keys and values that would break that form are not codes. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"resourcePath\":\"/a=b=c=d=e\"}",
      "{\"upstream\":{\"service\":\"a=b=c=d\"}}", "{\"msg\":\"x\",\"detail\":{\"a b\":\"/pkg.Svc/Method\"}}",
      "{\"msg\":\"x\",\"errors\":[{\"a b\":\"/pkg.Svc/Method\"}]}", "{\"msg\":\"x\",\"errors\":[[]]}",
      "{\"msg\":\"x\",\"thrown\":{\"extendedStackTrace\":[1,\"x\",{}]}}", "{\"msg\":\"x\",\"cause\":5}",
      "request failed User-Agent:", "x \u001b[", "[|task-]"})
  void hostileStructuredLinesStillGetAFingerprint(String line) {
    assertEquals(16, fp.fingerprint(line).id().length());
  }

  @Test
  void aDumpedDomainObjectBesideAMessageIsNotACode() {
    // {"order":{"status":"PAID"}} is the state of the data, not how the call failed
    assertEquals(fp.fingerprint("{\"msg\":\"order sync failed\",\"order\":{\"id\":1,\"status\":\"PENDING\"}}").id(),
        fp.fingerprint("{\"msg\":\"order sync failed\",\"order\":{\"id\":2,\"status\":\"PAID\"}}").id());
  }

  @Test
  void jsonWithoutMessageFieldsFallsBackToTheMaskedLineAndItsCodes() {
    // the code says how it failed, as it does beside a message
    assertEquals("level=<*> code=<*> note: disk full | code=17",
        fp.fingerprint("{\"level\":\"error\",\"code\":17,\"note\":\"disk full\",\"tags\":[1]}").template());
  }

  @Test
  void aDetailStringIsTheMessageOfALineWithoutOne() {
    assertEquals("disk full | code=17",
        fp.fingerprint("{\"level\":\"error\",\"code\":17,\"detail\":\"disk full\",\"tags\":[1]}").template());
  }

  @Test
  void plainTextMentioningMsgIsNotLogfmt() {
    assertEquals("set msg=<*> failed", fp.fingerprint("set msg=hello failed").template());
  }

  private static String shippedRules() throws IOException {
    try (InputStream in = MaskingFingerprinter.class.getResourceAsStream("/fingerprint/rules.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
