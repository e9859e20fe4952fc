package dev.logsift.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

class JsonLinesLoggerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final InvocationContext mdc = new InvocationContext();
  private final JsonLinesLogger log = new JsonLinesLogger("dev.logsift.app.ClassifierHandler", Level.INFO, mdc);

  @Test
  void countsInTheMessageBecomeNumericFieldsAndTheInvocationFieldsAreAdded() throws Exception {
    mdc.put("aws_request_id", "8f5e2c1a-0b7d-4e1f-9a3c-2d4b6f8e0a1c");
    mdc.put("function_version", "12");
    mdc.put("cold_start", "true");
    JsonNode line = JSON.readTree(log.line(Level.INFO, "batch done events={} fingerprints={} servedBy={}",
        new Object[] {87, 12L, new java.util.TreeMap<>(Map.of("model", 3, "rules", 9))}, null));
    assertEquals("batch done events=87 fingerprints=12 servedBy={model=3, rules=9}", line.path("msg").asText());
    assertEquals("ClassifierHandler", line.path("logger").asText());
    assertTrue(line.path("events").isInt());
    assertEquals(87, line.path("events").asInt());
    assertEquals(12, line.path("fingerprints").asInt());
    assertEquals(3, line.path("served_by").path("model").asInt());
    assertEquals("8f5e2c1a-0b7d-4e1f-9a3c-2d4b6f8e0a1c", line.path("aws_request_id").asText());
    assertEquals("12", line.path("function_version").asText(), "a version is a name, not a number");
    assertTrue(line.path("cold_start").isBoolean());
    assertTrue(line.path("cold_start").asBoolean());
  }

  @Test
  void aLineAboutOneFingerprintNamesIt() throws Exception {
    JsonNode line = JSON.readTree(log.line(Level.WARN, "unusable model output for fingerprint {}: {}",
        new Object[] {"3f9a2c7e11d04b5a", "bedrock: tool input lacks category"}, null));
    assertEquals("3f9a2c7e11d04b5a", line.path("fingerprint").asText());
    assertEquals("WARN", line.path("level").asText());
  }

  @Test
  void clearedContextAddsNothingAndOurOwnKeysCannotBeOverwritten() throws Exception {
    mdc.put("aws_request_id", "r1");
    mdc.clear();
    JsonNode line = JSON.readTree(log.line(Level.INFO, "x msg={} level={} camelCase={} plain {}",
        new Object[] {"a", "b", 1.5, "c"}, new IllegalStateException("ours")));
    assertFalse(line.has("aws_request_id"));
    assertEquals("INFO", line.path("level").asText());
    assertEquals(1.5, line.path("camel_case").asDouble());
    assertEquals("IllegalStateException: ours", line.path("error").asText());
    assertEquals(5, line.size(), "level, logger, msg, camel_case, error: " + line);
  }
}
