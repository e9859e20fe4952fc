package dev.logsift.ingest;

import dev.logsift.core.JsonStreams;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/** Builds the event Lambda receives from a subscription filter; used by `logsift event` and tests. */
public final class SubscriptionEncoder {
  private static final JsonFactory JSON = JsonStreams.FACTORY;

  /** The decoded payload JSON (what CloudWatch gzips), pretty-printed for reading. */
  public String payloadJson(LogBatch batch, boolean pretty) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("messageType", batch.messageType());
      g.writeStringField("owner", batch.owner());
      g.writeStringField("logGroup", batch.logGroup());
      g.writeStringField("logStream", batch.logStream());
      g.writeArrayFieldStart("subscriptionFilters");
      for (String f : batch.subscriptionFilters()) {
        g.writeString(f);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("logEvents");
      for (LogEvent e : batch.logEvents()) {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeNumberField("timestamp", e.timestamp());
        g.writeStringField("message", e.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The Lambda event: {"awslogs":{"data":"base64(gzip(payload))"}}. */
  public String envelopeJson(LogBatch batch) {
    return envelopeForPayload(payloadJson(batch, false).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Wraps raw payload bytes (which may be deliberately malformed in tests). */
  public String envelopeForPayload(byte[] payload) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String data = Base64.getEncoder().encodeToString(bytes.toByteArray());
    return "{\"awslogs\":{\"data\":\"" + data + "\"}}";
  }
}
