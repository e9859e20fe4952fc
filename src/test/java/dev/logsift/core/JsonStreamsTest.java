package dev.logsift.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hot path's tree reads and writes must match the data-binding mapper's, which they replace there. */
class JsonStreamsTest {
  private static final List<String> DOCUMENTS = List.of(
      "{\"id\":\"1187\",\"type\":0,\"channel_id\":\"1187000000000000001\",\"webhook_id\":\"11872\"}",
      "{\"content\":[{\"type\":\"tool_use\",\"input\":{\"category\":\"application\",\"known_failure_id\":\"\"}}],"
          + "\"usage\":{\"input_tokens\":812,\"output_tokens\":96},\"stop_sequence\":null}",
      "[{\"f\":\"ab12\",\"s\":\"checkout\",\"n\":9007199254740993,\"x\":[\"NEW\",\"SPIKE\"]},{\"f\":\"cd\",\"x\":[]}]",
      "{\"b\":1795766400,\"c\":12,\"e\":3.25,\"r\":true,\"l\":-1,\"a\":0,\"g\":{\"/ecs/a\":4,\"/ecs/b\":1}}",
      "{\"big\":123456789012345678901234567890,\"tiny\":1.0E-300,\"neg\":-0.5,\"t\":true,\"f\":false}",
      "{\"text\":\"quotes \\\" backslash \\\\ tab \\t nl \\n unicode \\u00e9 \\ud83d\\ude00 \\u0000\"}",
      "{\"dup\":1,\"dup\":2}",
      "\"just a string\"",
      "42",
      "null",
      "[]",
      "{}");

  @Test
  void readsTreesAsTheMapperDoes() throws IOException {
    for (String doc : DOCUMENTS) {
      JsonNode ours = JsonStreams.read(doc);
      JsonNode mapper = Json.MAPPER.readTree(doc);
      assertEquals(mapper, ours, doc);
      assertNodeTypes(mapper, ours, doc);
    }
  }

  @Test
  void writesTreesAsTheMapperDoes() throws IOException {
    for (String doc : DOCUMENTS) {
      JsonNode tree = Json.MAPPER.readTree(doc);
      assertEquals(Json.MAPPER.writeValueAsString(tree), JsonStreams.text(tree), doc);
      assertArrayEquals(Json.MAPPER.writeValueAsBytes(tree), JsonStreams.bytes(tree), doc);
    }
    ObjectNode built = JsonStreams.object().put("i", 1).put("l", 1L << 40).put("d", 0.1).put("s", "é")
        .put("bd", new BigDecimal("1.50")).put("bi", BigInteger.TEN.pow(30)).put("b", false).putNull("n");
    built.putArray("a").add(1).add("two").addObject().put("three", 3);
    assertEquals(Json.MAPPER.writeValueAsString(built), JsonStreams.text(built));
    assertEquals(new String(JsonStreams.bytes(built), StandardCharsets.UTF_8), JsonStreams.text(built));
  }

  @Test
  void emptyTextIsMissingAndMalformedTextFailsOrIsMissing() {
    assertTrue(JsonStreams.parse("").isMissingNode());
    assertTrue(JsonStreams.parse(null).isMissingNode());
    assertTrue(JsonStreams.parse("<html>bad gateway</html>").isMissingNode());
    assertTrue(JsonStreams.parse("{\"cut\":").isMissingNode());
    assertThrows(IOException.class, () -> JsonStreams.read("{\"cut\":"));
  }

  private static void assertNodeTypes(JsonNode expected, JsonNode actual, String doc) {
    assertEquals(expected.getClass(), actual.getClass(), doc);
    if (expected.isContainerNode()) {
      var names = expected.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        assertNodeTypes(expected.get(n), actual.get(n), doc);
      }
      for (int i = 0; i < expected.size() && expected.isArray(); i++) {
        assertNodeTypes(expected.get(i), actual.get(i), doc);
      }
    }
  }
}
