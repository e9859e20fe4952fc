package dev.logsift.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.core.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import dev.logsift.core.BadInputException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The stored form of a correction: one flat JSON object, snake_case, fields only ever added. */
final class CorrectionJson {
  static final ObjectMapper MAPPER = Json.MAPPER;

  private CorrectionJson() {}

  static byte[] write(Correction c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("fingerprint", c.fingerprint());
    o.put("service", c.service());
    o.put("log_group", c.logGroup());
    o.put("original_category", c.original().wire());
    o.put("original_confidence", c.originalConfidence() == null ? null : c.originalConfidence().wire());
    o.put("verdict", c.verdict());
    o.put("reason", c.reason());
    o.put("who", c.who());
    o.put("when", c.at().toString());
    o.put("source", c.source());
    o.put("channel", c.channel());
    o.put("message_id", c.messageId());
    o.put("card_link", c.cardLink());
    o.put("card_posted_at", c.cardPostedAt() == null ? null : c.cardPostedAt().toString());
    o.put("sample", c.sample());
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise a correction", e);
    }
  }

  /** Errors name the key and the field, never the content. */
  static Correction read(String key, byte[] body) {
    JsonNode o;
    try {
      o = MAPPER.readTree(body);
    } catch (IOException e) {
      throw new BadInputException(key + ": not valid JSON");
    }
    if (o == null || !o.isObject()) {
      throw new BadInputException(key + ": not a JSON object");
    }
    Category original = Category.parse(text(o, "original_category"))
        .orElseThrow(() -> new BadInputException(key + ": bad original_category"));
    String verdict = text(o, "verdict");
    Category corrected = null;
    if (!Correction.CONFIRMED.equals(verdict)) {
      corrected = Category.parse(verdict).orElseThrow(() -> new BadInputException(key + ": bad verdict"));
    }
    try {
      return new Correction(text(o, "fingerprint"), text(o, "service"), text(o, "log_group"), original,
          Confidence.parse(text(o, "original_confidence")).orElse(null), corrected, text(o, "reason"),
          text(o, "who"), Instant.parse(text(o, "when")), text(o, "source"), text(o, "channel"),
          text(o, "message_id"), text(o, "card_link"), text(o, "sample"),
          o.hasNonNull("card_posted_at") ? Instant.parse(text(o, "card_posted_at")) : null);
    } catch (DateTimeParseException | NullPointerException | IllegalArgumentException e) {
      throw new BadInputException(key + ": missing or malformed field");
    }
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
