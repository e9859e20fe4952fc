package dev.logsift.classify;

/**
 * What a fingerprint is, who should look and a proposed first response.
 *
 * @param knownFailureId id of the matching known-failures entry, or null
 * @param note why the source is what it is (e.g. "model output unusable"), or null
 */
public record Classification(
    Category category,
    Confidence confidence,
    String summary,
    String firstResponse,
    String knownFailureId,
    Source source,
    String note,
    ModelUsage usage) {

  public Classification {
    if (category == null || confidence == null || source == null) {
      throw new IllegalArgumentException("category, confidence and source are required");
    }
    summary = summary == null ? "" : summary;
    firstResponse = firstResponse == null ? "" : firstResponse;
    usage = usage == null ? ModelUsage.NONE : usage;
  }

  public Classification withSource(Source newSource, String newNote) {
    return new Classification(category, confidence, summary, firstResponse, knownFailureId, newSource, newNote, usage);
  }
}
