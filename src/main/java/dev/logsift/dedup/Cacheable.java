package dev.logsift.dedup;

import dev.logsift.classify.Classification;

/** Which classifications are worth remembering; shared by every store so they agree. */
public final class Cacheable {
  private Cacheable() {}

  /**
   * Fresh answers from the model, the rules or a known failure are cached. A cached answer keeps its
   * original time (re-caching would extend it forever); fallbacks and unclassified cards are not cached,
   * so the next card tries the model again; a human label is written only by overrideClassification. A
   * reused (similar) answer is cached like the model's it came from, so the variant costs no call later.
   */
  public static boolean shouldCache(Classification c) {
    if (c == null) {
      return false;
    }
    return switch (c.source()) {
      case MODEL, RULES, KNOWN_FAILURE, SIMILAR -> true;
      case CACHE, HUMAN, FALLBACK, UNCLASSIFIED -> false;
    };
  }
}
