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
    int top = Integer.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--service" -> service = ServiceNames.fromLogGroup(EventCommand.value(args, ++i, "--service"));
        case "--top" -> top = positive(EventCommand.value(args, ++i, "--top"), "--top");
        default -> {
          if (args[i].startsWith("--")) {
            throw new Main.UsageException("unknown option '" + args[i] + "'");
          }
          file = args[i];
        }
      }
    }
    Path path = file.equals("-") ? null : Main.input(file);
    Wiring w = Wiring.build(Config.fromEnv(Environment.load()), Clock.systemUTC(), card -> null);
    Map<String, Group> groups = new HashMap<>();
    long lines = 0;
    try (InputStream in = path == null ? stdin : Files.newInputStream(path)) {
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
    int total = ranked.size();
    if (ranked.size() > top) {
      ranked = ranked.subList(0, top);
    }
    out.printf("%d lines, %d fingerprints%s%n%n", lines, total,
        ranked.size() < total ? " (top " + ranked.size() + " shown)" : "");
    out.printf("%8s  %-11s  %-6s  %-16s  %s%n", "COUNT", "CATEGORY", "CONF", "FINGERPRINT", "TEMPLATE / SUMMARY");
    long inTok = 0;
    long outTok = 0;
    double cost = 0;
    Progress progress = new Progress(err, ranked.size());
    for (Group g : ranked) {
      progress.next();
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
    progress.done();
    out.printf("%nmodel usage: %d input tokens, %d output tokens, ~$%.4f%n", inTok, outTok, cost);
    return 0;
  }

  private static int positive(String v, String flag) {
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Falls through to the message below.
    }
    throw new Main.UsageException(flag + " needs a positive whole number");
  }

  /**
   * "classifying 12/87" on stderr, so a table on stdout stays clean. On a terminal one line is redrawn per
   * group; into a file or pipe a line at every tenth of the way keeps logs short.
   */
  private static final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean terminal = System.console() != null;
    private int done;
    private int lastShown;

    Progress(PrintStream err, int total) {
      this.err = err;
      this.total = total;
    }

    void next() {
      done++;
      if (terminal) {
        err.print("\rclassifying " + done + "/" + total);
        err.flush();
      } else if (done == 1 || done == total || done - lastShown >= Math.max(1, total / 10)) {
        err.println("classifying " + done + "/" + total);
        lastShown = done;
      }
    }

    void done() {
      if (terminal && total > 0) {
        err.println();
      }
    }
  }

  private static String cut(String s, int n) {
    String one = s.replace('\n', ' ').replace('\t', ' ');
    return one.length() > n ? one.substring(0, n - 1) + "…" : one;
  }
}
