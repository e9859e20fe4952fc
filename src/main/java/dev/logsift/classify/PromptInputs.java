package dev.logsift.classify;

import dev.logsift.rootcause.RootCause;
import dev.logsift.rootcause.RootCauseExtractor;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a request and the service's known failures into the prompt's placeholder values. */
final class PromptInputs {
  static final int MESSAGE_CHARS = 2000;
  static final int EXCERPT_ENTRIES = 30;
  static final int EXCERPT_CHARS = 3000;
  static final int DESCRIPTION_CHARS = 160;
  static final int ROOT_CAUSE_CHARS = 500;
  private static final RootCauseExtractor ROOT_CAUSES = RootCauseExtractor.standard();

  // Any spelling of the blocks' own tags, so a log line cannot close a block early or open a new one.
  private static final Pattern DELIMITER = Pattern.compile("<(\\s*/?\\s*(?:log_message|root_cause))",
      Pattern.CASE_INSENSITIVE);

  private PromptInputs() {}

  static Map<String, String> values(ClassifyRequest request, List<KnownFailure> known) {
    return values(request, known, List.of());
  }

  static Map<String, String> values(ClassifyRequest request, List<KnownFailure> known,
      List<CorrectionExamples.Example> examples) {
    String sample = request.sample() == null || request.sample().isBlank() ? request.template() : request.sample();
    return Map.of(
        "service", oneLine(nullToEmpty(request.service())),
        "log_group", oneLine(nullToEmpty(request.logGroup())),
        "message", message(sample),
        "root_cause", request.rootCause() != null ? rootCause(request.rootCause()) : rootCause(sample),
        "known_failures_excerpt", excerpt(known),
        "correction_examples", examples(examples));
  }

  static final int EXAMPLES = 5;
  static final int EXAMPLE_TEMPLATE_CHARS = 300;
  static final int EXAMPLE_REASON_CHARS = 160;

  /** Reviewers' latest verdicts for the service, one line each, bounded; they are data like the log line. */
  static String examples(List<CorrectionExamples.Example> examples) {
    if (examples == null || examples.isEmpty()) {
      return "(none)";
    }
    StringBuilder sb = new StringBuilder();
    for (CorrectionExamples.Example e : examples.subList(0, Math.min(EXAMPLES, examples.size()))) {
      sb.append("- ").append(cut(oneLine(e.template()), EXAMPLE_TEMPLATE_CHARS)).append(" => ")
          .append(e.category().wire());
      String reason = oneLine(e.reason());
      if (!reason.isEmpty()) {
        sb.append(" (reviewer: ").append(cut(reason, EXAMPLE_REASON_CHARS)).append(')');
      }
      sb.append('\n');
    }
    return neutralise(sb.toString().stripTrailing());
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max - 1) + "…" : s;
  }

  /** One line from the whole (redacted) sample, not from the cut message: the innermost cause is often near the end. */
  static String rootCause(String sample) {
    return rootCause(ROOT_CAUSES.extract(sample));
  }

  static String rootCause(RootCause c) {
    if (c.kind() == RootCause.Kind.NONE) {
      return "(none found)";
    }
    String s = oneLine(c.text());
    if (s.length() > ROOT_CAUSE_CHARS) {
      int cut = Character.isHighSurrogate(s.charAt(ROOT_CAUSE_CHARS - 1)) ? ROOT_CAUSE_CHARS - 1 : ROOT_CAUSE_CHARS;
      s = s.substring(0, cut) + " [truncated]";
    }
    return neutralise(s);
  }

  /** The sample cut on a line boundary near MESSAGE_CHARS, without control characters, delimiter neutralised. */
  static String message(String sample) {
    String s = stripControls(nullToEmpty(sample));
    if (s.length() > MESSAGE_CHARS) {
      int cut = s.lastIndexOf('\n', MESSAGE_CHARS);
      if (cut < MESSAGE_CHARS / 2) {
        cut = Character.isHighSurrogate(s.charAt(MESSAGE_CHARS - 1)) ? MESSAGE_CHARS - 1 : MESSAGE_CHARS;
      }
      s = s.substring(0, cut) + "\n[truncated]";
    }
    return neutralise(s);
  }

  static String excerpt(List<KnownFailure> known) {
    if (known.isEmpty()) {
      return "(none)";
    }
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (KnownFailure k : known) {
      String line = "- " + k.id() + " (" + k.category().wire() + "): " + firstSentence(k.description()) + "\n";
      if (shown == EXCERPT_ENTRIES || sb.length() + line.length() > EXCERPT_CHARS) {
        break;
      }
      sb.append(line);
      shown++;
    }
    if (shown < known.size()) {
      sb.append("- (").append(known.size() - shown).append(" more not shown)\n");
    }
    return neutralise(sb.toString().stripTrailing());
  }

  static String neutralise(String s) {
    return DELIMITER.matcher(s).replaceAll("&lt;$1");
  }

  /** Drops C0/C1 controls except newline and tab, and invisible format characters (bidi overrides, zero-width). */
  static String stripControls(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (c == '\n' || c == '\t' || type != Character.CONTROL && type != Character.FORMAT) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String firstSentence(String description) {
    String d = oneLine(description);
    if (d.isEmpty()) {
      return "(no description)";
    }
    int dot = d.indexOf(". ");
    if (dot > 0) {
      d = d.substring(0, dot + 1);
    }
    return d.length() > DESCRIPTION_CHARS ? d.substring(0, DESCRIPTION_CHARS - 1) + "…" : d;
  }

  private static String oneLine(String s) {
    return stripControls(s).replaceAll("\\s+", " ").strip();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
