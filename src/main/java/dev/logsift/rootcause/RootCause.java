package dev.logsift.rootcause;

import java.util.Locale;

/**
 * The part of an error event that decides its category: the innermost exception, the final Python exception, the
 * error field of a structured line, the Go panic message, or else the line itself.
 *
 * @param text one line, at most {@link RootCauseExtractor#MAX_CAUSE_CHARS} characters; empty when kind is NONE
 */
public record RootCause(String text, Kind kind) {
  /** Where the text came from; LINE means nothing more specific was found. */
  public enum Kind {
    JAVA_CAUSE, DOTNET_INNER, NODE_CAUSE, PYTHON, GO_PANIC, FIELD, EXCEPTION, LINE, NONE;

    public String wire() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public RootCause {
    text = text == null ? "" : text;
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
  }

  /** True when a structure (trace, field, panic, exception name) pointed at the cause, not just the first line. */
  public boolean specific() {
    return kind != Kind.LINE && kind != Kind.NONE;
  }
}
