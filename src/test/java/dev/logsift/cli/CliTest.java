package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Result(int code, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }
  }

  static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Result run(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  @Test
  void fingerprintWritesExactlyOneLinePerInputLineIncludingEmptyOnes() {
    Result r = run("ERROR a 1\n\nERROR a 2\r\nlone\rcarriage\nlast-without-newline", "fingerprint");
    assertEquals(0, r.code());
    List<String> lines = r.lines();
    assertEquals(5, lines.size(), r.out());
    assertEquals(lines.get(0), lines.get(2), "repeats share id and template");
    for (String l : lines) {
      assertTrue(l.matches("[0-9a-f]{16}\t.*"), l);
    }
  }

  @Test
  void fingerprintJsonlReportsBadLinesAndContinues() throws Exception {
    Result r = run("{\"message\":\"ERROR x\\n\\tat a.b(C.java:1)\"}\nnot json\n{\"msg\":\"x\"}\n{\"message\":5}\n\n"
        + "{\"message\":\"ERROR y\"}\n", "fingerprint", "--jsonl");
    List<String> lines = r.lines();
    assertEquals(6, lines.size(), r.out());
    assertTrue(JSON.readTree(lines.get(0)).has("fingerprint"));
    for (int i = 1; i <= 4; i++) {
      JsonNode n = JSON.readTree(lines.get(i));
      assertTrue(n.has("error"), lines.get(i));
      assertFalse(n.get("error").asText().contains("not json"), "error echoes content");
    }
    assertTrue(JSON.readTree(lines.get(5)).has("template"));
  }

  @Test
  void invalidUtf8InputStillGivesOneLineEach() {
    byte[] in = {'E', 'R', 'R', (byte) 0xC3, (byte) 0x28, '\n', (byte) 0xFF, '\n'};
    Result r = run(in, "redact");
    assertEquals(2, r.lines().size());
  }

  @Test
  void redactJsonl() throws Exception {
    Result r = run("{\"message\":\"login failed for jane@example.com\"}\n", "redact", "--jsonl");
    String m = JSON.readTree(r.lines().get(0)).get("message").asText();
    assertFalse(m.contains("jane@example.com"), m);
  }

  @Test
  void unknownCommandsAndFlagsAreUsageErrors() {
    assertEquals(2, run("", "nope").code());
    assertEquals(2, run("", "fingerprint", "--bogus").code());
    assertEquals(2, run("").code());
    assertEquals(0, run("", "--help").code());
  }

  @Test
  void eventThenReplayRoundTrips(@TempDir Path dir) throws Exception {
    Result ev = run("ERROR order 1 failed: NullPointerException\nERROR order 2 failed: NullPointerException\n"
        + "ERROR db connection refused\n", "event", "--log-group", "/aws/lambda/orders", "--start", "1000");
    assertEquals(0, ev.code(), ev.err());
    Path f = dir.resolve("e.json");
    Files.writeString(f, ev.out());
    Result r = run("", "replay", "--json", f.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
    assertEquals(3, summary.get("events").asInt());
    assertEquals(2, summary.get("fingerprints").asInt());
    assertEquals(2, summary.get("notified").asInt());
    JsonNode card = JSON.readTree(lines.get(0));
    assertEquals("orders", card.get("service").asText());
    assertTrue(card.get("first_response_is_proposal").asBoolean());
    assertEquals(2, card.get("occurrences").asInt());
  }

  @Test
  void replayAccountsForEveryEventOfEverySample() throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("replay", "--json"));
    int expectedEvents = 0;
    try (Stream<Path> s = Files.list(Path.of("events"))) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("cloudwatch-")).sorted().toList()) {
        args.add(p.toString());
        JsonNode decoded = JSON.readTree(Path.of("events/decoded").resolve(p.getFileName()).toFile());
        if (decoded.get("messageType").asText().equals("DATA_MESSAGE")) {
          expectedEvents += decoded.get("logEvents").size();
        }
      }
    }
    Result r = run("", args.toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
    assertEquals(expectedEvents, summary.get("events").asInt());
    assertEquals(summary.get("fingerprints").asInt(),
        summary.get("notified").asInt() + summary.get("suppressed").asInt() + summary.get("failed").asInt());
    assertEquals(lines.size() - 1, summary.get("notified").asInt());
  }

  @Test
  void aLineThatOverflowsAStageGivesOneUnprocessableLineAndTheStreamGoesOn(@TempDir Path dir) throws Exception {
    StringBuilder poison = new StringBuilder("ERROR invalid email a@b");
    for (int i = 0; i < 2000; i++) {
      poison.append(".b");
    }
    String in = "ERROR first password=hunter2\n" + poison + "com\nERROR last\n";
    for (String cmd : new String[] {"redact", "fingerprint"}) {
      Result r = run(in, cmd);
      assertEquals(0, r.code(), r.err());
      assertEquals(3, r.lines().size(), r.out());
      assertFalse(r.out().contains("hunter2"));
      assertFalse(r.lines().get(1).contains("a@b.b"), "the raw line is never echoed: " + r.lines().get(1));
    }
    Result ev = run(in, "event", "--log-group", "/ecs/poison");
    Path f = dir.resolve("poison.json");
    Files.writeString(f, ev.out());
    Result replay = run("", "replay", "--json", f.toString());
    assertEquals(0, replay.code(), replay.err());
    JsonNode summary = JSON.readTree(replay.lines().get(replay.lines().size() - 1));
    assertEquals(3, summary.get("events").asInt());
    assertEquals(0, summary.get("failed").asInt());
    assertEquals(summary.get("fingerprints").asInt(), summary.get("notified").asInt());
    assertTrue(summary.get("unprocessable").asInt() <= 1, summary.toString());
    Result j = run("{\"message\":\"" + poison + "com\"}\n{\"message\":\"ERROR ok\"}\n", "redact", "--jsonl");
    assertEquals(2, j.lines().size(), j.out());
    assertEquals("ERROR ok", JSON.readTree(j.lines().get(1)).get("message").asText());
  }

  @Test
  void replayJsonReportsTruncatedMessages(@TempDir Path dir) throws Exception {
    Result ev = run("ERROR huge " + "x".repeat(70_000) + "\nERROR small one\n", "event", "--log-group", "/ecs/big");
    assertEquals(0, ev.code(), ev.err());
    Path f = dir.resolve("e.json");
    Files.writeString(f, ev.out());
    Result r = run("", "replay", "--json", f.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode summary = JSON.readTree(r.lines().get(r.lines().size() - 1));
    assertEquals(2, summary.get("events").asInt());
    assertEquals(1, summary.get("truncated").asInt());
  }

  @Test
  void replayPrimesLikeASnapshotAndTimesEveryEvent() throws Exception {
    Result r = run("", "replay", "--prime", "--json", "events/cloudwatch-checkout-java.json",
        "events/cloudwatch-control.json", "events/cloudwatch-hostile.json");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.lines();
    JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
    assertTrue(summary.get("priming_ms").asLong() >= 0, "priming ran");
    JsonNode perEvent = summary.get("per_event");
    assertEquals(3, perEvent.size(), "one summary per event file, in order");
    assertEquals("cloudwatch-checkout-java.json", perEvent.get(0).get("file").asText());
    long sum = 0;
    for (JsonNode e : perEvent) {
      assertTrue(e.get("elapsed_ms").isIntegralNumber() && e.get("elapsed_ms").asLong() >= 0, e.toString());
      sum += e.get("elapsed_ms").asLong();
    }
    assertEquals(sum, summary.get("elapsed_ms").asLong());
    assertEquals(summary.get("notified").asInt(), perEvent.get(0).get("notified").asInt()
        + perEvent.get(1).get("notified").asInt() + perEvent.get(2).get("notified").asInt());
    assertEquals(lines.size() - 1, summary.get("notified").asInt(), "cards, then the one summary line, as before");
    assertFalse(JSON.readTree(run("", "replay", "--json", "events/cloudwatch-checkout-java.json").lines().getLast())
        .has("priming_ms"), "no priming unless asked");
  }

  @Test
  void replayOfAMalformedEventExitsNonZeroWithAClearError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"awslogs\":{\"data\":\"%%%\"}}");
    Result r = run("", "replay", "--json", f.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("bad_input"), r.err());
    assertTrue(r.out().contains("\"rejected\":1"), r.out());
  }

  @Test
  void triagePrintsRankedGroups() {
    Result r = run("ERROR a 1 NullPointerException\nERROR a 2 NullPointerException\nERROR b refused\n", "triage");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("3 lines, 2 fingerprints"), r.out());
    int a = r.out().indexOf("NullPointerException");
    int b = r.out().indexOf("refused");
    assertTrue(a > 0 && b > a, "ranked by count: " + r.out());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstMessage() throws Exception {
    Result r = run("\uFEFF{\"message\":\"ERROR x\"}\n", "redact", "--jsonl");
    assertEquals("ERROR x", JSON.readTree(r.lines().get(0)).get("message").asText());
  }
}
