package dev.logsift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.core.Json;
import dev.logsift.core.LogsiftException;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.fingerprint.Fingerprinter;
import dev.logsift.redact.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prompt and rules regression: the configured classifier over labelled cases, scored. */
public final class Evaluation {
  /**
   * A labelled case: {"service","message","category"}, optionally "id" and "split" (design or holdout); other
   * fields (e.g. "reason") are ignored.
   *
   * @param split empty when the case has none
   */
  public record Case(String id, String service, String message, Category expected, String split) {
    public Case {
      split = split == null ? "" : split;
      id = id == null || id.isBlank() ? hashId(service, message) : id;
    }

    public Case(String service, String message, Category expected) {
      this(null, service, message, expected, "");
    }

    /** Stable across runs, so a later run can say which cases changed without repeating their text. */
    static String hashId(String service, String message) {
      try {
        byte[] h = MessageDigest.getInstance("SHA-256").digest((service + "\n" + message).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, 6);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** @param predicted null when the classifier failed for this case (error says how) */
  public record Prediction(Case testCase, String redactedMessage, Category predicted, String source, String error) {
    public boolean correct() {
      return predicted == testCase.expected();
    }
  }

  public record Result(List<Prediction> predictions) {
    public int cases() {
      return predictions.size();
    }

    public long correct() {
      return predictions.stream().filter(Prediction::correct).count();
    }

    public double accuracy() {
      return predictions.isEmpty() ? 0.0 : (double) correct() / predictions.size();
    }

    /** expected → predicted ("error" when the classifier failed) → count. */
    public Map<String, Map<String, Integer>> confusion() {
      Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
      for (Category c : Category.values()) {
        Map<String, Integer> row = new LinkedHashMap<>();
        for (Category d : Category.values()) {
          row.put(d.wire(), 0);
        }
        m.put(c.wire(), row);
      }
      for (Prediction p : predictions) {
        m.get(p.testCase().expected().wire()).merge(p.predicted() == null ? "error" : p.predicted().wire(), 1,
            Integer::sum);
      }
      return m;
    }

    /** NaN when nothing was predicted as the category. */
    public double precision(Category c) {
      long predicted = predictions.stream().filter(p -> p.predicted() == c).count();
      long hit = predictions.stream().filter(p -> p.predicted() == c && p.correct()).count();
      return predicted == 0 ? Double.NaN : (double) hit / predicted;
    }

    /** NaN when no case expects the category. */
    public double recall(Category c) {
      long support = support(c);
      long hit = predictions.stream().filter(p -> p.testCase().expected() == c && p.correct()).count();
      return support == 0 ? Double.NaN : (double) hit / support;
    }

    public long support(Category c) {
      return predictions.stream().filter(p -> p.testCase().expected() == c).count();
    }
  }

  private Evaluation() {}

  /** Reads JSONL cases; errors name the line and the problem, never the message. */
  public static List<Case> readCases(Path file) throws IOException {
    List<Case> out = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode o;
      try {
        o = Json.MAPPER.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(file.getFileName() + ":" + n + ": not valid JSON");
      }
      if (o == null || !o.isObject() || !o.path("message").isTextual()) {
        throw new IllegalArgumentException(file.getFileName() + ":" + n + ": expected an object with a string \"message\"");
      }
      int at = n;
      Category expected = Category.parse(o.path("category").asText(null)).orElseThrow(() -> new IllegalArgumentException(
          file.getFileName() + ":" + at + ": \"category\" must be one of transient, dependency, application, security, unknown"));
      String id = o.path("id").isTextual() ? o.path("id").asText() : null;
      String split = o.path("split").isTextual() ? o.path("split").asText() : "";
      if (id != null && !ids.add(id)) {
        throw new IllegalArgumentException(file.getFileName() + ":" + n + ": \"id\" repeats an earlier case");
      }
      out.add(new Case(id, o.path("service").asText("unknown"), o.path("message").asText(), expected, split));
    }
    return out;
  }

  /** Messages are redacted before classifying, exactly as the pipeline does. */
  public static Result run(List<Case> cases, Classifier classifier, Fingerprinter fingerprinter, Redactor redactor) {
    List<Prediction> out = new ArrayList<>(cases.size());
    for (Case c : cases) {
      ClassifyRequest req = request(c, fingerprinter, redactor);
      String sample = req.sample();
      try {
        Classification cl = classifier.classify(req);
        out.add(new Prediction(c, sample, cl.category(), cl.source().wire(), null));
      } catch (LogsiftException e) {
        out.add(new Prediction(c, sample, null, null, e.kind()));
      }
    }
    return new Result(List.copyOf(out));
  }

  /** The request the pipeline would make for the case: fingerprinted, then redacted. */
  public static ClassifyRequest request(Case c, Fingerprinter fingerprinter, Redactor redactor) {
    Fingerprint fp = fingerprinter.fingerprint(c.message());
    return new ClassifyRequest(c.service(), "", fp.id(), redactor.redact(fp.template()), redactor.redact(c.message()));
  }

  /**
   * The regression gate: cases that the baseline got right and that are wrong now. A case the baseline got wrong or
   * did not have is never a regression, so adding a hard case does not fail the gate; a case whose label changed
   * since the baseline is judged against its new label only if the baseline was right about that label.
   *
   * @param baseline case id → {expected, predicted} wire names from an earlier `eval --json`
   */
  public static List<Prediction> regressions(Result now, Map<String, String[]> baseline) {
    List<Prediction> out = new ArrayList<>();
    for (Prediction p : now.predictions()) {
      String[] before = baseline.get(p.testCase().id());
      boolean passedBefore = before != null && before[0].equals(before[1])
          && before[0].equals(p.testCase().expected().wire());
      if (passedBefore && !p.correct()) {
        out.add(p);
      }
    }
    return out;
  }
}
