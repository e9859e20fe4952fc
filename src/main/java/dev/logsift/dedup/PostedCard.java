package dev.logsift.dedup;

import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import java.time.Instant;

/** A card we posted, remembered so the corrections loop can find its reactions. Text is redacted. */
public record PostedCard(
    String fingerprint,
    String service,
    String logGroup,
    Category category,
    Confidence confidence,
    String sample,
    PostedMessage delivery,
    Instant postedAt) {}
