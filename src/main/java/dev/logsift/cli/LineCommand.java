package dev.logsift.cli;

import dev.logsift.core.JsonStreams;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Shared framing of `fingerprint` and `redact`: exactly one output line per input line, in order,
 * streaming. In JSONL mode a bad line yields {"error": ...} and processing continues.
 */
final class LineCommand {
  private static final JsonFactory JSON = JsonStreams.FACTORY;
  /** Output for a line that a stage failed on (a stack overflow on hostile text, a bug). */
  static final String UNPROCESSABLE = "[unprocessable line]";

  /** Output of one JSONL line: field names and values, written as one JSON object. */
  interface JsonResult {
    void write(JsonGenerator g) throws IOException;
  }

  static void plain(InputStream in, OutputStream out, Function<String, String> perLine) throws IOException {
    Lines lines = new Lines(in);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    String line;
    while ((line = lines.next()) != null) {
      String r;
      try {
        r = perLine.apply(line);
      } catch (StackOverflowError | RuntimeException e) {
        // One hostile line must not end the stream; its text is never echoed unprocessed.
        r = UNPROCESSABLE;
      }
      w.write(oneLine(r));
      w.write('\n');
      if (!lines.ready()) {
        w.flush();
      }
    }
    w.flush();
  }

  static void jsonl(InputStream in, OutputStream out, Function<String, JsonResult> perMessage) throws IOException {
    Lines lines = new Lines(in);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    String line;
    while ((line = lines.next()) != null) {
      JsonResult result;
      try {
        String message = message(line);
        result = perMessage.apply(message);
      } catch (IllegalArgumentException e) {
        String why = e.getMessage();
        result = g -> g.writeStringField("error", why);
      } catch (StackOverflowError | RuntimeException e) {
        String why = "unprocessable line (" + e.getClass().getSimpleName() + ")";
        result = g -> g.writeStringField("error", why);
      }
      StringWriter sw = new StringWriter();
      try (JsonGenerator g = JSON.createGenerator(sw)) {
        g.writeStartObject();
        result.write(g);
        g.writeEndObject();
      }
      w.write(sw.toString());
      w.write('\n');
      if (!lines.ready()) {
        w.flush();
      }
    }
    w.flush();
  }

  /** The string field "message" of a JSON object line; errors name the problem, never the content. */
  static String message(String line) {
    if (line.isBlank()) {
      throw new IllegalArgumentException("empty line: expected a JSON object with a string field \"message\"");
    }
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON object");
      }
      String message = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if ("message".equals(name) && message == null) {
          if (t != JsonToken.VALUE_STRING) {
            throw new IllegalArgumentException("field \"message\" is not a string");
          }
          message = p.getText();
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("trailing content after the JSON object");
      }
      if (message == null) {
        throw new IllegalArgumentException("no string field \"message\"");
      }
      return message;
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid JSON");
    }
  }

  /** Plain output must stay one line whatever a rule produced. */
  static String oneLine(String s) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
