package dev.logsift.content;

import dev.logsift.notify.Owners;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The team-owned files of a checkout, keyed as {@link ContentCheck} and the S3 publication key them. */
public final class ContentFiles {
  private ContentFiles() {}

  /** prompts/*.md and *.jsonl, known-failures/*.md and owners.md under a repository root (absent ones skipped). */
  public static Map<String, String> fromRoot(Path root) {
    Map<String, String> out = new TreeMap<>();
    addDir(out, root.resolve("prompts"), ContentCheck.PROMPTS, List.of(".md", ".jsonl"));
    addDir(out, root.resolve("known-failures"), ContentCheck.KNOWN_FAILURES, List.of(".md"));
    Path owners = root.resolve(Owners.FILE);
    if (Files.isRegularFile(owners)) {
      out.put(Owners.FILE, read(owners));
    }
    return out;
  }

  /** A directory of one kind: its files keyed under the given prefix ("known-failures/", "prompts/"). */
  public static void addDir(Map<String, String> out, Path dir, String prefix, List<String> suffixes) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p) && suffixes.stream().anyMatch(name::endsWith)) {
          out.put(prefix + name, read(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir.getFileName(), e);
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p.getFileName(), e);
    }
  }
}
