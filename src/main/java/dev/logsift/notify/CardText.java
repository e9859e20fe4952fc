package dev.logsift.notify;

import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.Source;

/** Plain-text wording shared by the adapters, so every medium says the same thing. */
public final class CardText {
  private CardText() {}

  /** Every card says how to correct it: the reactions and the reply format the corrections loop reads. */
  public static final String HOW_TO_CORRECT = "React \u2705 if right \u00b7 \u270F\uFE0F and reply `category: reason` if not";
  /** The same in Slack's reaction names, which render as the emoji in mrkdwn. */
  public static final String HOW_TO_CORRECT_SLACK =
      "React :white_check_mark: if right \u00b7 :pencil2: and reply in the thread `category: reason` if not";

  public static String title(Card c) {
    return "[" + c.classification().category().wire() + (isLowConfidence(c.classification()) ? ", low confidence" : "")
        + "] " + c.service() + ": " + c.classification().summary();
  }

  /** A guess the reader should weigh as one: shown grey and named in the title. */
  public static boolean isLowConfidence(Classification cl) {
    return cl.confidence() == Confidence.LOW;
  }

  /** "payments-team", or a hint to add the service to owners.md. */
  public static String owner(Card c) {
    return c.owner() != null ? c.owner() : "no owner (add the service to owners.md)";
  }

  public static String sourceLabel(Classification cl) {
    return switch (cl.source()) {
      case RULES -> "rules classifier";
      case MODEL -> "model";
      case CACHE -> "cached classification";
      case HUMAN -> "human-confirmed";
      case KNOWN_FAILURE -> "known failure " + cl.knownFailureId();
      case FALLBACK -> "rules classifier (fallback: " + (cl.note() == null ? "model unavailable" : cl.note()) + ")";
      case UNCLASSIFIED -> "unclassified (" + (cl.note() == null ? "classification cap reached" : cl.note()) + ")";
      case SIMILAR -> "similar error (" + (cl.note() == null ? "reused classification" : cl.note()) + ")";
    };
  }

  public static String counts(Card c) {
    String s = c.occurrences() + (c.occurrences() == 1 ? " event" : " events") + " in this batch";
    if (c.suppressedSinceLastReport() > 0) {
      s += ", +" + c.suppressedSinceLastReport() + " since last report";
    }
    return s;
  }

  public static boolean isHuman(Classification cl) {
    return cl.source() == Source.HUMAN;
  }
}
