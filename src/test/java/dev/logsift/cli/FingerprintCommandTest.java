package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** `fingerprint` learns a block of input before printing it, so a group gets one id from its first line on. */
class FingerprintCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> USERS = List.of("alice", "bob", "carol", "dave", "erin", "frank");

  private static String logins() {
    StringBuilder b = new StringBuilder();
    for (String u : USERS) {
      b.append("login failed for user ").append(u).append(" from web\n");
    }
    return b.toString();
  }

  @Test
  void everyLineOfALearnedGroupGetsTheFirstLinesId() {
    List<String> lines = CliTest.run(logins(), "fingerprint").lines();
    assertEquals(USERS.size(), lines.size());
    Set<String> distinct = new HashSet<>(lines);
    assertEquals(1, distinct.size(), lines.toString());
    assertTrue(lines.get(0).endsWith("\tlogin failed for user <*> from web"), lines.get(0));
    String firstStateless = CliTest.run("login failed for user alice from web\n", "fingerprint", "--no-learn").lines().get(0);
    assertEquals(firstStateless.split("\t")[0], lines.get(0).split("\t")[0], "the alias is the first template's id");
  }

  @Test
  void aHostileTraceCostsNeitherTheStreamNorItsOwnLine() {
    // a frame of 20,000 proxy classes once overflowed the stack and ended the whole run
    String hostile = "java.lang.IllegalStateException: boom\\n\\tat a" + "$$Proxy.b".repeat(20_000) + "(X.java:1)";
    String in = "{\"message\":\"first\"}\n{\"message\":\"" + hostile + "\"}\n{\"message\":\"last\"}\n";
    List<String> lines = CliTest.run(in, "fingerprint", "--jsonl").lines();
    assertEquals(3, lines.size());
    for (String line : lines) {
      assertTrue(line.startsWith("{\"fingerprint\":"), line.length() > 200 ? line.substring(0, 200) : line);
    }
  }

  @Test
  void anInputThatFailsEndsTheRunAfterTheLinesBeforeIt() {
    // an OutOfMemoryError in the reader once left the main thread waiting for the end of input for ever
    java.io.InputStream failing = new java.io.InputStream() {
      private final byte[] head = "order 1 failed\norder 2 failed\n".getBytes(StandardCharsets.UTF_8);
      private int at;
      // the first read answers two lines, the next one fails

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at == 0) {
          System.arraycopy(head, 0, b, off, head.length);
          at = head.length;
          return head.length;
        }
        throw new OutOfMemoryError("simulated");
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Error thrown = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
        () -> org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class,
            () -> TextCommands.fingerprint(new String[0], failing, new java.io.PrintStream(out, true), System.err)));
    assertEquals("simulated", thrown.getMessage());
    assertEquals(2, out.toString(StandardCharsets.UTF_8).lines().count(), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noLearnGivesTheStatelessFingerprint() {
    List<String> lines = CliTest.run(logins(), "fingerprint", "--no-learn").lines();
    assertEquals(USERS.size(), new HashSet<>(lines).size());
  }

  @Test
  void jsonlLinesLearnPerService() throws Exception {
    StringBuilder in = new StringBuilder();
    for (String u : USERS) {
      in.append(JSON.writeValueAsString(java.util.Map.of("service", "a", "message", "login failed for user " + u + " from web")))
          .append('\n');
    }
    in.append(JSON.writeValueAsString(java.util.Map.of("service", "b", "message", "login failed for user alice from web")))
        .append("\nnot json\n");
    List<String> lines = CliTest.run(in.toString(), "fingerprint", "--jsonl").lines();
    assertEquals(USERS.size() + 2, lines.size());
    String a = JSON.readTree(lines.get(0)).get("fingerprint").asText();
    String b = JSON.readTree(lines.get(USERS.size())).get("fingerprint").asText();
    assertEquals(a, JSON.readTree(lines.get(USERS.size() - 1)).get("fingerprint").asText());
    assertEquals("login failed for user alice from web", JSON.readTree(lines.get(USERS.size())).get("template").asText());
    assertNotEquals("", b);
    assertTrue(JSON.readTree(lines.get(USERS.size() + 1)).has("error"));
  }

  @Test
  void oneTemplateInTwoServicesIsTwoErrorsWithOneTemplateId() throws Exception {
    String line = "Task timed out after 30.03 seconds";
    String in = JSON.writeValueAsString(java.util.Map.of("service", "image-resizer", "message", line)) + "\n"
        + JSON.writeValueAsString(java.util.Map.of("service", "pdf-renderer", "message", line)) + "\n"
        + JSON.writeValueAsString(java.util.Map.of("message", line)) + "\n";
    for (String[] args : List.of(new String[] {"fingerprint", "--jsonl"}, new String[] {"fingerprint", "--jsonl", "--no-learn"})) {
      List<String> lines = CliTest.run(in, args).lines();
      com.fasterxml.jackson.databind.JsonNode a = JSON.readTree(lines.get(0));
      com.fasterxml.jackson.databind.JsonNode b = JSON.readTree(lines.get(1));
      com.fasterxml.jackson.databind.JsonNode none = JSON.readTree(lines.get(2));
      assertNotEquals(a.get("fingerprint").asText(), b.get("fingerprint").asText());
      assertEquals(a.get("template_fingerprint").asText(), b.get("template_fingerprint").asText());
      // a line without a service keeps the template's id, and says nothing more
      assertEquals(a.get("template_fingerprint").asText(), none.get("fingerprint").asText());
      assertTrue(!none.has("template_fingerprint"));
    }
  }

  @Test
  void theLambdaLearnsTheBatchBeforeItGroupsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    CliTest.Result ev = CliTest.run(logins() + "disk full on /dev/sda1\n", "event", "--log-group", "/ecs/web", "--start", "1000");
    java.nio.file.Path f = dir.resolve("e.json");
    java.nio.file.Files.writeString(f, ev.out());
    List<String> lines = CliTest.run("", "replay", "--json", f.toString()).lines();
    com.fasterxml.jackson.databind.JsonNode summary = JSON.readTree(lines.get(lines.size() - 1));
    assertEquals(2, summary.get("fingerprints").asInt(), "six user names are one error: " + lines);
  }

  @Test
  void anInteractiveStreamIsAnsweredWithoutWaitingForTheEnd() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(feed);
    PipedInputStream answers = new PipedInputStream();
    PipedOutputStream out = new PipedOutputStream(answers);
    Thread cmd = new Thread(() -> {
      try {
        TextCommands.fingerprint(new String[0], in, new java.io.PrintStream(out, true), System.err);
        out.close();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    cmd.start();
    feed.write("order 42 failed\n".getBytes(StandardCharsets.UTF_8));
    feed.flush();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    long deadline = System.currentTimeMillis() + 10_000;
    while (!got.toString(StandardCharsets.UTF_8).endsWith("\n") && System.currentTimeMillis() < deadline) {
      got.write(answers.read());
    }
    assertTrue(got.toString(StandardCharsets.UTF_8).endsWith("\torder <*> failed\n"), got.toString(StandardCharsets.UTF_8));
    feed.close();
    cmd.join(10_000);
  }
}
