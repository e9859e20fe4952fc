package dev.logsift.dedup;

import dev.logsift.classify.Classification;
import java.time.Instant;

/** A classification remembered with the fingerprint, and when it was made. */
public record CachedClassification(Classification classification, Instant classifiedAt) {}
