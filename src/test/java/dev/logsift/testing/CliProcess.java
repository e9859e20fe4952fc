package dev.logsift.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in a JVM of its own, with an environment the test chooses: each run is a cold start, and none of the
 * machine's AWS, chat or table settings leak in.
 */
public final class CliProcess {
  private CliProcess() {}

  public record Result(int exit, String out, String err) {}

  public static Result run(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.logsift.cli.Main"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("DISCORD_") || k.startsWith("SLACK_")
        || k.equals("DEDUP_TABLE") || k.equals("BEDROCK_MODEL_ID"));
    pb.environment().putAll(env);
    Path err = Files.createTempFile("logsift-cli-", ".err");
    try {
      pb.redirectError(err.toFile());
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("logsift " + String.join(" ", args) + " did not finish in 60 s");
      }
      return new Result(p.exitValue(), out, Files.readString(err));
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
