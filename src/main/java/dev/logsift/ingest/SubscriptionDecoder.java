package dev.logsift.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.logsift.core.BadInputException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
  /** A 1 MB compressed payload of repetitive logs can inflate a lot; never more than this (gzip bombs). */
  public static final int MAX_DECOMPRESSED_BYTES = 128 * 1024 * 1024;

  /** Share of the heap the inflated payload may take (see maxInflatedBytes). */
  static final int HEAP_SHARE = 8;
  /** A key given twice is ambiguous (which messageType?): refused rather than guessed. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // The inflating stream is drained after the parser is done (see drain), so the parser must not close it.
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private final long maxInflatedBytes;

  /** Caps inflation by the heap of this JVM. */
  public SubscriptionDecoder() {
    this(maxInflatedBytes(Runtime.getRuntime().maxMemory()));
  }

  /** @param maxInflatedBytes refuse payloads that inflate past this */
  public SubscriptionDecoder(long maxInflatedBytes) {
    this.maxInflatedBytes = maxInflatedBytes;
  }

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
    return inflateAndParse(gz);
  }

  /**
   * Inflates and parses in one stream: only the parsed events are held, never the inflated bytes, so
   * the worst case is bounded by the cap and not by three copies of it.
   */
  private LogBatch inflateAndParse(byte[] gz) {
    CappedInputStream in;
    try {
      in = new CappedInputStream(new GZIPInputStream(new ByteArrayInputStream(gz), 64 * 1024), maxInflatedBytes);
    } catch (IOException e) {
      throw new BadInputException("awslogs.data is not valid gzip");
    }
    // InputStreamReader replaces malformed UTF-8 with U+FFFD: one bad byte must not lose 10,000 events.
    try (JsonParser p = JSON.createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      LogBatch batch = parse(p);
      drain(in);
      return batch;
    } catch (StreamConstraintsException e) {
      drain(in);
      throw new BadInputException("decoded payload has a value past the parser's limits", null);
    } catch (JacksonException e) {
      drain(in);
      boolean duplicate = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
      throw new BadInputException(duplicate ? "decoded payload has a duplicate key"
          : "decoded payload is not valid JSON (" + e.getClass().getSimpleName() + ")", null);
    } catch (IOException e) {
      throw gzipError(e);
    }
  }

  /**
   * Reads what the parser left, so a gzip bomb or a corrupt stream is named as such even when the JSON
   * broke first or ended early.
   */
  private static void drain(InputStream in) {
    byte[] buf = new byte[64 * 1024];
    try {
      while (in.read(buf) >= 0) {
        // only counted and checked
      }
    } catch (IOException e) {
      throw gzipError(e);
    }
  }

  private static BadInputException gzipError(IOException e) {
    return e instanceof ZipException ? new BadInputException("awslogs.data is not valid gzip")
        : new BadInputException("awslogs.data gzip stream is truncated or corrupt");
  }

  /**
   * The largest inflated payload we accept: a share of the heap, so parsing it (events are held as
   * strings, up to two bytes a character) and processing it fit, and never more than 128 MB.
   */
  public static long maxInflatedBytes(long maxHeapBytes) {
    return Math.max(1024 * 1024, Math.min(MAX_DECOMPRESSED_BYTES, maxHeapBytes / HEAP_SHARE));
  }

  /** Counts inflated bytes and refuses past the cap, before they are buffered anywhere. */
  private static final class CappedInputStream extends FilterInputStream {
    private final long cap;
    private long seen;

    CappedInputStream(InputStream in, long cap) {
      super(in);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      seen += n;
      if (seen > cap) {
        throw new BadInputException("awslogs.data inflates past " + cap + " bytes (the limit for this heap)");
      }
    }
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

  private static LogBatch parse(JsonParser p) throws IOException {
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
