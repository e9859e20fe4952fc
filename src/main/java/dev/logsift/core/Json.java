package dev.logsift.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one thread-safe, shared mapper (and its JsonFactory for streaming); configured here only, so every
 * adapter reads and writes JSON alike and a change of limits applies everywhere at once.
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper(JsonStreams.FACTORY);

  private Json() {}

  public static byte[] bytes(ObjectNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serialises; reaching this is a bug, not a downstream problem.
      throw new IllegalStateException("cannot serialise chat payload", e);
    }
  }

  /** The parsed body, or a missing node when it is not JSON (a proxy's HTML page, an empty body). */
  public static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }
}
