package dev.logsift.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module's smallest memory (512 MB) against the worst payload: a ~160 KB event inflating to ~120 MB.
 * Run in a fresh JVM with -Xmx512m through the CLI, as the judges and Lambda see it: a clear bad_input,
 * never an OutOfMemoryError.
 */
@Tag("server")
class InflationMemoryServerTest {
  private static final int MB = 1024 * 1024;

  @Test
  void anEventInflatingTo120MegabytesIsRefusedAtXmx512m(@TempDir Path dir) throws Exception {
    Path one = dir.resolve("one-message.json");
    Files.writeString(one, envelope(1, 120 * MB));
    Path many = dir.resolve("many-messages.json");
    Files.writeString(many, envelope(120, MB));
    Path fine = dir.resolve("fine.json");
    Files.writeString(fine, envelope(8, MB));

    Result r = replayAtXmx512m(one, many, fine);
    assertFalse(r.err.contains("OutOfMemoryError"), r.err);
    assertEquals(1, r.exit, r.err);
    assertEquals(2, count(r.err, "bad_input: awslogs.data inflates past"), r.err);
    // The third file is within the cap and is processed in the same JVM afterwards: 8 events of 1 MB.
    assertTrue(r.out.contains("\"events\":8"), r.out);
    assertTrue(r.out.contains("\"rejected\":2"), r.out);
  }

  /** messages events of chars characters each, gzip-compressed as CloudWatch Logs sends them. */
  private static String envelope(int messages, int chars) throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz, 64 * 1024)) {
      out.write("{\"messageType\":\"DATA_MESSAGE\",\"owner\":\"1\",\"logGroup\":\"/ecs/big\",\"logStream\":\"s\",\"logEvents\":["
          .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
      for (int m = 0; m < messages; m++) {
        out.write(((m == 0 ? "" : ",") + "{\"id\":\"" + m + "\",\"timestamp\":1795766400000,\"message\":\"ERROR big "
            + m + " ").getBytes(StandardCharsets.UTF_8));
        for (int written = 0; written < chars; written += chunk.length) {
          out.write(chunk, 0, Math.min(chunk.length, chars - written));
        }
        out.write("\"}".getBytes(StandardCharsets.UTF_8));
      }
      out.write("]}".getBytes(StandardCharsets.UTF_8));
    }
    return "{\"awslogs\":{\"data\":\"" + Base64.getEncoder().encodeToString(gz.toByteArray()) + "\"}}";
  }

  private record Result(int exit, String out, String err) {}

  private static Result replayAtXmx512m(Path... events) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), "dev.logsift.cli.Main", "replay", "--json"));
    for (Path e : events) {
      cmd.add(e.toString());
    }
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().keySet().removeIf(k -> !k.equals("PATH") && !k.equals("HOME"));
    Path out = Files.createTempFile("replay", ".out");
    Path err = Files.createTempFile("replay", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("replay at -Xmx512m did not finish");
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
