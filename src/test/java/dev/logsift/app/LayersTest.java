package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering the design promises, read from the sources' imports: wiring stays at the top, stores
 * never learn about chat, and only the wiring reads the environment.
 */
class LayersTest {
  private static final Path MAIN = Path.of("src/main/java/dev/logsift");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.logsift\\.([a-z]+)\\.", Pattern.MULTILINE);

  record Source(String pkg, String file, String text) {}

  private static List<Source> sources() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
        try {
          return new Source(MAIN.relativize(p).getName(0).toString(), MAIN.relativize(p).toString(), Files.readString(p));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }

  private static Set<String> importers(List<Source> sources, String target, Set<String> allowed) {
    Set<String> bad = new TreeSet<>();
    for (Source s : sources) {
      Matcher m = IMPORT.matcher(s.text);
      while (m.find()) {
        if (m.group(1).equals(target) && !allowed.contains(s.pkg)) {
          bad.add(s.file);
        }
      }
    }
    return bad;
  }

  @Test
  void onlyTheEntryPointsImportTheWiring() throws IOException {
    assertEquals(Set.of(), importers(sources(), "app", Set.of("app", "cli")));
  }

  @Test
  void coreBuildsOnNothingOfOurs() throws IOException {
    // every package builds on core (errors, JSON, retries, signing): core importing one of them is a cycle
    List<Source> core = sources().stream().filter(s -> s.pkg.equals("core")).toList();
    assertTrue(core.size() > 10, "core moved: " + core.size());
    Set<String> bad = new TreeSet<>();
    for (Source s : core) {
      Matcher m = IMPORT.matcher(s.text);
      while (m.find()) {
        if (!m.group(1).equals("core")) {
          bad.add(s.file);
        }
      }
    }
    assertEquals(Set.of(), bad);
  }

  @Test
  void storesNeverImportChatOrCards() throws IOException {
    List<Source> stores = sources().stream().filter(s -> s.pkg.equals("dedup") || s.pkg.equals("signal")).toList();
    assertTrue(stores.size() > 10, "the store packages moved: " + stores.size());
    assertEquals(Set.of(), importers(stores, "chat", Set.of()));
    assertEquals(Set.of(), importers(stores.stream().filter(s -> s.pkg.equals("dedup")).toList(), "notify", Set.of()));
  }

  @Test
  void onlyTheWiringReadsTheEnvironment() throws IOException {
    Set<String> readers = new TreeSet<>();
    for (Source s : sources()) {
      boolean reads = s.text.contains("System.getenv(") || s.text.contains("System.getProperty(") || s.text.contains("System.getProperties(");
      if (reads) {
        readers.add(s.file);
      }
    }
    // app/Environment reads variables and JVM settings for the wiring; nothing else does, except logging,
    // created by SLF4J's service loader before any wiring runs (its level, the function name), and the CLI's
    // entry point (its default log level)
    assertEquals(Set.of("app/Environment.java", "cli/Main.java", "logging/JsonLinesLoggerFactory.java", "logging/Metrics.java"),
        readers);
  }
}
