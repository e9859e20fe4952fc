package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.app.Wiring;
import dev.logsift.bench.BenchLines;
import dev.logsift.core.JsonStreams;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.fingerprint.LearningFingerprinter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * `fingerprint` prints what a plain, one-thread reading of its contract gives, byte for byte: the lines
 * decoded as a stream decoder does, each block learned line by line in input order, then every line of it
 * answered with its group. The CLI reads, masks, learns and writes on several threads; none of that may
 * show in the output. A file (always ready) is cut in chunks of {@link FingerprintCommand#CHUNK} lines,
 * and a block ends at the first chunk that takes it to {@link FingerprintCommand#BLOCK_LINES}.
 */
class FingerprintOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SERVICES = {"checkout", "billing", "", "ünïcode-svc"};

  @Test
  void plainMixedCorpus() throws Exception {
    byte[] in = plainCorpus(3_000, 1, false);
    assertSame(in);
    assertSame(in, "--no-learn");
    assertSame(in, "--min-values", "3");
  }

  @Test
  void jsonlWithServicesAndMultiLineMessages() throws Exception {
    byte[] in = jsonlCorpus(3_000, 2);
    assertSame(in, "--jsonl");
    assertSame(in, "--jsonl", "--no-learn");
  }

  @Test
  void moreThanOneBlock() throws Exception {
    int lines = FingerprintCommand.BLOCK_LINES + 3 * FingerprintCommand.CHUNK + 17;
    assertSame(plainCorpus(lines, 3, true));
  }

  private static void assertSame(byte[] in, String... flags) throws IOException {
    List<String> args = new ArrayList<>(List.of("fingerprint"));
    args.addAll(List.of(flags));
    int minValues = args.contains("--min-values") ? Integer.parseInt(args.get(args.indexOf("--min-values") + 1))
        : LearningFingerprinter.DEFAULT_MIN_VALUES;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(in), new PrintStream(out, true,
        StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    byte[] want = reference(in, args.contains("--jsonl"), !args.contains("--no-learn"), minValues);
    byte[] got = out.toByteArray();
    if (!java.util.Arrays.equals(want, got)) {
      List<String> w = List.of(new String(want, StandardCharsets.UTF_8).split("\n", -1));
      List<String> g = List.of(new String(got, StandardCharsets.UTF_8).split("\n", -1));
      int i = 0;
      while (i < Math.min(w.size(), g.size()) && w.get(i).equals(g.get(i))) {
        i++;
      }
      assertEquals(i < w.size() ? w.get(i) : "(end)", i < g.size() ? g.get(i) : "(end)", "output line " + (i + 1)
          + " of " + args + " (" + w.size() + " lines wanted, " + g.size() + " written)");
      assertEquals(want.length, got.length, "bytes of " + args);
    }
  }

  static byte[] reference(byte[] in, boolean jsonl, boolean learn, int minValues) throws IOException {
    List<String> lines = LinesTest.reference(in);
    LearningFingerprinter f = new LearningFingerprinter(Wiring.newFingerprinter(), minValues,
        LearningFingerprinter.MAX_TEMPLATES_PER_SERVICE, LearningFingerprinter.MAX_ENTRIES);
    int chunk = FingerprintCommand.CHUNK;
    int block = (FingerprintCommand.BLOCK_LINES + chunk - 1) / chunk * chunk;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    for (int from = 0; from < lines.size(); from += block) {
      List<String[]> rows = new ArrayList<>(); // service, error
      List<Fingerprint> prints = new ArrayList<>();
      for (String line : lines.subList(from, Math.min(lines.size(), from + block))) {
        String service = "";
        String message = line;
        if (jsonl) {
          try {
            String[] parsed = FingerprintCommand.parse(line);
            message = parsed[0];
            service = parsed[1] == null ? "" : parsed[1];
          } catch (IllegalArgumentException e) {
            rows.add(new String[] {null, e.getMessage()});
            prints.add(null);
            continue;
          }
        }
        Fingerprint p = f.stateless(message);
        if (learn) {
          f.learn(service, p);
        }
        rows.add(new String[] {service, null});
        prints.add(p);
      }
      for (int i = 0; i < rows.size(); i++) {
        String[] row = rows.get(i);
        if (row[1] != null) {
          w.write(object(Map.of("error", row[1])));
        } else {
          Fingerprint t = learn ? f.resolve(row[0], prints.get(i)) : prints.get(i);
          Fingerprint p = t.inService(row[0]);
          if (jsonl && row[0].isEmpty()) {
            w.write(object(Map.of("fingerprint", p.id(), "template", p.template())));
          } else if (jsonl) {
            w.write(object(Map.of("fingerprint", p.id(), "template", p.template(), "template_fingerprint", t.id())));
          } else {
            w.write(p.id() + "\t" + p.template().replace("\r", "\\r").replace("\n", "\\n"));
          }
        }
        w.write('\n');
      }
    }
    w.flush();
    return bytes.toByteArray();
  }

  /** One JSON object, fields in the CLI's order (fingerprint before template). */
  private static String object(Map<String, String> fields) throws IOException {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = JsonStreams.FACTORY.createGenerator(sw)) {
      g.writeStartObject();
      for (String k : List.of("error", "fingerprint", "template", "template_fingerprint")) {
        if (fields.containsKey(k)) {
          g.writeStringField(k, fields.get(k));
        }
      }
      g.writeEndObject();
    }
    return sw.toString();
  }

  /**
   * Messages of every kind the tests know, some with lines joined by '\n' (a trace) or '\r'; {@code oneLine}: only
   * the one-line kinds, for a corpus whose size is the point.
   */
  private static List<String> messages(int n, long seed, boolean oneLine) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> fixtures = Files.readAllLines(Path.of("src/test/resources/fingerprint/fixtures.txt"));
    List<String> bench = BenchLines.lines(n, 40, seed);
    List<String> out = new ArrayList<>(n);
    String[] users = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    String[] odd = {"", " ", "naïve café € 😀 ok", "tab\there", "ERROR ünïcode user %s failed", "\u0000nul", "quote \" and \\"};
    while (out.size() < n) {
      switch (oneLine ? 2 + r.nextInt(3) : r.nextInt(6)) {
        case 0 -> out.add(fixtures.get(r.nextInt(fixtures.size())));
        case 1 -> out.add(bench.get(out.size() % bench.size()));
        case 2 -> out.add("login failed for user " + users[r.nextInt(users.length)] + " from web-" + r.nextInt(3));
        case 3 -> out.add("ERROR timeout after " + r.nextInt(5000) + " ms calling host-" + users[r.nextInt(3)] + ".internal");
        case 4 -> out.add(String.format(odd[r.nextInt(odd.length)], users[r.nextInt(users.length)]));
        default -> {
          StringBuilder b = new StringBuilder(fixtures.get(r.nextInt(fixtures.size())));
          for (int k = r.nextInt(4); k > 0; k--) {
            b.append(r.nextBoolean() ? "\n" : "\r").append(fixtures.get(r.nextInt(fixtures.size())));
          }
          out.add(b.toString());
        }
      }
    }
    return out;
  }

  private static byte[] plainCorpus(int n, long seed, boolean oneLine) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    List<String> messages = messages(n, seed, oneLine);
    // a family whose fourth value arrives just past the first block: where the block ends decides its output
    String[] tenants = {"acme", "globex", "initech", "umbrella", "hooli", "stark"};
    for (int k = 0, i = FingerprintCommand.BLOCK_LINES - 2_000; k < tenants.length && i < n; k++, i += 1_000) {
      messages.set(i, "quota exceeded for tenant " + tenants[k] + " in region west");
    }
    for (int i = 0; i < messages.size(); i++) {
      // a plain line ends at '\n'; a trace's other line breaks are '\r' there (as Lambda's runtimes join them)
      b.writeBytes(messages.get(i).replace('\n', '\r').getBytes(StandardCharsets.UTF_8));
      switch (r.nextInt(40)) {
        case 0 -> b.writeBytes(new byte[] {(byte) 0xC3, '(', (byte) 0xFF, (byte) 0xE2, (byte) 0x82});
        case 1 -> b.write('\r');
        default -> { }
      }
      if (!oneLine && (i == 5 || i == 2000)) {
        b.writeBytes((" " + "x".repeat(150_000) + " id=" + i).getBytes(StandardCharsets.UTF_8)); // past the read buffer
      }
      if (i < messages.size() - 1) {
        b.write('\n');
      }
    }
    return b.toByteArray();
  }

  private static byte[] jsonlCorpus(int n, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder b = new StringBuilder();
    for (String m : messages(n, seed, false)) {
      switch (r.nextInt(50)) {
        case 0 -> b.append("not json");
        case 1 -> b.append("{\"msg\":\"no message field\"}");
        case 2 -> b.append("{\"message\":\"lone surrogate \\ud800 in ").append(r.nextInt(9)).append("\"}");
        case 3 -> b.append("{\"message\":5,\"service\":\"checkout\"}");
        default -> {
          String service = SERVICES[r.nextInt(SERVICES.length)];
          b.append(JSON.writeValueAsString(service.isEmpty() && r.nextBoolean() ? Map.of("message", m)
              : Map.of("message", m, "service", service)));
        }
      }
      b.append(r.nextInt(30) == 0 ? "\r\n" : "\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
