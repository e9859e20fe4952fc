package dev.logsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.core.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.app.Config;
import dev.logsift.app.Environment;
import dev.logsift.app.Wiring;
import dev.logsift.classify.BedrockClassifier;
import dev.logsift.classify.Category;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.CostEstimate;
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
 * labelled cases and scores it; --previous diffs against an earlier --json run, case by case. --rules and --model
 * pick one classifier whatever is configured (--model prints its estimated cost on stderr first); --split and
 * --limit choose the cases. The --json output of --rules over all cases is the committed gate
 * prompts/eval-baseline.json; --baseline FILE exits 1 when a case that passed in FILE fails now.
 */
final class EvalCommand {
  private static final ObjectMapper JSON = Json.MAPPER;

  private EvalCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Path cases = null;
    Path previous = null;
    Path baseline = null;
    boolean json = false;
    String use = "configured";
    String split = null;
    int limit = Integer.MAX_VALUE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--cases" -> cases = Main.input(EventCommand.value(args, ++i, "--cases"));
        case "--previous" -> previous = Main.input(EventCommand.value(args, ++i, "--previous"));
        case "--baseline" -> baseline = Main.input(EventCommand.value(args, ++i, "--baseline"));
        case "--json" -> json = true;
        case "--rules" -> use = "rules";
        case "--model" -> use = "model";
        case "--split" -> split = EventCommand.value(args, ++i, "--split");
        case "--limit" -> limit = positive(EventCommand.value(args, ++i, "--limit"));
        default -> throw new Main.UsageException("unknown argument '" + args[i] + "'");
      }
    }
    if (cases == null) {
      throw new Main.UsageException("--cases FILE.jsonl is required");
    }
    Map<String, String> before = previous == null ? null : previousPredictions(previous);
    Map<String, String[]> gate = baseline == null ? null : baselineResults(baseline);
    List<Evaluation.Case> selected = select(Evaluation.readCases(cases), split, limit);
    Config config = Config.fromEnv(Environment.load());
    if (use.equals("model") && config.bedrockModelId() == null) {
      throw new Main.UsageException("--model needs " + Config.BEDROCK_MODEL_ID + " (and AWS credentials) in the environment");
    }
    Wiring w = Wiring.build(config, Clock.systemUTC(), card -> null);
    Classifier classifier = switch (use) {
      case "rules" -> w.rules();
      case "model" -> BedrockClassifier.create(config.bedrock(), w.knownFailures(), w.prompt(), Clock.systemUTC());
      default -> w.classifier();
    };
    if (use.equals("model")) {
      List<ClassifyRequest> requests = new ArrayList<>();
      selected.forEach(c -> requests.add(Evaluation.request(c, w.fingerprinter(), w.redactor())));
      CostEstimate e = CostEstimate.of(w.prompt(), w.knownFailures(), requests);
      err.printf(Locale.ROOT, "model %s: %d calls, about %d input and %d output tokens, estimated $%.4f%n",
          config.bedrockModelId(), e.calls(), e.inputTokens(), e.outputTokens(), e.usd());
      err.flush();
    }
    Evaluation.Result r;
    try {
      r = Evaluation.run(selected, classifier, w.fingerprinter(), w.redactor());
    } finally {
      w.shutdown();
    }
    List<Evaluation.Prediction> changed = new ArrayList<>();
    if (before != null) {
      for (Evaluation.Prediction p : r.predictions()) {
        String was = before.get(p.testCase().id());
        if (was != null && !was.equals(wire(p.predicted()))) {
          changed.add(p);
        }
      }
    }
    List<Evaluation.Prediction> regressed = gate == null ? List.of() : Evaluation.regressions(r, gate);
    String name = use.equals("configured") ? (config.bedrockModelId() == null ? "rules" : "model") : use;
    if (json) {
      ObjectNode o = summary(r, before, changed);
      o.put("classifier", name);
      if (split != null) {
        o.put("split", split);
      }
      if (gate != null) {
        ArrayNode reg = o.putArray("regressions");
        regressed.forEach(p -> reg.addObject().put("id", p.testCase().id()).put("expected", p.testCase().expected().wire())
            .put("now", wire(p.predicted())));
      }
      out.println(JSON.writeValueAsString(o));
    } else {
      out.printf(Locale.ROOT, "classifier: %s%s%n", name, split == null ? "" : ", split: " + split);
      printText(r, before, changed, out);
      if (gate != null) {
        out.printf("%n%d cases passed in the baseline and fail now%n", regressed.size());
        for (Evaluation.Prediction p : regressed) {
          out.printf("  %s  %-12s expected %-11s now %s%n", p.testCase().id(), p.testCase().service(),
              p.testCase().expected().wire(), wire(p.predicted()));
        }
      }
    }
    // The gate fails only on regressions, never on a fixed accuracy: adding a hard case keeps it green.
    return regressed.isEmpty() ? 0 : 1;
  }

  /** id → {expected, predicted} from the predictions of an earlier `eval --json`. */
  static Map<String, String[]> baselineResults(Path file) throws IOException {
    JsonNode prev = readEvalJson(file);
    Map<String, String[]> m = new HashMap<>();
    for (JsonNode p : prev.path("predictions")) {
      m.put(p.path("id").asText(), new String[] {p.path("expected").asText(), p.path("predicted").asText()});
    }
    return m;
  }

  private static List<Evaluation.Case> select(List<Evaluation.Case> all, String split, int limit) {
    List<Evaluation.Case> out = new ArrayList<>();
    for (Evaluation.Case c : all) {
      if ((split == null || split.equals(c.split())) && out.size() < limit) {
        out.add(c);
      }
    }
    if (out.isEmpty()) {
      throw new Main.UsageException(split == null ? "no cases" : "no cases with \"split\": \"" + split + "\"");
    }
    return out;
  }

  private static int positive(String v) {
    try {
      int n = Integer.parseInt(v);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the usage error
    }
    throw new Main.UsageException("--limit needs a positive number");
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
      if (!p.testCase().split().isEmpty()) {
        po.put("split", p.testCase().split());
      }
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
    JsonNode prev = readEvalJson(file);
    Map<String, String> m = new HashMap<>();
    for (JsonNode p : prev.path("predictions")) {
      m.put(p.path("id").asText(), p.path("predicted").asText());
    }
    return m;
  }

  private static JsonNode readEvalJson(Path file) throws IOException {
    JsonNode prev;
    try {
      prev = JSON.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new Main.UsageException(file.getFileName() + " is not readable JSON from `eval --json`");
    }
    if (prev == null || !prev.path("predictions").isArray()) {
      throw new Main.UsageException(file.getFileName() + " has no \"predictions\": give the output of `eval --json`");
    }
    return prev;
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
