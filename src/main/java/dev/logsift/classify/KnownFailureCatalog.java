package dev.logsift.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads known-failures/&lt;service&gt;.md (plus _default.md) from a directory or from the jar, by name:
 * no classpath scanning. A malformed file fails loudly with its name and line, never silently.
 */
public final class KnownFailureCatalog {
  public static final String DEFAULT_FILE = "_default";
  private final Path dir;
  private final Map<String, List<KnownFailure>> byFile = new ConcurrentHashMap<>();
  /** A published set that replaces the directory or jar copy (see {@link #useFiles}); null = not replaced. */
  private volatile Map<String, List<KnownFailure>> published;

  /** @param dir a directory to read from, or null to read from the jar's known-failures/ */
  public KnownFailureCatalog(Path dir) {
    this.dir = dir;
  }

  /** Entries of the service's own file first, then the defaults. */
  public List<KnownFailure> forService(String service) {
    List<KnownFailure> all = new ArrayList<>(file(service));
    if (!DEFAULT_FILE.equals(service)) {
      all.addAll(file(DEFAULT_FILE));
    }
    return all;
  }

  /** First entry whose match text occurs in the given text. */
  public Optional<KnownFailure> match(String service, String text) {
    for (KnownFailure k : forService(service)) {
      if (k.matches(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  public Optional<KnownFailure> byId(String service, String id) {
    return forService(service).stream().filter(k -> k.id().equals(id)).findFirst();
  }

  private List<KnownFailure> file(String name) {
    Map<String, List<KnownFailure>> p = published;
    if (p != null) {
      return p.getOrDefault(name, List.of());
    }
    return byFile.computeIfAbsent(name, this::load);
  }

  /**
   * Replaces every file at once with a published set (file name "checkout.md" -> text). All files are parsed
   * before anything changes, so a broken file throws and the entries in use stay as they were.
   */
  public void useFiles(Map<String, String> texts) {
    Map<String, List<KnownFailure>> parsed = new HashMap<>();
    texts.forEach((fileName, text) -> {
      if (fileName.endsWith(".md")) {
        parsed.put(fileName.substring(0, fileName.length() - 3), parse(fileName, text));
      }
    });
    published = Map.copyOf(parsed);
  }

  private List<KnownFailure> load(String name) {
    if (!name.matches("[a-z0-9_][a-z0-9_.-]*") || name.contains("..")) {
      return List.of();
    }
    String fileName = name + ".md";
    try {
      String text;
      if (dir != null) {
        Path p = dir.resolve(fileName);
        if (!Files.isRegularFile(p)) {
          return List.of();
        }
        text = Files.readString(p, StandardCharsets.UTF_8);
      } else {
        try (InputStream in = KnownFailureCatalog.class.getClassLoader().getResourceAsStream("known-failures/" + fileName)) {
          if (in == null) {
            return List.of();
          }
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return parse(fileName, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read known-failures/" + fileName, e);
    }
  }

  /**
   * Format: "## id" starts an entry; the "- key: value" lines directly under it are its fields (category
   * required; match may repeat; suppress, expires, response optional); the text after them is the description.
   * Text before the first entry, HTML comments and fenced code blocks are ignored, so a file can document
   * itself. A field line after the description is an error rather than silently becoming description.
   */
  public static List<KnownFailure> parse(String fileName, String text) {
    List<KnownFailure> out = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    Builder cur = null;
    int lineNo = 0;
    int commentStart = 0;
    int fenceStart = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      String l = line.strip();
      if (commentStart > 0) {
        commentStart = l.contains("-->") ? 0 : commentStart;
        continue;
      }
      if (fenceStart > 0) {
        fenceStart = l.startsWith("```") ? 0 : fenceStart;
        continue;
      }
      if (l.startsWith("<!--")) {
        commentStart = l.indexOf("-->", 4) >= 0 ? 0 : lineNo;
        continue;
      }
      if (l.startsWith("```")) {
        fenceStart = lineNo;
        continue;
      }
      if (l.startsWith("## ")) {
        if (cur != null) {
          add(out, idLines, cur);
        }
        cur = new Builder(fileName, lineNo, l.substring(3).strip());
      } else if (cur != null && l.startsWith("- ") && l.indexOf(':') > 2) {
        int c = l.indexOf(':');
        String key = l.substring(2, c).strip().toLowerCase(Locale.ROOT);
        if (cur.inFields) {
          cur.field(key, l.substring(c + 1).strip(), lineNo);
        } else if (Builder.FIELDS.contains(key)) {
          throw cur.err(lineNo, "field '" + key + "' after the description; put fields directly under the ## line");
        } else {
          cur.describe(l);
        }
      } else if (cur != null && !l.isEmpty()) {
        cur.describe(l);
      }
    }
    if (commentStart > 0) {
      throw new IllegalArgumentException("known-failures/" + fileName + ":" + commentStart + ": unclosed <!-- comment");
    }
    if (fenceStart > 0) {
      throw new IllegalArgumentException("known-failures/" + fileName + ":" + fenceStart + ": unclosed ``` block");
    }
    if (cur != null) {
      add(out, idLines, cur);
    }
    return List.copyOf(out);
  }

  private static void add(List<KnownFailure> out, Map<String, Integer> idLines, Builder b) {
    Integer first = idLines.putIfAbsent(b.id, b.line);
    if (first != null) {
      throw b.err(b.line, "duplicate id " + b.id + " (first at line " + first + ")");
    }
    out.add(b.build());
  }

  private static final class Builder {
    static final Set<String> FIELDS = Set.of("category", "match", "suppress", "expires", "response");
    final String file;
    final int line;
    final String id;
    Category category;
    final List<String> match = new ArrayList<>();
    boolean suppress;
    LocalDate expires;
    String response = "";
    final StringBuilder description = new StringBuilder();
    boolean inFields = true;

    Builder(String file, int line, String id) {
      this.file = file;
      this.line = line;
      this.id = id;
      if (!id.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
        throw err(line, "entry id must be lowercase letters, digits, '.', '_' or '-' (max 64)");
      }
    }

    void describe(String l) {
      inFields = false;
      if (description.length() > 0) {
        description.append(' ');
      }
      description.append(l);
    }

    void field(String key, String value, int at) {
      switch (key) {
        case "category" -> category = Category.parse(value)
            .orElseThrow(() -> err(at, "category must be one of transient, dependency, application, security, unknown"));
        case "match" -> {
          String m = unquote(value);
          if (m.length() < 4) {
            throw err(at, "match text must be at least 4 characters");
          }
          match.add(m);
        }
        case "suppress" -> {
          if (!value.equals("true") && !value.equals("false")) {
            throw err(at, "suppress must be true or false");
          }
          suppress = value.equals("true");
        }
        case "expires" -> {
          try {
            expires = LocalDate.parse(value);
          } catch (DateTimeParseException e) {
            throw err(at, "expires must be a date YYYY-MM-DD");
          }
        }
        case "response" -> response = value;
        default -> throw err(at, "unknown field '" + key + "' (category, match, suppress, expires, response)");
      }
    }

    KnownFailure build() {
      if (category == null) {
        throw err(line, "entry " + id + " has no category");
      }
      return new KnownFailure(id, category, description.toString(), match, suppress, expires, response, file);
    }

    IllegalArgumentException err(int at, String msg) {
      return new IllegalArgumentException("known-failures/" + file + ":" + at + ": " + msg);
    }

    static String unquote(String v) {
      if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("`") && v.endsWith("`"))) {
        return v.substring(1, v.length() - 1);
      }
      return v;
    }
  }
}
