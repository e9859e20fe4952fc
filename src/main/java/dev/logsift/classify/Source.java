package dev.logsift.classify;

import java.util.Locale;

/** Where a classification came from; shown on the card so operators know how much to trust it. */
public enum Source {
  /** The deterministic rules classifier (embedded default). */
  RULES,
  /** Bedrock Claude. */
  MODEL,
  /** A cached classification of this fingerprint (from an earlier card). */
  CACHE,
  /** A human correction. */
  HUMAN,
  /** A known-failures entry matched by its match text. */
  KNOWN_FAILURE,
  /** The model failed or answered unusably; the rules classifier answered instead. */
  FALLBACK,
  /** Over the per-invocation classification cap: reported, not classified. */
  UNCLASSIFIED,
  /** Reused from a classified template that differs in one variable token (the note names it). */
  SIMILAR;

  public String wire() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Source parse(String s) {
    for (Source v : values()) {
      if (v.wire().equals(s)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown classification source");
  }
}
