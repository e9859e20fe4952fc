package dev.logsift.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.core.Json;
import dev.logsift.classify.Category;
import dev.logsift.classify.KnownFailure;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.PromptTemplate;
import dev.logsift.notify.Owners;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What `check` and the S3 content refresh both enforce on team-owned files, keyed by their path relative to the
 * repository root ("known-failures/checkout.md", "prompts/classify.md", "owners.md"). Problems name file and line.
 */
public final class ContentCheck {
  public static final String KNOWN_FAILURES = "known-failures/";
  public static final String PROMPTS = "prompts/";
  public static final String PROMPT = "prompts/classify.md";
  static final int MAX_MATCH_CHARS = 200;
  private static final Pattern LOCATED = Pattern.compile("^(?:known-failures/)?([^:]+):(\\d+): (.*)$", Pattern.DOTALL);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]*)(}})?");
  // What a match text must not contain: it is compared with redacted lines, in which these never repeat.
  private static final Pattern VARIABLE = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}|\\[REDACTED:|<\\*>");
  private static final ObjectMapper JSON = Json.MAPPER;

  private ContentCheck() {}

  /**
   * Every problem of the given files; an empty list means they are fit to use.
   *
   * @param today for expired suppressions, or null to skip date checks (a suppression that expires while a
   *     published set is in use simply stops suppressing; that must not make the set unusable)
   */
  public static List<Problem> check(Map<String, String> files, LocalDate today) {
    List<Problem> out = new ArrayList<>();
    Map<String, String> defaultIds = new HashMap<>();
    String defaults = files.get(KNOWN_FAILURES + KnownFailureCatalog.DEFAULT_FILE + ".md");
    if (defaults != null) {
      try {
        for (KnownFailure k : KnownFailureCatalog.parse(KnownFailureCatalog.DEFAULT_FILE + ".md", defaults)) {
          defaultIds.put(k.id(), k.id());
        }
      } catch (IllegalArgumentException e) {
        // Reported below with the file's other problems.
      }
    }
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(files).entrySet()) {
      String path = e.getKey();
      String text = e.getValue();
      if (path.startsWith(KNOWN_FAILURES) && path.endsWith(".md")) {
        knownFailures(path, text, today, defaultIds, out);
      } else if (path.startsWith(PROMPTS) && path.endsWith(".md")) {
        prompt(path, text, out);
      } else if (path.startsWith(PROMPTS) && path.endsWith(".jsonl")) {
        cases(path, text, out);
      } else if (path.equals(Owners.FILE)) {
        owners(text, out);
      }
    }
    return out;
  }

  static void knownFailures(String path, String text, LocalDate today, Map<String, String> defaultIds,
      List<Problem> out) {
    String fileName = path.substring(KNOWN_FAILURES.length());
    if (fileName.contains("/")) {
      return;
    }
    if (!fileName.matches("[a-z0-9_][a-z0-9_.-]*\\.md")) {
      out.add(new Problem(path, 0, "file name must be <service>.md in lowercase letters, digits, '.', '_' or '-'"
          + " (the service is the last part of the log group)"));
      return;
    }
    List<KnownFailure> entries;
    try {
      entries = KnownFailureCatalog.parse(fileName, text);
    } catch (IllegalArgumentException e) {
      out.add(located(path, e));
      return;
    }
    boolean isDefault = fileName.equals(KnownFailureCatalog.DEFAULT_FILE + ".md");
    for (KnownFailure k : entries) {
      int line = headingLine(text, k.id());
      if (!isDefault && defaultIds.containsKey(k.id())) {
        out.add(new Problem(path, line, "id " + k.id() + " is also used in _default.md; ids must be unique per service"));
      }
      for (String m : k.match()) {
        int at = lineOf(text, m, line);
        if (m.length() > MAX_MATCH_CHARS) {
          out.add(new Problem(path, at, "match text longer than " + MAX_MATCH_CHARS + " characters will rarely match"));
        }
        if (VARIABLE.matcher(m).find()) {
          out.add(new Problem(path, at, "match text contains a timestamp, id, <*> or redaction marker: keep only the"
              + " constant part of the error"));
        }
      }
      if (k.suppress()) {
        if (k.category() == Category.SECURITY) {
          out.add(new Problem(path, line, k.id() + ": security failures are never suppressed"));
        }
        if (k.expires() == null) {
          out.add(new Problem(path, line, k.id() + ": a suppression needs an expires: date"));
        } else if (today != null && k.expires().isBefore(today)) {
          out.add(new Problem(path, lineOf(text, "- expires:", line), k.id() + ": suppression expired on "
              + k.expires() + "; remove it or set a new date"));
        }
        if (k.match().isEmpty()) {
          out.add(new Problem(path, line, k.id() + ": a suppression needs a match text"));
        }
      }
    }
  }

  static void prompt(String path, String text, List<Problem> out) {
    Matcher m = PLACEHOLDER.matcher(text);
    boolean bad = false;
    boolean message = false;
    while (m.find()) {
      int line = lineAt(text, m.start());
      String key = m.group(1).strip();
      if (m.group(2) == null) {
        out.add(new Problem(path, line, "unclosed {{"));
        bad = true;
      } else if (!PromptTemplate.PLACEHOLDERS.contains(key)) {
        out.add(new Problem(path, line, "unknown placeholder {{" + key + "}}; known: "
            + new java.util.TreeSet<>(PromptTemplate.PLACEHOLDERS)));
        bad = true;
      }
      message |= key.equals("message");
    }
    if (path.equals(PROMPT) && !message) {
      out.add(new Problem(path, 1, "the prompt must contain {{message}}"));
      bad = true;
    }
    if (!bad && path.equals(PROMPT)) {
      try {
        PromptTemplate.parse(path, text);
      } catch (IllegalArgumentException e) {
        out.add(new Problem(path, 1, e.getMessage()));
      }
    }
  }

  static void cases(String path, String text, List<Problem> out) {
    int lineNo = 0;
    for (String line : text.split("\n", -1)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = JSON.readTree(line);
      } catch (Exception e) {
        out.add(new Problem(path, lineNo, "not a JSON object"));
        continue;
      }
      if (n == null || !n.isObject()) {
        out.add(new Problem(path, lineNo, "not a JSON object"));
      } else if (!n.path("message").isTextual() || n.path("message").asText().isBlank()) {
        out.add(new Problem(path, lineNo, "needs a non-empty string \"message\""));
      } else if (Category.parse(n.path("category").asText("")).isEmpty()) {
        out.add(new Problem(path, lineNo,
            "\"category\" must be one of transient, dependency, application, security, unknown"));
      }
    }
  }

  static void owners(String text, List<Problem> out) {
    try {
      Owners.parse(text);
    } catch (IllegalArgumentException e) {
      out.add(located(Owners.FILE, e));
    }
  }

  private static Problem located(String path, IllegalArgumentException e) {
    Matcher m = LOCATED.matcher(e.getMessage() == null ? "" : e.getMessage());
    return m.matches() ? new Problem(path, Integer.parseInt(m.group(2)), m.group(3))
        : new Problem(path, 0, String.valueOf(e.getMessage()));
  }

  private static int headingLine(String text, String id) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().equals("## " + id)) {
        return i + 1;
      }
    }
    return 1;
  }

  /** First line at or after {@code from} that contains the needle (1 when absent). */
  private static int lineOf(String text, String needle, int from) {
    String[] lines = text.split("\n", -1);
    for (int i = Math.max(0, from - 1); i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    return Math.max(1, from);
  }

  private static int lineAt(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
