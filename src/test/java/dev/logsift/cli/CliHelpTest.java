package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CLI explains itself: --version, help, CMD --help for every command, and plain messages for bad files. */
class CliHelpTest {
  static List<String> commands() {
    return new ArrayList<>(Usage.COMMANDS.keySet());
  }

  @Test
  void versionPrintsOnStdoutAndExitsZero() {
    CliTest.Result r = CliTest.run("", "--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("logsift "), r.out());
    assertEquals("", r.err());
  }

  @Test
  void helpListsEveryCommandOnStdout() {
    CliTest.Result r = CliTest.run("", "help");
    assertEquals(0, r.code());
    for (String c : commands()) {
      assertTrue(r.out().contains("\n  " + c + " ") || r.out().contains("\n  " + c + "\n"), c + " in " + r.out());
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandPrintsItsUsageForHelp(String command) {
    for (String[] args : List.of(new String[] {command, "--help"}, new String[] {command, "-h"},
        new String[] {"help", command})) {
      CliTest.Result r = CliTest.run("", args);
      assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
      assertTrue(r.out().startsWith("usage: logsift " + command), r.out());
      assertEquals("", r.err());
    }
  }

  @Test
  void helpForAnUnknownCommandFails() {
    CliTest.Result r = CliTest.run("", "help", "fingerprints");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown command 'fingerprints'"), r.err());
  }

  /** The README's command table is the contract: each flag it documents appears in that command's usage. */
  @Test
  void usageNamesEveryFlagTheReadmeDocuments() throws IOException {
    Pattern row = Pattern.compile("^\\| `([a-z-]+)([^`]*)` \\|", Pattern.MULTILINE);
    Pattern flag = Pattern.compile("--[a-z][a-z-]*");
    String readme = Files.readString(Path.of("README.md"));
    // Only the command table: other tables (DynamoDB items, variables) also start rows with code.
    int from = readme.indexOf("## Command line");
    int to = readme.indexOf("\n## ", from + 1);
    Matcher m = row.matcher(readme.substring(from, to < 0 ? readme.length() : to));
    int rows = 0;
    while (m.find()) {
      rows++;
      String usage = Usage.of(m.group(1));
      assertNotNull(usage, "README documents command " + m.group(1) + " that has no usage");
      Matcher f = flag.matcher(m.group(2));
      while (f.find()) {
        assertTrue(usage.contains(f.group() + " ") || usage.contains(f.group() + "]") || usage.endsWith(f.group() + "\n"),
            m.group(1) + ": README flag " + f.group() + " missing from " + usage);
      }
    }
    assertTrue(rows >= 8, "README command table not found");
  }

  static List<String[]> fileTakingCommands(Path missing) {
    String p = missing.toString();
    return List.of(new String[] {"event", p}, new String[] {"replay", p}, new String[] {"triage", p},
        new String[] {"invoke", "classifier", p}, new String[] {"eval", "--cases", p});
  }

  @Test
  void aMissingInputFileSaysNoSuchFileWithThePathAndExitsTwo(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");
    for (String[] args : fileTakingCommands(missing)) {
      CliTest.Result r = CliTest.run("", args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertTrue(r.err().contains("No such file: " + missing), args[0] + ": " + r.err());
      assertFalse(r.err().contains("usage:"), "the arguments were right: " + r.err());
    }
  }

  @Test
  void anUnreadableInputSaysNotReadableWithThePath(@TempDir Path dir) {
    for (String[] args : fileTakingCommands(dir)) {
      CliTest.Result r = CliTest.run("", args);
      assertEquals(2, r.code(), String.join(" ", args));
      assertTrue(r.err().contains("not readable: " + dir), args[0] + ": " + r.err());
    }
  }

  @Test
  void triageShowsProgressOnStderrAndOnlyTheTopGroups() {
    String log = "ERROR db timeout after 30s\n".repeat(5) + "ERROR cache miss for key 7\n".repeat(3)
        + "ERROR payment declined for order 9\n";
    CliTest.Result r = CliTest.run(log, "triage", "--top", "2");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("9 lines, 3 fingerprints (top 2 shown)"), r.out());
    assertTrue(r.err().contains("classifying 1/2") && r.err().contains("classifying 2/2"), r.err());
    assertFalse(r.out().contains("classifying"), "progress stays off stdout");
    assertTrue(r.out().contains("db timeout") && r.out().contains("cache miss"), r.out());
    assertFalse(r.out().contains("payment declined"), r.out());

    CliTest.Result bad = CliTest.run(log, "triage", "--top", "0");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--top needs a positive whole number"), bad.err());
  }
}
