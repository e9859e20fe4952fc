package dev.logsift.dedup;

import dev.logsift.dynamo.Attr;
import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Attribute names and the mapping between our records and DynamoDB attribute maps. Times are epoch
 * milliseconds except {@link #EXPIRES_AT}, which DynamoDB TTL wants in epoch seconds.
 */
final class DynamoItems {
  private DynamoItems() {}

  static final String PK = "pk";
  static final String EXPIRES_AT = "expires_at";
  static final String WINDOW_UNTIL = "window_until";
  static final String OWNER = "owner";
  /** False from a claim until its card is confirmed; a claim that stays false is taken over (see takeOver). */
  static final String CONFIRMED = "confirmed";
  static final String CLAIMED_AT = "claimed_at";
  static final String SUPPRESSED = "suppressed";
  static final String FIRST_SEEN = "first_seen";
  static final String LAST_SEEN = "last_seen";
  static final String TEMPLATE = "template";
  static final String SERVICE = "service";
  static final String LOG_GROUP = "log_group";
  static final String CLS = "cls";
  static final String DELIVERY = "delivery";
  static final String POSTED_AT = "posted_at";
  static final String CARDS = "cards";

  // Fields of the cls map and of a card item.
  static final String CATEGORY = "category";
  static final String CONFIDENCE = "confidence";
  static final String SUMMARY = "summary";
  static final String FIRST_RESPONSE = "first_response";
  static final String KNOWN_FAILURE_ID = "known_failure_id";
  static final String SOURCE = "source";
  static final String NOTE = "note";
  static final String CLASSIFIED_AT = "classified_at";
  static final String FINGERPRINT = "fingerprint";
  static final String SAMPLE = "sample";
  static final String DESTINATION = "destination";
  static final String CHANNEL = "channel";
  static final String MESSAGE_ID = "message_id";

  /** Long text is cut so an item stays far below DynamoDB's 400 KB item limit. */
  static final int MAX_TEXT = 2048;

  static final String FINGERPRINT_PREFIX = "fp#";
  static final String CARD_PREFIX = "card#";
  static final String CARDS_INDEX_PREFIX = "cards#";

  static Attr s(String v) {
    return Attr.fromS(v);
  }

  static Attr n(long v) {
    return Attr.fromN(Long.toString(v));
  }

  /** Cuts at max chars without splitting a surrogate pair. */
  static String cap(String v, int max) {
    if (v == null || v.length() <= max) {
      return v;
    }
    int cut = Character.isHighSurrogate(v.charAt(max - 1)) ? max - 1 : max;
    return v.substring(0, cut);
  }

  static void putText(Map<String, Attr> m, String name, String v) {
    if (v != null) {
      m.put(name, s(cap(v, MAX_TEXT)));
    }
  }

  static String text(Map<String, Attr> m, String name) {
    Attr v = m == null ? null : m.get(name);
    return v == null ? null : v.s();
  }

  static long number(Map<String, Attr> m, String name, long def) {
    Attr v = m == null ? null : m.get(name);
    return v == null || v.n() == null ? def : Long.parseLong(v.n());
  }

  static Instant instant(Map<String, Attr> m, String name) {
    Attr v = m == null ? null : m.get(name);
    return v == null || v.n() == null ? null : Instant.ofEpochMilli(Long.parseLong(v.n()));
  }

  /** Usage is not stored: a cached answer costs nothing when it is reused. */
  static Attr classification(Classification c, Instant at) {
    Map<String, Attr> m = new HashMap<>();
    m.put(CATEGORY, s(c.category().wire()));
    m.put(CONFIDENCE, s(c.confidence().wire()));
    m.put(SOURCE, s(c.source().wire()));
    putText(m, SUMMARY, c.summary());
    putText(m, FIRST_RESPONSE, c.firstResponse());
    putText(m, KNOWN_FAILURE_ID, c.knownFailureId());
    putText(m, NOTE, c.note());
    m.put(CLASSIFIED_AT, n(at.toEpochMilli()));
    return Attr.fromM(m);
  }

  /** Empty when absent or written by a version that knew other categories/sources: then we classify anew. */
  static Optional<CachedClassification> cached(Map<String, Attr> item) {
    Attr v = item == null ? null : item.get(CLS);
    if (v == null || !v.hasM()) {
      return Optional.empty();
    }
    Map<String, Attr> m = v.m();
    Optional<Category> category = Category.parse(text(m, CATEGORY));
    Optional<Confidence> confidence = Confidence.parse(text(m, CONFIDENCE));
    Instant at = instant(m, CLASSIFIED_AT);
    Source source;
    try {
      source = Source.parse(text(m, SOURCE));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (category.isEmpty() || confidence.isEmpty() || at == null) {
      return Optional.empty();
    }
    Classification c = new Classification(category.get(), confidence.get(), text(m, SUMMARY),
        text(m, FIRST_RESPONSE), text(m, KNOWN_FAILURE_ID), source, text(m, NOTE), ModelUsage.NONE);
    return Optional.of(new CachedClassification(c, at));
  }

  static Attr delivery(PostedMessage d) {
    Map<String, Attr> m = new HashMap<>();
    putText(m, DESTINATION, d.destination());
    putText(m, CHANNEL, d.channel());
    putText(m, MESSAGE_ID, d.messageId());
    return Attr.fromM(m);
  }

  static Map<String, Attr> cardItem(String key, PostedCard p, long expiresAtSeconds) {
    Map<String, Attr> m = new HashMap<>();
    m.put(PK, s(key));
    putText(m, FINGERPRINT, p.fingerprint());
    putText(m, SERVICE, p.service());
    putText(m, LOG_GROUP, p.logGroup());
    m.put(CATEGORY, s(p.category().wire()));
    m.put(CONFIDENCE, s(p.confidence().wire()));
    putText(m, SAMPLE, p.sample());
    putText(m, DESTINATION, p.delivery().destination());
    putText(m, CHANNEL, p.delivery().channel());
    putText(m, MESSAGE_ID, p.delivery().messageId());
    m.put(POSTED_AT, n(p.postedAt().toEpochMilli()));
    m.put(EXPIRES_AT, n(expiresAtSeconds));
    return m;
  }

  static Optional<PostedCard> postedCard(Map<String, Attr> m) {
    Optional<Category> category = Category.parse(text(m, CATEGORY));
    Optional<Confidence> confidence = Confidence.parse(text(m, CONFIDENCE));
    Instant at = instant(m, POSTED_AT);
    if (category.isEmpty() || confidence.isEmpty() || at == null) {
      return Optional.empty();
    }
    PostedMessage d = new PostedMessage(text(m, DESTINATION), orEmpty(text(m, CHANNEL)), orEmpty(text(m, MESSAGE_ID)));
    return Optional.of(new PostedCard(text(m, FINGERPRINT), text(m, SERVICE), text(m, LOG_GROUP), category.get(),
        confidence.get(), text(m, SAMPLE), d, at));
  }

  private static String orEmpty(String v) {
    return v == null ? "" : v;
  }
}
