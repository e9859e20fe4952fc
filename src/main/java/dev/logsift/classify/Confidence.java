package dev.logsift.classify;

import java.util.Locale;
import java.util.Optional;

public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Confidence> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (Confidence c : values()) {
      if (c.wire().equals(s.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
