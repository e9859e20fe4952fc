package dev.logsift.classify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.core.JsonStreams;
import java.util.Collection;

/** The InvokeModel request body in Anthropic's messages format, with the one forced tool `classify`. */
final class AnthropicBody {
  static final String ANTHROPIC_VERSION = "bedrock-2023-05-31";
  static final String TOOL = "classify";
  static final int SUMMARY_CHARS = 200;
  static final int FIRST_RESPONSE_CHARS = 400;

  private AnthropicBody() {}

  /** @param knownIds the service's known-failure ids, offered as the only non-empty values of known_failure_id */
  static String build(String prompt, Collection<String> knownIds, int maxTokens) {
    ObjectNode body = JsonStreams.object();
    body.put("anthropic_version", ANTHROPIC_VERSION);
    body.put("max_tokens", maxTokens);
    // Same fingerprint, same answer: a card should not change between retries of a batch.
    body.put("temperature", 0);
    ObjectNode message = body.putArray("messages").addObject();
    message.put("role", "user");
    message.put("content", prompt);
    body.putArray("tools").add(tool(knownIds));
    ObjectNode choice = body.putObject("tool_choice");
    choice.put("type", "tool");
    choice.put("name", TOOL);
    return JsonStreams.text(body);
  }

  private static ObjectNode tool(Collection<String> knownIds) {
    ObjectNode tool = JsonStreams.object();
    tool.put("name", TOOL);
    tool.put("description", "Record the classification of one production error log line.");
    ObjectNode schema = tool.putObject("input_schema");
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    ArrayNode required = schema.putArray("required");
    ObjectNode props = schema.putObject("properties");
    ArrayNode categories = string(props, required, "category", "Exactly one of the five categories.").putArray("enum");
    for (Category c : Category.values()) {
      categories.add(c.wire());
    }
    ArrayNode confidences = string(props, required, "confidence", "How sure the classification is.").putArray("enum");
    for (Confidence c : Confidence.values()) {
      confidences.add(c.wire());
    }
    string(props, required, "summary", "One sentence: what failed.").put("maxLength", SUMMARY_CHARS);
    string(props, required, "first_response", "One or two sentences: the first thing on-call should check or do.")
        .put("maxLength", FIRST_RESPONSE_CHARS);
    ArrayNode ids = string(props, required, "known_failure_id", "Id of the matching known failure, or empty.")
        .putArray("enum");
    ids.add("");
    knownIds.forEach(ids::add);
    return tool;
  }

  private static ObjectNode string(ObjectNode props, ArrayNode required, String name, String description) {
    required.add(name);
    ObjectNode p = props.putObject(name);
    p.put("type", "string");
    p.put("description", description);
    return p;
  }
}
