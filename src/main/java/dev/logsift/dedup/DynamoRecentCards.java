package dev.logsift.dedup;

import static dev.logsift.dedup.DynamoDedupStore.names;
import static dev.logsift.dedup.DynamoDedupStore.unavailable;
import static dev.logsift.dedup.DynamoItems.CARDS;
import static dev.logsift.dedup.DynamoItems.CARDS_INDEX_PREFIX;
import static dev.logsift.dedup.DynamoItems.CARD_PREFIX;
import static dev.logsift.dedup.DynamoItems.EXPIRES_AT;
import static dev.logsift.dedup.DynamoItems.n;
import static dev.logsift.dedup.DynamoItems.s;

import dev.logsift.notify.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

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

  private final DynamoDbClient client;
  private final String table;
  private final Duration itemTtl;
  private final Clock clock;
  private final DynamoBatchReader reader;

  DynamoRecentCards(DynamoDbClient client, String table, Duration itemTtl, Clock clock, DynamoBatchReader reader) {
    this.client = client;
    this.table = table;
    this.itemTtl = itemTtl;
    this.clock = clock;
    this.reader = reader;
  }

  void add(PostedCard p, Instant now) {
    Delivery d = p.delivery();
    String id = d.messageId() == null || d.messageId().isEmpty()
        ? p.fingerprint() + "@" + now.toEpochMilli() : d.messageId();
    String key = CARD_PREFIX + d.destination() + "#" + d.channel() + "#" + id;
    String hour = CARDS_INDEX_PREFIX + HOUR.format(now);
    long expiresAt = DynamoDedupStore.expiresAt(now, itemTtl);
    try {
      client.putItem(b -> b.tableName(table).item(DynamoItems.cardItem(key, p, expiresAt)));
      client.updateItem(DynamoDedupStore.update(table, hour)
          .updateExpression("SET #cards = list_append(if_not_exists(#cards, :empty), :one), #exp = :exp")
          .conditionExpression("attribute_not_exists(#cards) OR size(#cards) < :cap")
          .expressionAttributeNames(names("#cards", CARDS, "#exp", EXPIRES_AT))
          .expressionAttributeValues(Map.of(":empty", AttributeValue.fromL(List.of()),
              ":one", AttributeValue.fromL(List.of(s(key))), ":exp", n(expiresAt),
              ":cap", n(MAX_CARDS_PER_HOUR)))
          .build());
    } catch (ConditionalCheckFailedException e) {
      LOG.warn("recent-cards index {} is full ({} cards); a card is left out of recentCards", hour,
          MAX_CARDS_PER_HOUR);
    } catch (SdkException e) {
      throw unavailable("confirm", e);
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
    for (Map<String, AttributeValue> index : reader.get(hours, "#cards", Map.of("#cards", CARDS))) {
      AttributeValue cards = index.get(CARDS);
      if (cards != null && cards.hasL()) {
        cards.l().forEach(v -> cardKeys.add(v.s()));
      }
    }
    List<PostedCard> out = new ArrayList<>();
    for (Map<String, AttributeValue> item : reader.get(List.copyOf(cardKeys), null, Map.of())) {
      DynamoItems.postedCard(item).filter(p -> !p.postedAt().isBefore(since)).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(PostedCard::postedAt).reversed());
    return out;
  }
}
