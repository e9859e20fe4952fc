package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {
  @Test
  void rendersInOnePassSoPlaceholdersInsideValuesStayLiteral() {
    PromptTemplate t = PromptTemplate.parse("t.md", "S={{service}} M=<{{message}}> K={{ known_failures_excerpt }}");

    String out = t.render(Map.of("service", "checkout", "message", "boom {{service}} {{known_failures_excerpt}} {{",
        "known_failures_excerpt", "{{message}}"));

    assertEquals("S=checkout M=<boom {{service}} {{known_failures_excerpt}} {{> K={{message}}", out);
  }

  @Test
  void missingValuesRenderEmpty() {
    PromptTemplate t = PromptTemplate.parse("t.md", "[{{log_group}}]{{message}}");
    Map<String, String> values = new HashMap<>();
    values.put("message", "m");

    assertEquals("[]m", t.render(values));
  }

  @Test
  void anUnknownPlaceholderFailsAtLoad() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PromptTemplate.parse("prompts/x.md", "{{message}} {{sevrice}}"));

    assertTrue(e.getMessage().contains("prompts/x.md: unknown placeholder {{sevrice}}"), e.getMessage());
  }

  @Test
  void anUnclosedPlaceholderFailsAtLoad() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PromptTemplate.parse("prompts/x.md", "{{message}} and {{service"));

    assertTrue(e.getMessage().contains("unclosed {{"), e.getMessage());
  }

  @Test
  void aPromptWithoutTheMessageFailsAtLoad() {
    assertThrows(IllegalArgumentException.class, () -> PromptTemplate.parse("prompts/x.md", "{{service}} only"));
  }

  @Test
  void aMissingPromptInTheJarFailsClearly() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PromptTemplate.load(null, "nope.md"));

    assertTrue(e.getMessage().contains("prompts/nope.md"), e.getMessage());
  }
}
