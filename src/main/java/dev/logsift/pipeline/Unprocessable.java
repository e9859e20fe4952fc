package dev.logsift.pipeline;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import dev.logsift.redact.Redactor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An event that one stage could not process (a regex that overflowed the stack on hostile text, a bug):
 * it is reported on a card of its own, named by the stage that failed, instead of failing the batch. A
 * failing batch would be retried on the same line and end in the on-failure queue, so one line logged by
 * anyone could silence alerting. All unprocessable events of one stage share one fingerprint, so a flood
 * of them is deduplicated like any other error.
 */
public final class Unprocessable {
  /** Characters of the redacted head shown on the card. */
  static final int HEAD_CHARS = 200;
  /** Redacted before it is cut (see Pipeline.sample); short enough for any rule to finish on it. */
  private static final int REDACTED_PREFIX = 1000;
  static final String WITHHELD = "[head withheld: it could not be redacted]";

  private Unprocessable() {}

  /** A stable 16-hex-digit fingerprint per stage, outside the masking rules' ids (different hash input). */
  static String id(String stage) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256")
          .digest(("logsift unprocessable event\0" + stage).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Start of every unprocessable event's template: how reports recognise them. */
  public static final String TEMPLATE_PREFIX = "unprocessable event: ";

  static String template(String stage) {
    return TEMPLATE_PREFIX + "the " + stage + " stage failed on it";
  }

  static String flag(String stage) {
    return "UNPROCESSABLE: " + stage + " stage failed";
  }

  static Classification classification(String stage) {
    return new Classification(Category.UNKNOWN, Confidence.LOW,
        "Unprocessable event: the " + stage + " stage failed on it.",
        "Find the line in CloudWatch Logs by the head below and look at what it is; logsift reported it instead of "
            + "dropping it, and the rest of the batch was processed.",
        null, Source.UNCLASSIFIED, stage + " stage failed", ModelUsage.NONE);
  }

  /**
   * The redacted head of the line, cut short. When redaction itself fails on the longer prefix a shorter
   * one is tried; when that fails too nothing of the line is shown.
   */
  static String head(Redactor redactor, String raw) {
    for (int prefix : new int[] {REDACTED_PREFIX, HEAD_CHARS}) {
      try {
        return wholeTokens(redactor.redact(wholeTokens(raw, prefix)), HEAD_CHARS);
      } catch (RuntimeException | Error e) {
        rethrowIfFatal(e);
      }
    }
    return WITHHELD;
  }

  /**
   * At most max characters, cut before the token that straddles the cut: half a secret or half an
   * address is no longer recognised by the rules that would redact it whole.
   */
  static String wholeTokens(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = max;
    while (cut > 0 && !Character.isWhitespace(s.charAt(cut))) {
      cut--;
    }
    return s.substring(0, cut).stripTrailing() + "…";
  }

  /** Out of memory is not the line's fault and nothing is safe after it: it is never contained. */
  static void rethrowIfFatal(Throwable t) {
    if (t instanceof OutOfMemoryError oom) {
      throw oom;
    }
  }
}
