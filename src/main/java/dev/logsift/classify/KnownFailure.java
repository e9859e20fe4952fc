package dev.logsift.classify;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One entry of known-failures/&lt;service&gt;.md.
 *
 * @param match texts any of which, found case-insensitively in a redacted sample or template, selects this entry
 * @param suppress known noise: counted but not posted (unless it spikes)
 * @param expires last day the suppression holds (inclusive), or null for no expiry
 * @param response proposed first response, or empty
 */
public record KnownFailure(
    String id,
    Category category,
    String description,
    List<String> match,
    boolean suppress,
    LocalDate expires,
    String response,
    String file) {

  public KnownFailure {
    match = match == null ? List.of() : List.copyOf(match);
    description = description == null ? "" : description;
    response = response == null ? "" : response;
  }

  public boolean matches(String text) {
    if (text == null || match.isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String m : match) {
      if (lower.contains(m.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  public boolean suppressedOn(LocalDate day) {
    return suppress && (expires == null || !day.isAfter(expires));
  }
}
