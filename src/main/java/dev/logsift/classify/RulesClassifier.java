package dev.logsift.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Deterministic classifier from exception types and message words (rules in classify-rules.tsv), with
 * known-failures entries consulted first. The embedded default and the fallback when the model fails.
 */
public final class RulesClassifier implements Classifier {
  private record Rule(Category category, Confidence confidence, Pattern pattern, String summary, String response) {}

  private static final int SCAN_LIMIT = 8192;
  private final List<Rule> rules;
  private final KnownFailureCatalog knownFailures;

  public RulesClassifier(KnownFailureCatalog knownFailures) {
    this.knownFailures = knownFailures;
    this.rules = loadRules();
  }

  @Override
  public Classification classify(ClassifyRequest request) {
    String text = request.sample() == null ? "" : request.sample();
    if (text.length() > SCAN_LIMIT) {
      text = text.substring(0, SCAN_LIMIT);
    }
    Optional<KnownFailure> known = knownFailures == null
        ? Optional.empty()
        : knownFailures.match(request.service(), text).or(() -> knownFailures.match(request.service(), request.template()));
    if (known.isPresent()) {
      KnownFailure k = known.get();
      String response = k.response().isEmpty() ? responseFor(k.category()) : k.response();
      return new Classification(k.category(), Confidence.HIGH, firstSentence(k.description(), k.id()), response,
          k.id(), Source.KNOWN_FAILURE, "matched known failure " + k.id(), ModelUsage.NONE);
    }
    for (Rule r : rules) {
      if (r.pattern().matcher(text).find()) {
        return new Classification(r.category(), r.confidence(), r.summary(), r.response(), null, Source.RULES, null,
            ModelUsage.NONE);
      }
    }
    return new Classification(Category.UNKNOWN, Confidence.LOW, "No rule recognised this error.",
        "Read the sample and the surrounding logs; add a known-failures entry once the cause is known.", null,
        Source.RULES, null, ModelUsage.NONE);
  }

  private String responseFor(Category c) {
    for (Rule r : rules) {
      if (r.category() == c) {
        return r.response();
      }
    }
    return "";
  }

  private static String firstSentence(String description, String id) {
    if (description.isBlank()) {
      return "Known failure " + id + ".";
    }
    int dot = description.indexOf(". ");
    String s = dot > 0 ? description.substring(0, dot + 1) : description;
    return s.length() > 300 ? s.substring(0, 299) + "…" : s;
  }

  private static List<Rule> loadRules() {
    List<Rule> out = new ArrayList<>();
    try (InputStream in = RulesClassifier.class.getClassLoader().getResourceAsStream("classify-rules.tsv")) {
      if (in == null) {
        throw new IllegalStateException("classify-rules.tsv is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 5) {
          throw new IllegalStateException("classify-rules.tsv:" + n + ": expected 5 tab-separated columns");
        }
        int line0 = n;
        Category c = Category.parse(f[0]).orElseThrow(() -> new IllegalStateException("classify-rules.tsv:" + line0 + ": bad category"));
        Confidence k = Confidence.parse(f[1]).orElseThrow(() -> new IllegalStateException("classify-rules.tsv:" + line0 + ": bad confidence"));
        out.add(new Rule(c, k, Pattern.compile(f[2], Pattern.CASE_INSENSITIVE), f[3], f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
