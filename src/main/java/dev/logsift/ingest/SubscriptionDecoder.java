package dev.logsift.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logsift.core.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decodes the CloudWatch Logs subscription payload as Lambda receives it:
 * {"awslogs":{"data":"base64(gzip(JSON))"}}. Error messages name the stage that failed, never the content.
 */
public final class SubscriptionDecoder {
  /** A 1 MB compressed payload of repetitive logs can inflate a lot; past this we refuse (gzip bombs). */
  public static final int MAX_DECOMPRESSED_BYTES = 128 * 1024 * 1024;

  private static final JsonFactory JSON = new JsonFactory();

  /** Decodes the whole Lambda event envelope. */
  public LogBatch decodeEnvelope(byte[] envelopeJson) {
    String data;
    try (JsonParser p = JSON.createParser(envelopeJson)) {
      data = findAwslogsData(p);
    } catch (IOException e) {
      throw new BadInputException("event is not valid JSON (" + e.getClass().getSimpleName() + ")", null);
    }
    if (data == null) {
      throw new BadInputException("event has no awslogs.data string: not a CloudWatch Logs subscription event");
    }
    return decodeData(data);
  }

  /** Decodes the value of awslogs.data. */
  public LogBatch decodeData(String base64) {
    if (base64 == null || base64.isBlank()) {
      throw new BadInputException("awslogs.data is empty");
    }
    byte[] gz;
    try {
      gz = Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("awslogs.data is not valid base64");
    }
    byte[] raw = gunzip(gz);
    return parse(toUtf8Lenient(raw));
  }

  private static String findAwslogsData(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new BadInputException("event is not a JSON object");
    }
    String data = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      if ("awslogs".equals(name) && t == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String inner = p.currentName();
          JsonToken v = p.nextToken();
          if ("data".equals(inner) && v == JsonToken.VALUE_STRING) {
            data = p.getText();
          } else {
            p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
    }
    return data;
  }

  private static byte[] gunzip(byte[] gz) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 64 * 1024)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, gz.length * 8));
      byte[] buf = new byte[64 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + n > MAX_DECOMPRESSED_BYTES) {
          throw new BadInputException("awslogs.data inflates past " + MAX_DECOMPRESSED_BYTES + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (ZipException e) {
      throw new BadInputException("awslogs.data is not valid gzip");
    } catch (IOException e) {
      throw new BadInputException("awslogs.data gzip stream is truncated or corrupt");
    }
  }

  /** Invalid UTF-8 becomes U+FFFD instead of failing the batch: one bad byte must not lose 10,000 events. */
  static String toUtf8Lenient(byte[] raw) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(raw))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("REPLACE decoder cannot fail", e);
    }
  }

  private static LogBatch parse(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadInputException("decoded payload is not a JSON object");
      }
      String messageType = null;
      String owner = null;
      String logGroup = null;
      String logStream = null;
      List<String> filters = new ArrayList<>();
      List<LogEvent> events = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        switch (name) {
          case "messageType" -> messageType = text(p, t);
          case "owner" -> owner = text(p, t);
          case "logGroup" -> logGroup = text(p, t);
          case "logStream" -> logStream = text(p, t);
          case "subscriptionFilters" -> {
            if (t == JsonToken.START_ARRAY) {
              while (p.nextToken() != JsonToken.END_ARRAY) {
                filters.add(p.getValueAsString(""));
              }
            } else {
              p.skipChildren();
            }
          }
          case "logEvents" -> readEvents(p, t, events);
          default -> p.skipChildren();
        }
      }
      if (messageType == null) {
        throw new BadInputException("decoded payload has no messageType");
      }
      if (!LogBatch.DATA_MESSAGE.equals(messageType) && !LogBatch.CONTROL_MESSAGE.equals(messageType)) {
        throw new BadInputException("unsupported messageType (expected DATA_MESSAGE or CONTROL_MESSAGE)");
      }
      return new LogBatch(messageType, owner, logGroup, logStream, filters, events);
    } catch (IOException e) {
      throw new BadInputException("decoded payload is not valid JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static void readEvents(JsonParser p, JsonToken t, List<LogEvent> events) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      throw new BadInputException("logEvents is not an array");
    }
    JsonToken element;
    while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
      if (element != JsonToken.START_OBJECT) {
        // Skipping it would drop an event silently; the whole batch goes to the on-failure queue instead.
        throw new BadInputException("logEvents element " + events.size() + " is not an object");
      }
      String id = null;
      long ts = 0;
      String message = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        switch (f) {
          case "id" -> id = p.getValueAsString();
          case "timestamp" -> ts = p.getValueAsLong(0);
          case "message" -> message = v == JsonToken.VALUE_STRING ? p.getText() : p.getValueAsString();
          default -> { }
        }
      }
      events.add(new LogEvent(id, ts, message));
    }
  }

  private static String text(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return p.getValueAsString();
  }
}
