package dev.logsift.dedup;

import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.ConditionFailedException;
import dev.logsift.dynamo.DynamoException;
import static dev.logsift.dedup.DynamoDedupStore.names;
import static dev.logsift.dedup.DynamoDedupStore.unavailable;
import static dev.logsift.dedup.DynamoItems.CARDS;
import static dev.logsift.dedup.DynamoItems.CARDS_INDEX_PREFIX;
import static dev.logsift.dedup.DynamoItems.CARD_PREFIX;
import static dev.logsift.dedup.DynamoItems.EXPIRES_AT;
import static dev.logsift.dedup.DynamoItems.n;
import static dev.logsift.dedup.DynamoItems.s;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chat cards, findable by time without a Scan: one item per card ({@code card#<destination>#<channel>#<message>})
 * and one index item per UTC hour ({@code cards#yyyy-MM-ddTHH}) listing the card keys of that hour. Hours keep
 * index items small (each append rewrites the item, and write cost grows with its size).
 */
final class DynamoRecentCards {
  private static final Logger LOG = LoggerFactory.getLogger(DynamoRecentCards.class);

  /** About 60 bytes per key: an index item stays near 60 KB, far below the 400 KB item limit. */
  static final int MAX_CARDS_PER_HOUR = 1000;

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

  private final DynamoDb client;
  private final String table;
  private final Duration itemTtl;
  private final Clock clock;
  private final DynamoBatchReader reader;
  private final DynamoBatchWriter writer;

  DynamoRecentCards(DynamoDb client, String table, Duration itemTtl, Clock clock, DynamoBatchReader reader,
      DynamoBatchWriter writer) {
    this.client = client;
    this.table = table;
    this.itemTtl = itemTtl;
    this.clock = clock;
    this.reader = reader;
    this.writer = writer;
  }

  void add(PostedCard p, Instant now) {
    addAll(List.of(new PostedCard(p.fingerprint(), p.service(), p.logGroup(), p.category(), p.confidence(), p.sample(),
        p.delivery(), now)));
  }

  /**
   * The card items in BatchWriteItem requests (25 a request; no condition needed: each key is one card), then
   * one append per hour to that hour's index.
   */
  void addAll(List<PostedCard> posted) {
    if (posted.isEmpty()) {
      return;
    }
    Map<String, List<String>> keysByHour = new LinkedHashMap<>();
    List<Map<String, Attr>> puts = new ArrayList<>(posted.size());
    for (PostedCard p : posted) {
      PostedMessage d = p.delivery();
      Instant at = p.postedAt();
      String id = d.messageId() == null || d.messageId().isEmpty()
          ? p.fingerprint() + "@" + at.toEpochMilli() : d.messageId();
      String key = CARD_PREFIX + d.destination() + "#" + d.channel() + "#" + id;
      keysByHour.computeIfAbsent(HOUR.format(at), h -> new ArrayList<>()).add(key);
      puts.add(DynamoItems.cardItem(key, p, DynamoDedupStore.expiresAt(at, itemTtl)));
    }
    writer.put(puts);
    long expiresAt = DynamoDedupStore.expiresAt(posted.get(posted.size() - 1).postedAt(), itemTtl);
    for (Map.Entry<String, List<String>> e : keysByHour.entrySet()) {
      String hour = CARDS_INDEX_PREFIX + e.getKey();
      try {
        client.update(DynamoDedupStore.update(table, hour)
            .updateExpression("SET #cards = list_append(if_not_exists(#cards, :empty), :keys), #exp = :exp")
            .conditionExpression("attribute_not_exists(#cards) OR size(#cards) < :cap")
            .expressionAttributeNames(names("#cards", CARDS, "#exp", EXPIRES_AT))
            .expressionAttributeValues(Map.of(":empty", Attr.fromL(List.of()),
                ":keys", Attr.fromL(e.getValue().stream().map(DynamoItems::s).toList()),
                ":exp", n(expiresAt), ":cap", n(MAX_CARDS_PER_HOUR)))
            .build());
      } catch (ConditionFailedException ex) {
        LOG.warn("recent-cards index {} is full ({} cards); {} cards are left out of recentCards", hour,
            MAX_CARDS_PER_HOUR, e.getValue().size());
      } catch (DynamoException ex) {
        throw unavailable("confirm", ex);
      }
    }
  }

  /** Reads only the hours that can still hold cards: older index items have expired. */
  List<PostedCard> since(Instant since) {
    Instant now = clock.instant();
    Instant from = since.isBefore(now.minus(itemTtl)) ? now.minus(itemTtl) : since;
    List<String> hours = new ArrayList<>();
    for (Instant h = from.truncatedTo(ChronoUnit.HOURS); !h.isAfter(now); h = h.plus(Duration.ofHours(1))) {
      hours.add(CARDS_INDEX_PREFIX + HOUR.format(h));
    }
    Set<String> cardKeys = new LinkedHashSet<>();
    for (Map<String, Attr> index : reader.get(hours, "#cards", Map.of("#cards", CARDS))) {
      Attr cards = index.get(CARDS);
      if (cards != null && cards.hasL()) {
        cards.l().forEach(v -> cardKeys.add(v.s()));
      }
    }
    List<PostedCard> out = new ArrayList<>();
    for (Map<String, Attr> item : reader.get(List.copyOf(cardKeys), null, Map.of())) {
      DynamoItems.postedCard(item).filter(p -> !p.postedAt().isBefore(since)).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(PostedCard::postedAt).reversed());
    return out;
  }
}
