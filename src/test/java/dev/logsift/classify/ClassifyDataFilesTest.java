package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped data files (known failures, prompt, eval set) parse and mean what they say. */
class ClassifyDataFilesTest {
  private static List<Path> knownFailureFiles() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("known-failures"))) {
      return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static List<String> sampleLines() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("events/source"))) {
      for (Path p : s.filter(x -> x.toString().endsWith(".jsonl")).toList()) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(json.readTree(line).get("message").asText());
          }
        }
      }
    }
    return out;
  }

  @Test
  void everyKnownFailuresFileParses() throws Exception {
    List<Path> files = knownFailureFiles();
    for (Path p : files) {
      List<KnownFailure> entries = KnownFailureCatalog.parse(p.getFileName().toString(), Files.readString(p));
      assertFalse(entries.isEmpty(), p + " has no entries");
      for (KnownFailure k : entries) {
        assertFalse(k.match().isEmpty(), k.id() + " has no match text");
        assertFalse(k.description().isBlank(), k.id() + " has no description");
        if (k.suppress()) {
          assertNotNull(k.expires(), k.id() + ": a suppression needs an expiry");
          assertTrue(k.category() != Category.SECURITY, k.id() + ": security failures are never suppressed");
        }
      }
    }
  }

  @Test
  void theFormatDocumentationInAKnownFailuresFileIsNotParsedAsEntries() throws Exception {
    for (Path p : knownFailureFiles()) {
      for (KnownFailure k : KnownFailureCatalog.parse(p.getFileName().toString(), Files.readString(p))) {
        assertFalse(k.id().equals("checkout-null-shipping"), p + ": the commented example is not an entry");
      }
    }
  }

  @Test
  void exampleServiceEntriesMatchTheSampleEvents() throws Exception {
    Path examples = Path.of("examples/known-failures");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(examples), "no examples in this checkout");
    List<String> lines = sampleLines();
    for (String service : List.of("checkout", "payments")) {
      Path p = examples.resolve(service + ".md");
      if (!Files.isRegularFile(p)) {
        continue;
      }
      for (KnownFailure k : KnownFailureCatalog.parse(service + ".md", Files.readString(p))) {
        for (String m : k.match()) {
          KnownFailure single = new KnownFailure(k.id(), k.category(), "", List.of(m), false, null, "", k.file());
          assertTrue(lines.stream().anyMatch(single::matches), k.id() + ": match text hits no sample line: " + m);
        }
      }
    }
  }

  @Test
  void theShippedPromptParsesFromTheDirectoryAndTheJar() throws Exception {
    String text = Files.readString(Path.of("prompts/classify.md"));
    for (String placeholder : PromptTemplate.PLACEHOLDERS) {
      if (PromptTemplate.OPTIONAL.contains(placeholder)) {
        continue;
      }
      assertTrue(text.contains("{{" + placeholder + "}}"), "prompt uses {{" + placeholder + "}}");
    }
    PromptTemplate dir = PromptTemplate.load(Path.of("prompts"), "classify.md");
    PromptTemplate jar = PromptTemplate.load(null, "classify.md");

    Map<String, String> v = Map.of("service", "s", "log_group", "g", "message", "M", "known_failures_excerpt", "K",
        "root_cause", "R");
    assertEquals(dir.render(v), jar.render(v));
    String rendered = dir.render(v);
    assertTrue(rendered.contains("<log_message>\nM\n</log_message>"), rendered);
    assertTrue(rendered.contains("<root_cause>\nR\n</root_cause>"), rendered);
    assertEquals(1, rendered.split("<log_message>", -1).length - 1, "the prompt itself opens the block once");
    assertEquals(1, rendered.split("<root_cause>", -1).length - 1, "the prompt itself opens the block once");
  }

  @Test
  void thePromptStatesTheTaxonomy() throws Exception {
    // The design's five definitions, the decision order and the borderline sentences of ../shared/taxonomy.md.
    String text = Files.readString(Path.of("prompts/classify.md")).replaceAll("\\s+", " ");
    for (String s : List.of(
        "transient: transient network/timeout issues: network glitches, timeouts, rate limits that may recover via retry.",
        "dependency: abnormalities in external dependencies (DB / API / SaaS).",
        "application: defects in our own code (NullPointerException, unhandled exception, assertion violations).",
        "security: authentication failures, insufficient permissions, unexpected operations (IAM AccessDenied, SSL verification failures, CORS rejections).",
        "unknown: none of the above with confidence.",
        "the first one that matches wins",
        "Transient versus dependency in one sentence",
        "Hikari pool timeouts are transient",
        "Wrapper text never decides")) {
      assertTrue(text.contains(s), "prompt lacks: " + s);
    }
    int[] order = {text.indexOf("1. security"), text.indexOf("2. transient"), text.indexOf("3. dependency"),
        text.indexOf("4. transient"), text.indexOf("5. application"), text.indexOf("6. unknown")};
    for (int i = 0; i < order.length; i++) {
      assertTrue(order[i] > 0 && (i == 0 || order[i] > order[i - 1]), "rule " + (i + 1) + " out of order");
    }
  }

  @Test
  void theEvalSetCoversEveryCategory() throws Exception {
    LabelledCases cases = LabelledCases.read(Path.of("prompts/eval-cases.jsonl"));
    Map<Category, Integer> counts = new EnumMap<>(Category.class);
    cases.cases().forEach(c -> counts.merge(c.category(), 1, Integer::sum));

    assertTrue(cases.cases().size() >= 55, "eval cases " + cases.cases().size());
    for (Category c : Category.values()) {
      assertTrue(counts.getOrDefault(c, 0) >= 8, c + " has " + counts.get(c));
    }
  }
}
