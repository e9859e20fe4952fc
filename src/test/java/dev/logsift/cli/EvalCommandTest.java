package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Path cases(Path dir) throws Exception {
    Path f = dir.resolve("cases.jsonl");
    Files.writeString(f, """
        {"id":"a","service":"s","message":"ERROR java.net.ConnectException: Connection refused","category":"transient","split":"design","reason":"r"}
        {"id":"b","service":"s","message":"ERROR it broke","category":"application","split":"holdout","reason":"r"}
        {"id":"c","service":"s","message":"ERROR AccessDenied: not authorized to perform s3:GetObject","category":"security","split":"holdout","reason":"r"}
        """);
    return f;
  }

  @Test
  void splitAndLimitChooseTheCasesAndJsonNamesTheClassifier(@TempDir Path dir) throws Exception {
    Result r = run("eval", "--cases", cases(dir).toString(), "--rules", "--split", "holdout", "--json");

    assertEquals(0, r.code(), r.err());
    JsonNode o = JSON.readTree(r.out());
    assertEquals(2, o.path("cases").asInt());
    assertEquals("rules", o.path("classifier").asText());
    assertEquals("holdout", o.path("split").asText());
    assertEquals("b", o.path("predictions").get(0).path("id").asText());
    assertEquals("holdout", o.path("predictions").get(0).path("split").asText());

    JsonNode one = JSON.readTree(run("eval", "--cases", cases(dir).toString(), "--rules", "--limit", "1", "--json").out());
    assertEquals(1, one.path("cases").asInt());
  }

  @Test
  void theBaselineGateFailsOnlyOnCasesThatPassedBefore(@TempDir Path dir) throws Exception {
    Path cases = cases(dir);
    Path base = dir.resolve("base.json");
    // "b" failed in this baseline (a hard case), "a" and "c" passed: the gate holds.
    Files.writeString(base, run("eval", "--cases", cases.toString(), "--rules", "--json").out());
    Result ok = run("eval", "--cases", cases.toString(), "--rules", "--baseline", base.toString());
    assertEquals(0, ok.code(), ok.out());
    assertTrue(ok.out().contains("0 cases passed in the baseline and fail now"), ok.out());

    // A baseline that says "b" passed as application: now it fails, and the gate names it.
    Files.writeString(base, """
        {"predictions":[{"id":"b","expected":"application","predicted":"application"}]}""");
    Result bad = run("eval", "--cases", cases.toString(), "--rules", "--baseline", base.toString(), "--json");
    assertEquals(1, bad.code());
    JsonNode reg = JSON.readTree(bad.out()).path("regressions");
    assertEquals(1, reg.size());
    assertEquals("b", reg.get(0).path("id").asText());
  }

  @Test
  void badFlagsAreUsageErrors(@TempDir Path dir) throws Exception {
    Path cases = cases(dir);
    assertEquals(2, run("eval", "--cases", cases.toString(), "--limit", "0").code());
    Result none = run("eval", "--cases", cases.toString(), "--split", "nope");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("no cases with \"split\": \"nope\""), none.err());
  }
}
