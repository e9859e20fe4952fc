package dev.logsift.classify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.core.JsonStreams;
import dev.logsift.core.UnusableModelOutputException;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Strict reading of an InvokeModel response. Problems are named by what is wrong, never by what the model
 * wrote: its text may echo the log line, and exception messages end up in our logs.
 */
final class ModelAnswer {
  static final List<String> FIELDS = List.of("category", "confidence", "summary", "first_response", "known_failure_id");

  private ModelAnswer() {}

  static JsonNode read(String body) {
    try {
      JsonNode root = JsonStreams.read(body);
      if (root == null || !root.isObject()) {
        throw unusable("response body is not a JSON object");
      }
      return root;
    } catch (IOException e) {
      throw unusable("response body is not valid JSON");
    }
  }

  /** Tokens as billed; zero when the response has no usage block. */
  static ModelUsage usage(JsonNode root, double inputUsdPerToken, double outputUsdPerToken) {
    JsonNode u = root.path("usage");
    long in = Math.max(0, u.path("input_tokens").asLong(0));
    long out = Math.max(0, u.path("output_tokens").asLong(0));
    return new ModelUsage(in, out, in * inputUsdPerToken + out * outputUsdPerToken);
  }

  static Classification classification(JsonNode root, Set<String> knownIds, ModelUsage usage) {
    String stop = root.path("stop_reason").asText("");
    if (stop.equals("max_tokens")) {
      throw unusable("answer was cut off (stop_reason max_tokens)");
    }
    JsonNode content = root.path("content");
    if (!content.isArray() || content.isEmpty()) {
      throw unusable("response has no content blocks");
    }
    if (content.size() != 1) {
      throw unusable("response has " + content.size() + " content blocks, expected exactly one tool_use");
    }
    JsonNode block = content.get(0);
    String type = block.path("type").asText("");
    if (type.equals("text")) {
      throw unusable("model answered with text instead of calling the classify tool");
    }
    if (!type.equals("tool_use")) {
      throw unusable("content block is not a tool_use");
    }
    if (!AnthropicBody.TOOL.equals(block.path("name").asText(""))) {
      throw unusable("model called a tool other than classify");
    }
    if (!stop.equals("tool_use")) {
      throw unusable("stop_reason is " + (stop.matches("[a-z_]{1,32}") ? stop : "unexpected") + ", expected tool_use");
    }
    JsonNode input = block.path("input");
    if (!input.isObject()) {
      throw unusable("tool input is not a JSON object");
    }
    int extra = 0;
    for (Iterator<String> it = input.fieldNames(); it.hasNext(); ) {
      if (!FIELDS.contains(it.next())) {
        extra++;
      }
    }
    if (extra > 0) {
      throw unusable("tool input has " + extra + " unexpected field(s)");
    }
    // Exact lowercase wire names only: the schema offers nothing else, so anything else is off-contract.
    String cat = text(input, "category");
    Category category = Category.parse(cat).filter(c -> c.wire().equals(cat))
        .orElseThrow(() -> unusable("category is not one of the five"));
    String conf = text(input, "confidence");
    Confidence confidence = Confidence.parse(conf).filter(c -> c.wire().equals(conf))
        .orElseThrow(() -> unusable("confidence is not high, medium or low"));
    String summary = paragraph(input, "summary", AnthropicBody.SUMMARY_CHARS);
    String firstResponse = paragraph(input, "first_response", AnthropicBody.FIRST_RESPONSE_CHARS);
    String knownId = text(input, "known_failure_id").strip();
    if (!knownId.isEmpty() && !knownIds.contains(knownId)) {
      throw unusable("known_failure_id is not a known failure of this service");
    }
    return new Classification(category, confidence, summary, firstResponse, knownId.isEmpty() ? null : knownId,
        Source.MODEL, null, usage);
  }

  private static String paragraph(JsonNode input, String field, int max) {
    String v = PromptInputs.stripControls(text(input, field)).replaceAll("\\s+", " ").strip();
    if (v.isEmpty()) {
      throw unusable(field + " is empty");
    }
    if (v.length() > max) {
      throw unusable(field + " is longer than " + max + " characters");
    }
    return v;
  }

  private static String text(JsonNode input, String field) {
    JsonNode v = input.get(field);
    if (v == null) {
      throw unusable("tool input lacks " + field);
    }
    if (!v.isTextual()) {
      throw unusable(field + " is not a string");
    }
    return v.asText();
  }

  private static UnusableModelOutputException unusable(String problem) {
    return new UnusableModelOutputException("bedrock: " + problem);
  }
}
