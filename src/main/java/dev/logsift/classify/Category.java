package dev.logsift.classify;

import java.util.Locale;
import java.util.Optional;

/** The five categories; every card has exactly one. */
public enum Category {
  TRANSIENT,
  DEPENDENCY,
  APPLICATION,
  SECURITY,
  UNKNOWN;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Strict parse of the wire name; anything else is empty (never a guess). */
  public static Optional<Category> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (Category c : values()) {
      if (c.wire().equals(s.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
