package dev.logsift.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A prompt file with {{placeholders}}, parsed once. Rendering is one pass over the parsed parts, so text
 * inside a value (a log line containing "{{service}}") is never expanded.
 */
public final class PromptTemplate {
  public static final Set<String> PLACEHOLDERS = Set.of("service", "log_group", "message", "known_failures_excerpt",
      "root_cause", "correction_examples");
  /** Placeholders a prompt may leave out (a team's own prompt written before they existed). */
  public static final Set<String> OPTIONAL = Set.of("correction_examples");

  private volatile List<String> literals;
  private volatile List<String> names;

  private PromptTemplate(List<String> literals, List<String> names) {
    this.literals = literals;
    this.names = names;
  }

  /** Takes over a newer version's text (a prompt published to S3), so every holder of this template sees it. */
  public synchronized void update(PromptTemplate newer) {
    this.literals = newer.literals;
    this.names = newer.names;
  }

  public static PromptTemplate parse(String name, String text) {
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int pos = 0;
    while (true) {
      int open = text.indexOf("{{", pos);
      if (open < 0) {
        break;
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        throw new IllegalArgumentException(name + ": unclosed {{ at offset " + open);
      }
      String key = text.substring(open + 2, close).strip();
      if (!PLACEHOLDERS.contains(key)) {
        throw new IllegalArgumentException(name + ": unknown placeholder {{" + key + "}}; known: " + PLACEHOLDERS);
      }
      literals.add(text.substring(pos, open));
      names.add(key);
      pos = close + 2;
    }
    literals.add(text.substring(pos));
    if (!names.contains("message")) {
      throw new IllegalArgumentException(name + ": the prompt must contain {{message}}");
    }
    return new PromptTemplate(List.copyOf(literals), List.copyOf(names));
  }

  /** Loads prompts/&lt;name&gt; from a directory, or from the jar when dir is null. */
  public static PromptTemplate load(Path dir, String fileName) {
    try {
      String text;
      if (dir != null) {
        if (!Files.isRegularFile(dir.resolve(fileName))) {
          throw new IllegalArgumentException("PROMPTS_DIR has no " + fileName);
        }
        text = Files.readString(dir.resolve(fileName), StandardCharsets.UTF_8);
      } else {
        try (InputStream in = PromptTemplate.class.getClassLoader().getResourceAsStream("prompts/" + fileName)) {
          if (in == null) {
            throw new IllegalStateException("prompts/" + fileName + " is missing from the jar");
          }
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return parse("prompts/" + fileName, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read prompts/" + fileName, e);
    }
  }

  public String render(Map<String, String> values) {
    List<String> literals;
    List<String> names;
    synchronized (this) {
      literals = this.literals;
      names = this.names;
    }
    StringBuilder sb = new StringBuilder(literals.stream().mapToInt(String::length).sum() + 2048);
    for (int i = 0; i < names.size(); i++) {
      sb.append(literals.get(i));
      String v = values.get(names.get(i));
      sb.append(v == null ? "" : v);
    }
    sb.append(literals.get(literals.size() - 1));
    return sb.toString();
  }
}
