package dev.logsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.app.Config;
import dev.logsift.app.Environment;
import dev.logsift.app.Wiring;
import dev.logsift.classify.Category;
import dev.logsift.corrections.Evaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `eval --cases FILE.jsonl`: runs the configured classifier (rules, or Bedrock when configured) over
 * labelled cases and scores it; --previous diffs against an earlier --json run, case by case.
 */
final class EvalCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Path cases = null;
    Path previous = null;
    boolean json = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cases" -> cases = Main.input(EventCommand.value(args, ++i, "--cases"));
        case "--previous" -> previous = Main.input(EventCommand.value(args, ++i, "--previous"));
        case "--json" -> json = true;
        default -> throw new Main.UsageException("unknown argument '" + args[i] + "'");
      }
    }
    if (cases == null) {
      throw new Main.UsageException("--cases FILE.jsonl is required");
    }
    Map<String, String> before = previous == null ? null : previousPredictions(previous);
    Wiring w = Wiring.build(Config.fromEnv(Environment.load()), Clock.systemUTC(), card -> null);
    Evaluation.Result r = Evaluation.run(Evaluation.readCases(cases), w.classifier(), w.fingerprinter(), w.redactor());
    List<Evaluation.Prediction> changed = new ArrayList<>();
    if (before != null) {
      for (Evaluation.Prediction p : r.predictions()) {
        String was = before.get(p.testCase().id());
        if (was != null && !was.equals(wire(p.predicted()))) {
          changed.add(p);
        }
      }
    }
    if (json) {
      out.println(JSON.writeValueAsString(summary(r, before, changed)));
    } else {
      printText(r, before, changed, out);
    }
    return 0;
  }

  private static ObjectNode summary(Evaluation.Result r, Map<String, String> before, List<Evaluation.Prediction> changed) {
    ObjectNode o = JSON.createObjectNode();
    o.put("cases", r.cases());
    o.put("correct", r.correct());
    o.put("accuracy", round(r.accuracy()));
    ObjectNode per = o.putObject("per_category");
    for (Category c : Category.values()) {
      ObjectNode pc = per.putObject(c.wire());
      putRate(pc, "precision", r.precision(c));
      putRate(pc, "recall", r.recall(c));
      pc.put("support", r.support(c));
    }
    ObjectNode confusion = o.putObject("confusion");
    r.confusion().forEach((expected, row) -> {
      ObjectNode ro = confusion.putObject(expected);
      row.forEach(ro::put);
    });
    ArrayNode preds = o.putArray("predictions");
    for (Evaluation.Prediction p : r.predictions()) {
      ObjectNode po = preds.addObject();
      po.put("id", p.testCase().id());
      po.put("service", p.testCase().service());
      po.put("expected", p.testCase().expected().wire());
      po.put("predicted", wire(p.predicted()));
      po.put("source", p.source());
      if (p.error() != null) {
        po.put("error", p.error());
      }
    }
    if (before != null) {
      ArrayNode ch = o.putArray("changed");
      for (Evaluation.Prediction p : changed) {
        ch.addObject().put("id", p.testCase().id()).put("expected", p.testCase().expected().wire())
            .put("before", before.get(p.testCase().id())).put("now", wire(p.predicted()));
      }
    }
    return o;
  }

  private static void printText(Evaluation.Result r, Map<String, String> before, List<Evaluation.Prediction> changed,
      PrintStream out) {
    out.printf(Locale.ROOT, "%d cases, %d correct, accuracy %s%n%n", r.cases(), r.correct(), pct(r.accuracy()));
    out.printf(Locale.ROOT, "%-12s %9s %7s %8s%n", "category", "precision", "recall", "support");
    for (Category c : Category.values()) {
      out.printf(Locale.ROOT, "%-12s %9s %7s %8d%n", c.wire(), pct(r.precision(c)), pct(r.recall(c)), r.support(c));
    }
    out.printf("%nconfusion (rows: expected, columns: predicted)%n%-12s", "");
    List<String> cols = new ArrayList<>();
    for (Category c : Category.values()) {
      cols.add(c.wire());
    }
    cols.add("error");
    for (String c : cols) {
      out.printf(" %11s", c);
    }
    out.println();
    r.confusion().forEach((expected, row) -> {
      out.printf("%-12s", expected);
      for (String c : cols) {
        out.printf(" %11d", row.getOrDefault(c, 0));
      }
      out.println();
    });
    if (before != null) {
      out.printf("%n%d cases changed since the previous run%n", changed.size());
      for (Evaluation.Prediction p : changed) {
        String m = p.redactedMessage().replace('\n', ' ');
        out.printf("  %s  %-12s expected %-11s %s -> %s  %s%n", p.testCase().id(), p.testCase().service(),
            p.testCase().expected().wire(), before.get(p.testCase().id()), wire(p.predicted()),
            m.length() > 80 ? m.substring(0, 80) + "…" : m);
      }
    }
  }

  private static Map<String, String> previousPredictions(Path file) throws IOException {
    JsonNode prev;
    try {
      prev = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new Main.UsageException(file.getFileName() + " is not readable JSON from `eval --json`");
    }
    if (prev == null || !prev.path("predictions").isArray()) {
      throw new Main.UsageException(file.getFileName() + " has no \"predictions\": give the output of `eval --json`");
    }
    Map<String, String> m = new HashMap<>();
    for (JsonNode p : prev.path("predictions")) {
      m.put(p.path("id").asText(), p.path("predicted").asText());
    }
    return m;
  }

  private static String wire(Category c) {
    return c == null ? "error" : c.wire();
  }

  private static void putRate(ObjectNode o, String name, double v) {
    if (Double.isNaN(v)) {
      o.putNull(name);
    } else {
      o.put(name, round(v));
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }
}
