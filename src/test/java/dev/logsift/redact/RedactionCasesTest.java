package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Realistic and hostile lines with their expected redaction, from src/test/resources/redact/cases.jsonl. */
class RedactionCasesTest {
  private static final PatternRedactor REDACTOR = new PatternRedactor();
  private static final PatternRedactor EVERY_RULE = new PatternRedactor(RuleFile.load(PatternRedactor.RULES), false);

  static List<Arguments> cases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = RedactionCasesTest.class.getResourceAsStream("/redact/cases.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          out.add(Arguments.of(n.get("name").asText(), n.get("in").asText(), n.get("out").asText()));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void redactsAsExpected(String name, String in, String expected) {
    assertEquals(expected, REDACTOR.redact(in));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isIdempotent(String name, String in, String expected) {
    assertEquals(expected, REDACTOR.redact(expected));
  }

  /** A trigger missing from the rules file would let the pre-scan skip a rule that matches: a leak. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void preScanSkipsNothingThatWouldMatch(String name, String in, String expected) {
    assertEquals(EVERY_RULE.redact(in), REDACTOR.redact(in));
  }

  @Test
  void fixtureCoversEveryKindOfRule() throws IOException {
    List<String> outputs = cases().stream().map(a -> (String) a.get()[2]).toList();
    for (String kind : REDACTOR.kinds()) {
      assertTrue(outputs.stream().anyMatch(o -> o.contains("[REDACTED:" + kind + "]")), "no case for " + kind);
    }
  }
}
