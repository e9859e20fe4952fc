package dev.logsift.notify;

import dev.logsift.classify.Classification;
import java.time.Instant;
import java.util.List;

/**
 * One card for one fingerprint. Every text field is redacted; adapters still escape it for their medium.
 *
 * @param occurrences events of this fingerprint in the current batch
 * @param suppressedSinceLastReport repeats that were deduplicated since the previous card
 * @param flags signal flags with their evidence, e.g. "NEW", "SPIKE: 1,240 in 5 min vs ~30 baseline"
 * @param owner the owning team from owners.md, or null when no team owns the service
 */
public record Card(
    String fingerprint,
    String template,
    String service,
    String logGroup,
    Classification classification,
    long occurrences,
    long suppressedSinceLastReport,
    String sample,
    Instant firstSeen,
    List<String> flags,
    String owner) {

  public Card {
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  public Card(String fingerprint, String template, String service, String logGroup, Classification classification,
      long occurrences, long suppressedSinceLastReport, String sample, Instant firstSeen, List<String> flags) {
    this(fingerprint, template, service, logGroup, classification, occurrences, suppressedSinceLastReport, sample,
        firstSeen, flags, null);
  }

  public Card withOwner(String team) {
    return new Card(fingerprint, template, service, logGroup, classification, occurrences, suppressedSinceLastReport,
        sample, firstSeen, flags, team);
  }
}
