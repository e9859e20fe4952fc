package dev.logsift.cli;

import dev.logsift.content.ContentCheck;
import dev.logsift.content.ContentFiles;
import dev.logsift.content.Problem;
import dev.logsift.notify.Owners;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * `check [--today YYYY-MM-DD] [DIR|FILE...]`: validates team-owned files (prompts/, known-failures/, owners.md)
 * the way the classifier will read them and prints "file:line: problem". Exit 0 when clean, 1 otherwise.
 * A DIR holding prompts/, known-failures/ or owners.md is a repository root (the default is "."); a DIR named
 * prompts (or holding classify.md) is a prompts directory; any other DIR is a known-failures directory.
 */
final class CheckCommand {
  private CheckCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Path> targets = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--today")) {
        try {
          today = LocalDate.parse(EventCommand.value(args, ++i, "--today"));
        } catch (DateTimeParseException e) {
          throw new Main.UsageException("--today takes a date YYYY-MM-DD");
        }
      } else if (args[i].startsWith("--")) {
        throw new Main.UsageException("unknown argument '" + args[i] + "'");
      } else {
        targets.add(Path.of(args[i]));
      }
    }
    if (targets.isEmpty()) {
      targets.add(Path.of("."));
    }
    int files = 0;
    List<String> problems = new ArrayList<>();
    for (Path t : targets) {
      if (!Files.exists(t)) {
        throw new Main.UsageException(t + " does not exist");
      }
      Map<String, Path> where = new TreeMap<>();
      Map<String, String> content = collect(t, where);
      files += content.size();
      for (Problem p : ContentCheck.check(content, today)) {
        Path shown = where.getOrDefault(p.file(), Path.of(p.file()));
        problems.add(new Problem(shown.normalize().toString(), p.line(), p.message()).toString());
      }
    }
    problems.forEach(out::println);
    err.println("logsift check: " + files + (files == 1 ? " file, " : " files, ") + problems.size()
        + (problems.size() == 1 ? " problem" : " problems"));
    return problems.isEmpty() ? 0 : 1;
  }

  /** The files of one target keyed as ContentCheck expects; {@code where} maps each key back to its path. */
  static Map<String, String> collect(Path t, Map<String, Path> where) throws IOException {
    Map<String, String> content = new TreeMap<>();
    if (Files.isRegularFile(t)) {
      String name = t.getFileName().toString();
      String key = name.equals(Owners.FILE) ? Owners.FILE
          : name.endsWith(".jsonl") || name.equals("classify.md") ? ContentCheck.PROMPTS + name
          : ContentCheck.KNOWN_FAILURES + name;
      content.put(key, Files.readString(t, StandardCharsets.UTF_8));
      where.put(key, t);
      return content;
    }
    String dirName = t.toAbsolutePath().normalize().getFileName() == null ? ""
        : t.toAbsolutePath().normalize().getFileName().toString();
    if (Files.isDirectory(t.resolve("prompts")) || Files.isDirectory(t.resolve("known-failures"))
        || Files.isRegularFile(t.resolve(Owners.FILE))) {
      content.putAll(ContentFiles.fromRoot(t));
      content.keySet().forEach(k -> where.put(k, t.resolve(k)));
    } else if (dirName.equals("prompts") || Files.isRegularFile(t.resolve("classify.md"))) {
      ContentFiles.addDir(content, t, ContentCheck.PROMPTS, List.of(".md", ".jsonl"));
      content.keySet().forEach(k -> where.put(k, t.resolve(k.substring(ContentCheck.PROMPTS.length()))));
    } else {
      ContentFiles.addDir(content, t, ContentCheck.KNOWN_FAILURES, List.of(".md"));
      content.keySet().forEach(k -> where.put(k, t.resolve(k.substring(ContentCheck.KNOWN_FAILURES.length()))));
    }
    return content;
  }
}
