package dev.logsift.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aMetricLineCarriesTheFunctionNameAsItsDimension() throws Exception {
    JsonNode line = JSON.readTree(Metrics.line("CostCeilingHit", 1, "Count", "shop-logsift-classifier", 1_795_766_400_000L));
    JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
    assertEquals("logsift", directive.path("Namespace").asText());
    assertEquals("[[\"FunctionName\"]]", directive.path("Dimensions").toString());
    assertEquals("CostCeilingHit", directive.path("Metrics").get(0).path("Name").asText());
    assertEquals("shop-logsift-classifier", line.path("FunctionName").asText());
    assertEquals(1, line.path("CostCeilingHit").asInt());
    assertEquals(1_795_766_400_000L, line.path("_aws").path("Timestamp").asLong());
  }

  @Test
  void nonFiniteValuesAreNeverWritten() {
    assertNull(Metrics.line("ModelTokens", Double.NaN, "Count", "f", 0));
    assertNull(Metrics.line("ModelTokens", Double.POSITIVE_INFINITY, "Count", "f", 0));
    assertNull(Metrics.line("ModelTokens", Double.NEGATIVE_INFINITY, "Count", "f", 0));
  }

  @Test
  void fractionsStayFractions() throws Exception {
    assertEquals(0.25, JSON.readTree(Metrics.line("CostUsd", 0.25, "None", "f", 0)).path("CostUsd").asDouble());
    assertEquals("{\"_aws\":{\"Timestamp\":0,\"CloudWatchMetrics\":[{\"Namespace\":\"logsift\",\"Dimensions\":"
        + "[[\"FunctionName\"]],\"Metrics\":[{\"Name\":\"ModelTokens\",\"Unit\":\"Count\"}]}]},\"FunctionName\":\"f\","
        + "\"ModelTokens\":1200}", Metrics.line("ModelTokens", 1200, "Count", "f", 0));
  }
}
