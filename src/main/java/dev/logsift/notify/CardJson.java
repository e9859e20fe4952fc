package dev.logsift.notify;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.logsift.classify.Classification;
import java.io.IOException;

/** The card as one JSON object: the `replay --json` contract (fields are only ever added). */
public final class CardJson {
  private CardJson() {}

  public static void write(JsonGenerator g, Card c, String status, Delivery d) throws IOException {
    Classification cl = c.classification();
    g.writeStartObject();
    g.writeStringField("status", status);
    g.writeStringField("title", CardText.title(c));
    g.writeStringField("fingerprint", c.fingerprint());
    g.writeStringField("service", c.service());
    g.writeStringField("log_group", c.logGroup());
    if (c.owner() != null) {
      g.writeStringField("owner", c.owner());
    }
    g.writeStringField("category", cl.category().wire());
    g.writeStringField("confidence", cl.confidence().wire());
    g.writeStringField("summary", cl.summary());
    g.writeStringField("first_response", cl.firstResponse());
    g.writeBooleanField("first_response_is_proposal", true);
    g.writeStringField("source", cl.source().wire());
    if (cl.knownFailureId() != null) {
      g.writeStringField("known_failure", cl.knownFailureId());
    }
    if (cl.note() != null) {
      g.writeStringField("note", cl.note());
    }
    g.writeNumberField("occurrences", c.occurrences());
    g.writeNumberField("suppressed_since_last_report", c.suppressedSinceLastReport());
    g.writeArrayFieldStart("flags");
    for (String f : c.flags()) {
      g.writeString(f);
    }
    g.writeEndArray();
    if (c.firstSeen() != null) {
      g.writeStringField("first_seen", c.firstSeen().toString());
    }
    g.writeStringField("template", c.template());
    g.writeStringField("sample", c.sample());
    if (cl.usage().inputTokens() > 0 || cl.usage().outputTokens() > 0) {
      g.writeObjectFieldStart("model_usage");
      g.writeNumberField("input_tokens", cl.usage().inputTokens());
      g.writeNumberField("output_tokens", cl.usage().outputTokens());
      g.writeNumberField("estimated_cost_usd", cl.usage().estimatedCostUsd());
      g.writeEndObject();
    }
    if (d != null) {
      g.writeObjectFieldStart("delivery");
      g.writeStringField("destination", d.destination());
      g.writeStringField("channel", d.channel());
      g.writeStringField("message_id", d.messageId());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
