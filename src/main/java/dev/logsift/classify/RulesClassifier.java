package dev.logsift.classify;

import dev.logsift.rootcause.RootCause;
import dev.logsift.rootcause.RootCauseExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic classifier that follows ../shared/taxonomy.md: the root cause of the event (see
 * {@link RootCauseExtractor}) against the rules in classify-rules.tsv, first match wins, with known-failures entries
 * consulted first. The embedded default and the fallback when the model fails. The regexes only ever see the root
 * cause and a bounded head of the message, so their work is bounded whatever the input.
 */
public final class RulesClassifier implements Classifier {
  enum Scope { CAUSE, LINE }

  record Rule(Category category, Confidence confidence, Scope scope, Pattern pattern, String summary, String response) {}

  static final String RULES_FILE = "classify-rules.tsv";
  private static final int SCAN_LIMIT = 8192;
  static final int HEAD_CHARS = 2000;
  // An exception-like name, to say in the unknown summary which cause no rule knew.
  private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Za-z_$][\\w$]{0,80}(?:Exception|Error)\\b");

  private final List<Rule> rules;
  private final KnownFailureCatalog knownFailures;
  private final RootCauseExtractor rootCauses;

  public RulesClassifier(KnownFailureCatalog knownFailures) {
    this(knownFailures, RootCauseExtractor.standard());
  }

  public RulesClassifier(KnownFailureCatalog knownFailures, RootCauseExtractor rootCauses) {
    this.knownFailures = knownFailures;
    this.rootCauses = rootCauses;
    this.rules = loadRules();
  }

  @Override
  public Classification classify(ClassifyRequest request) {
    String sample = request.sample() == null || request.sample().isBlank() ? request.template() : request.sample();
    String text = sample == null ? "" : sample;
    if (text.length() > SCAN_LIMIT) {
      text = text.substring(0, SCAN_LIMIT);
    }
    String scanned = text;
    Optional<KnownFailure> known = knownFailures == null
        ? Optional.empty()
        : knownFailures.match(request.service(), scanned).or(() -> knownFailures.match(request.service(), request.template()));
    if (known.isPresent()) {
      KnownFailure k = known.get();
      String response = k.response().isEmpty() ? responseFor(k.category()) : k.response();
      return new Classification(k.category(), Confidence.HIGH, firstSentence(k.description(), k.id()), response,
          k.id(), Source.KNOWN_FAILURE, "matched known failure " + k.id(), ModelUsage.NONE);
    }
    RootCause cause = request.rootCause() != null ? request.rootCause() : rootCauses.extract(sample);
    Optional<Rule> rule = match(cause, text);
    if (rule.isPresent()) {
      Rule r = rule.get();
      return new Classification(r.category(), r.confidence(), r.summary(), r.response(), null, Source.RULES, null,
          ModelUsage.NONE);
    }
    // The cause told nothing a rule knows (e.g. a banner line above the real error): read the head, less sure.
    rule = matchHead(text);
    if (rule.isPresent()) {
      Rule r = rule.get();
      return new Classification(r.category(), Confidence.LOW, r.summary(), r.response(), null, Source.RULES, null,
          ModelUsage.NONE);
    }
    return new Classification(Category.UNKNOWN, Confidence.LOW, unknownSummary(cause),
        "Read the sample and the surrounding logs; add a known-failures entry once the cause is known.", null,
        Source.RULES, null, ModelUsage.NONE);
  }

  /** The first rule whose pattern finds its scope's text: the root cause, or the root cause plus the head. */
  Optional<Rule> match(RootCause cause, String message) {
    String head = message.length() > HEAD_CHARS ? message.substring(0, HEAD_CHARS) : message;
    String line = cause.text() + "\n" + head;
    for (Rule r : rules) {
      if (r.pattern().matcher(r.scope() == Scope.CAUSE ? cause.text() : line).find()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  Optional<Rule> matchHead(String message) {
    String head = message.length() > HEAD_CHARS ? message.substring(0, HEAD_CHARS) : message;
    for (Rule r : rules) {
      if (r.scope() == Scope.CAUSE && r.pattern().matcher(head).find()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Says what is missing, without quoting the message: only an exception name, which is code, not data. */
  static String unknownSummary(RootCause cause) {
    if (cause.kind() == RootCause.Kind.NONE) {
      return "The event is empty: there is no message to find a cause in.";
    }
    Matcher m = EXCEPTION_NAME.matcher(cause.text());
    if (m.find()) {
      return "The root cause " + m.group() + " matches no rule; a person needs to read it.";
    }
    if (cause.specific()) {
      return "The root cause (" + cause.kind().wire() + ") names no known error type, status or code.";
    }
    return "No root cause: the line names no exception, error field, status code or panic.";
  }

  List<Rule> rules() {
    return rules;
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

  static List<Rule> loadRules() {
    List<Rule> out = new ArrayList<>();
    for (DataLine l : DataLine.read(RULES_FILE)) {
      String[] f = l.text().split("\t");
      String at = RULES_FILE + ":" + l.number() + ": ";
      if (f.length != 6) {
        throw new IllegalStateException(at + "expected 6 tab-separated columns");
      }
      Category c = Category.parse(f[0]).orElseThrow(() -> new IllegalStateException(at + "bad category"));
      Confidence k = Confidence.parse(f[1]).orElseThrow(() -> new IllegalStateException(at + "bad confidence"));
      Scope scope = switch (f[2]) {
        case "cause" -> Scope.CAUSE;
        case "line" -> Scope.LINE;
        default -> throw new IllegalStateException(at + "scope must be cause or line");
      };
      out.add(new Rule(c, k, scope, Pattern.compile(f[3], Pattern.CASE_INSENSITIVE), f[4], f[5]));
    }
    return List.copyOf(out);
  }
}
