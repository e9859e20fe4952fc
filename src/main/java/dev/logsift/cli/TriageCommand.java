package dev.logsift.cli;

import dev.logsift.app.Config;
import dev.logsift.app.Environment;
import dev.logsift.app.Wiring;
import dev.logsift.classify.Classification;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.ingest.ServiceNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** `triage`: the morning view of a log file: groups ranked by count, each classified once. */
final class TriageCommand {
  private TriageCommand() {}

  private static final class Group {
    final Fingerprint fp;
    final String sample;
    long count;

    Group(Fingerprint fp, String sample) {
      this.fp = fp;
      this.sample = sample;
    }
  }

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) throws IOException {
    String file = "-";
    String service = "unknown";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--service" -> service = ServiceNames.fromLogGroup(EventCommand.value(args, ++i, "--service"));
        default -> {
          if (args[i].startsWith("--")) {
            throw new Main.UsageException("unknown option '" + args[i] + "'");
          }
          file = args[i];
        }
      }
    }
    Wiring w = Wiring.build(Config.fromEnv(Environment.load()), Clock.systemUTC(), card -> null);
    Map<String, Group> groups = new HashMap<>();
    long lines = 0;
    try (InputStream in = file.equals("-") ? stdin : Files.newInputStream(Path.of(file))) {
      Lines l = new Lines(in);
      String line;
      while ((line = l.next()) != null) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        String msg = line.length() > 65536 ? line.substring(0, 65536) : line;
        Fingerprint fp = w.fingerprinter().fingerprint(msg);
        groups.computeIfAbsent(fp.id(), k -> new Group(fp, msg)).count++;
      }
    }
    List<Group> ranked = new ArrayList<>(groups.values());
    ranked.sort((a, b) -> Long.compare(b.count, a.count));
    out.printf("%d lines, %d fingerprints%n%n", lines, ranked.size());
    out.printf("%8s  %-11s  %-6s  %-16s  %s%n", "COUNT", "CATEGORY", "CONF", "FINGERPRINT", "TEMPLATE / SUMMARY");
    long inTok = 0;
    long outTok = 0;
    double cost = 0;
    for (Group g : ranked) {
      String template = w.redactor().redact(g.fp.template());
      String sample = w.redactor().redact(g.sample);
      Classification c = w.classifier().classify(new ClassifyRequest(service, "", g.fp.id(), template, sample));
      inTok += c.usage().inputTokens();
      outTok += c.usage().outputTokens();
      cost += c.usage().estimatedCostUsd();
      out.printf("%8d  %-11s  %-6s  %-16s  %s%n", g.count, c.category().wire(), c.confidence().wire(), g.fp.id(),
          cut(template, 120));
      out.printf("%8s  %-11s  %-6s  %-16s  %s%n", "", "", "", "", cut(c.summary(), 120));
    }
    out.printf("%nmodel usage: %d input tokens, %d output tokens, ~$%.4f%n", inTok, outTok, cost);
    return 0;
  }

  private static String cut(String s, int n) {
    String one = s.replace('\n', ' ').replace('\t', ' ');
    return one.length() > n ? one.substring(0, n - 1) + "…" : one;
  }
}
