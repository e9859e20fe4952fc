package dev.logsift.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads {"service","message","category"} lines; a malformed line fails with its file and line number. */
record LabelledCases(String file, List<Case> cases) {
  record Case(int line, String service, String message, Category category) {}

  private static final Set<String> OPTIONAL = Set.of("category", "message", "service", "id", "reason", "split");

  static LabelledCases read(Path path) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      Set<String> fields = new TreeSet<>();
      node.fieldNames().forEachRemaining(fields::add);
      if (!fields.containsAll(Set.of("category", "message", "service")) || !OPTIONAL.containsAll(fields)) {
        throw new IllegalArgumentException(path + ":" + n + ": fields must be service, message, category (and id, reason, split)");
      }
      String cat = node.get("category").asText();
      int at = n;
      Category c = Category.parse(cat).filter(x -> x.wire().equals(cat))
          .orElseThrow(() -> new IllegalArgumentException(path + ":" + at + ": bad category"));
      if (node.get("message").asText().isBlank() || node.get("service").asText().isBlank()) {
        throw new IllegalArgumentException(path + ":" + n + ": empty service or message");
      }
      out.add(new Case(n, node.get("service").asText(), node.get("message").asText(), c));
    }
    return new LabelledCases(path.toString(), List.copyOf(out));
  }

  static ClassifyRequest request(Case c) {
    return new ClassifyRequest(c.service(), "/ecs/" + c.service(), "fp", c.message(), c.message());
  }
}
