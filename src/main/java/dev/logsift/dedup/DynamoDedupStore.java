package dev.logsift.dedup;

import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.Get;
import dev.logsift.dynamo.ConditionFailedException;
import dev.logsift.dynamo.DynamoException;
import dev.logsift.dynamo.Update;
import dev.logsift.core.Sleeper;
import dev.logsift.core.Retrier;

import static dev.logsift.dedup.DynamoItems.CLS;
import static dev.logsift.dedup.DynamoItems.DELIVERY;
import static dev.logsift.dedup.DynamoItems.EXPIRES_AT;
import static dev.logsift.dedup.DynamoItems.FINGERPRINT_PREFIX;
import static dev.logsift.dedup.DynamoItems.FIRST_SEEN;
import static dev.logsift.dedup.DynamoItems.LAST_SEEN;
import static dev.logsift.dedup.DynamoItems.LOG_GROUP;
import static dev.logsift.dedup.DynamoItems.CLAIMED_AT;
import static dev.logsift.dedup.DynamoItems.CONFIRMED;
import static dev.logsift.dedup.DynamoItems.OWNER;
import static dev.logsift.dedup.DynamoItems.PK;
import static dev.logsift.dedup.DynamoItems.POSTED_AT;
import static dev.logsift.dedup.DynamoItems.SERVICE;
import static dev.logsift.dedup.DynamoItems.SOURCE;
import static dev.logsift.dedup.DynamoItems.SUPPRESSED;
import static dev.logsift.dedup.DynamoItems.TEMPLATE;
import static dev.logsift.dedup.DynamoItems.WINDOW_UNTIL;
import static dev.logsift.dedup.DynamoItems.n;
import static dev.logsift.dedup.DynamoItems.s;

import dev.logsift.classify.Classification;
import dev.logsift.classify.Source;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.signal.SignalStore;
import dev.logsift.signal.StatsUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * The dedup store in one DynamoDB table (partition key {@code pk}, TTL attribute {@code expires_at}).
 *
 * <p>Items: {@code fp#<fingerprint>} holds the dedup window, its owner token, the suppressed counter, first and
 * last sighting, template, service, log group, the cached classification, the last delivery and the signal
 * history (see DynamoSignalStore and {@link #observeAndClaim});
 * {@code card#<destination>#<channel>#<message>} is one chat card; {@code cards#<yyyy-MM-ddTHH>} lists the card
 * keys posted in that UTC hour (see {@link DynamoRecentCards}), so recentCards needs no Scan.
 * TTL deletion lags by days, so every condition checks times itself.
 */
public final class DynamoDedupStore implements DedupStore {
  private final DynamoDb client;
  private final String table;
  private final Duration window;
  private final Duration itemTtl;
  private final RandomGenerator random;
  private final DynamoRecentCards cards;
  /** Null when the signals are kept apart (a SignalStore of their own); see observeAndClaim. */
  private final DynamoSightings sightings;

  /**
   * @param window how long a claim suppresses repeats
   * @param itemTtl how long items live after their last write; longer than the window so that first_seen and
   *     cached classifications outlive it (see {@link DedupSettings#itemTtl()})
   * @param clock used by recentCards, whose port method takes no time, and to count down the budget
   */
  public DynamoDedupStore(DynamoDb client, String table, Duration window, Duration itemTtl,
      RandomGenerator random, Clock clock) {
    this(client, table, window, itemTtl, random, clock, Sleeper.system(), null, () -> Retrier.DEFAULT_BUDGET_MILLIS);
  }

  /**
   * A store that also keeps each fingerprint's signals in its item (wire a DynamoSignalStore on the same table
   * for releasing break-throughs), so that {@link #observeAndClaim} costs one write per fingerprint.
   */
  public DynamoDedupStore(DynamoDb client, String table, Duration window, Duration itemTtl,
      RandomGenerator random, Clock clock, StatsUpdate signals) {
    this(client, table, window, itemTtl, random, clock, signals, () -> Retrier.DEFAULT_BUDGET_MILLIS);
  }

  /**
   * @param remainingMillis the client's budget (the invocation's time left), which also ends the rounds of
   *     unprocessed batch keys and items
   */
  public DynamoDedupStore(DynamoDb client, String table, Duration window, Duration itemTtl,
      RandomGenerator random, Clock clock, StatsUpdate signals, LongSupplier remainingMillis) {
    this(client, table, window, itemTtl, random, clock, Sleeper.system(), signals, remainingMillis);
  }

  DynamoDedupStore(DynamoDb client, String table, Duration window, Duration itemTtl, RandomGenerator random,
      Clock clock, Sleeper sleeper) {
    this(client, table, window, itemTtl, random, clock, sleeper, null, () -> Retrier.DEFAULT_BUDGET_MILLIS);
  }

  private DynamoDedupStore(DynamoDb client, String table, Duration window, Duration itemTtl,
      RandomGenerator random, Clock clock, Sleeper sleeper, StatsUpdate signals, LongSupplier remainingMillis) {
    if (itemTtl.compareTo(window) < 0) {
      throw new IllegalArgumentException("item TTL must be at least the dedup window");
    }
    this.client = client;
    this.table = table;
    this.window = window;
    this.itemTtl = itemTtl;
    this.random = random;
    Retrier rounds = new Retrier("dynamodb", DynamoBatchReader.ROUNDS, clock, sleeper, random, remainingMillis);
    DynamoBatchReader reader = new DynamoBatchReader(client, table, rounds);
    this.cards = new DynamoRecentCards(client, table, itemTtl, clock, reader,
        new DynamoBatchWriter(client, table, rounds));
    this.sightings = signals == null ? null : new DynamoSightings(this, reader, signals, random, sleeper);
  }

  @Override
  public Claim claim(Sighting s, Instant now) {
    return take(s, now, "attribute_not_exists(#pk) OR attribute_not_exists(#wu) OR #wu <= :now", null, null);
  }

  /** With the signals in the items: one batch read, then one write per fingerprint; {@code signals} is not used. */
  @Override
  public List<Sighted> observeAndClaim(List<Sighting> batch, List<Boolean> noise, SignalStore signals, Instant now) {
    return sightings == null ? DedupStore.super.observeAndClaim(batch, noise, signals, now)
        : sightings.run(batch, noise, now);
  }

  @Override
  public Claim takeOver(Sighting s, Claim lost, Instant now) {
    if (lost.holder() == null) {
      return lost;
    }
    return take(s, now, "#owner = :holder AND #conf = :false", lost.holder(), lost);
  }

  @Override
  public HolderState state(String fingerprint, Instant now) {
    Map<String, Attr> item;
    try {
      item = client.get(new Get(table, Map.of(PK, s(FINGERPRINT_PREFIX + fingerprint)), true));
    } catch (DynamoException e) {
      throw unavailable("state", e);
    }
    if (item == null || !item.containsKey(OWNER) || DynamoItems.number(item, WINDOW_UNTIL, 0) <= now.toEpochMilli()) {
      return HolderState.FREE;
    }
    Attr conf = item.get(CONFIRMED);
    return conf != null && Boolean.FALSE.equals(conf.bool()) ? HolderState.HELD : HolderState.REPORTED;
  }

  /**
   * One conditional write that makes us the holder: a fresh claim, or a takeover of a named unconfirmed
   * holder. A failed condition is a lost race, not an error.
   */
  private Claim take(Sighting s, Instant now, String condition, String holder, Claim lost) {
    String token = Long.toHexString(random.nextLong());
    Map<String, Attr> old;
    try {
      old = client.update(takeRequest(s, now, condition, holder, token, null));
    } catch (ConditionFailedException e) {
      return lost != null ? lost : countRepeat(s, now);
    } catch (DynamoException e) {
      throw unavailable("claim", e);
    }
    return taken(s, now, token, old);
  }

  /** A claim whose write also carries the fingerprint's signals; null when either part's condition failed. */
  Claim claimWith(Sighting s, Instant now, StatsWrite stats) {
    String token = Long.toHexString(random.nextLong());
    Map<String, Attr> old;
    try {
      old = client.update(takeRequest(s, now, FREE, null, token, stats));
    } catch (ConditionFailedException e) {
      return null;
    } catch (DynamoException e) {
      throw unavailable("claim", e);
    }
    return taken(s, now, token, old);
  }

  /** A repeat inside a running window, counted in the same write as its signals; null when a condition failed. */
  Claim repeatWith(Sighting s, Instant now, StatsWrite stats) {
    Map<String, Attr> item;
    try {
      item = client.update(repeatRequest(s, now, "#wu > :now", stats));
    } catch (ConditionFailedException e) {
      return null;
    } catch (DynamoException e) {
      throw unavailable("count repeat", e);
    }
    return repeated(s, now, item);
  }

  private static final String FREE = "attribute_not_exists(#pk) OR attribute_not_exists(#wu) OR #wu <= :now";

  private Update takeRequest(Sighting s, Instant now, String condition, String holder, String token,
      StatsWrite stats) {
    long nowMs = now.toEpochMilli();
    Map<String, String> names = names("#pk", PK, "#wu", WINDOW_UNTIL, "#owner", OWNER, "#sup", SUPPRESSED,
        "#fs", FIRST_SEEN, "#ls", LAST_SEEN, "#exp", EXPIRES_AT);
    names.put("#conf", CONFIRMED);
    names.put("#ca", CLAIMED_AT);
    Map<String, Attr> values = new HashMap<>();
    values.put(":now", n(nowMs));
    values.put(":until", n(now.plus(window).toEpochMilli()));
    values.put(":token", s(token));
    values.put(":zero", n(0));
    values.put(":exp", n(expiresAt(now)));
    values.put(":false", Attr.fromBool(false));
    if (holder != null) {
      values.put(":holder", s(holder));
      names.remove("#pk");
    }
    String set = "SET #wu = :until, #owner = :token, #sup = :zero, #fs = if_not_exists(#fs, :now), #ls = :now, "
        + "#exp = :exp, #conf = :false, #ca = :now" + setText(names, values, TEMPLATE, s.template())
        + setText(names, values, SERVICE, s.service()) + setText(names, values, LOG_GROUP, s.logGroup());
    if (stats != null) {
      set += stats.set(names, values);
      condition = "(" + condition + ") AND " + stats.condition(names, values);
    }
    return update(FINGERPRINT_PREFIX + s.fingerprint())
        .updateExpression(set)
        // A missing window_until (item made by overrideClassification) compares as false, hence its own test.
        .conditionExpression(condition)
        .expressionAttributeNames(names)
        .expressionAttributeValues(values)
        .returnValues(Update.Returns.ALL_OLD)
        .build();
  }

  private Claim taken(Sighting s, Instant now, String token, Map<String, Attr> old) {
    boolean expired = old != null && old.containsKey(EXPIRES_AT)
        && DynamoItems.number(old, EXPIRES_AT, 0) <= now.getEpochSecond();
    if (expired) {
      forgetExpired(s.fingerprint(), token, now);
      return new Claim(s.fingerprint(), true, token, 0, now, true, null);
    }
    boolean isNew = old == null || !old.containsKey(FIRST_SEEN);
    Instant firstSeen = isNew ? Instant.ofEpochMilli(now.toEpochMilli()) : DynamoItems.instant(old, FIRST_SEEN);
    return new Claim(s.fingerprint(), true, token, DynamoItems.number(old, SUPPRESSED, 0), firstSeen, isNew,
        DynamoItems.cached(old).orElse(null));
  }

  /** Lost the claim: someone else reports this window, so this sighting only adds to the next card's count. */
  private Claim countRepeat(Sighting s, Instant now) {
    Map<String, Attr> item;
    try {
      item = client.update(repeatRequest(s, now, null, null));
    } catch (DynamoException e) {
      throw unavailable("count repeat", e);
    }
    return repeated(s, now, item);
  }

  private Update repeatRequest(Sighting s, Instant now, String condition, StatsWrite stats) {
    Map<String, String> names = names("#sup", SUPPRESSED, "#ls", LAST_SEEN, "#exp", EXPIRES_AT);
    Map<String, Attr> values = new HashMap<>(Map.of(":n", n(s.count()), ":now", n(now.toEpochMilli()),
        ":exp", n(expiresAt(now))));
    String set = "ADD #sup :n SET #ls = :now, #exp = :exp";
    Update.Builder b = update(FINGERPRINT_PREFIX + s.fingerprint());
    if (stats != null) {
      set += stats.set(names, values);
      condition = "(" + condition + ") AND " + stats.condition(names, values);
    }
    if (condition != null) {
      names.put("#wu", WINDOW_UNTIL);
      b.conditionExpression(condition);
    }
    return b.updateExpression(set).expressionAttributeNames(names).expressionAttributeValues(values)
        .returnValues(Update.Returns.ALL_NEW).build();
  }

  private static Claim repeated(Sighting s, Instant now, Map<String, Attr> item) {
    Instant firstSeen = DynamoItems.instant(item, FIRST_SEEN);
    Attr conf = item.get(CONFIRMED);
    boolean unconfirmed = item.containsKey(OWNER) && conf != null && Boolean.FALSE.equals(conf.bool());
    return new Claim(s.fingerprint(), false, null, DynamoItems.number(item, SUPPRESSED, s.count()),
        firstSeen == null ? now : firstSeen, false, DynamoItems.cached(item).orElse(null),
        unconfirmed ? item.get(OWNER).s() : null,
        unconfirmed && item.containsKey(CLAIMED_AT) ? DynamoItems.instant(item, CLAIMED_AT) : null);
  }

  /** Only the signals (known noise that did not spike); false when someone wrote them in between. */
  boolean statsOnly(String fingerprint, Instant now, StatsWrite stats) {
    Map<String, String> names = names("#exp", EXPIRES_AT);
    Map<String, Attr> values = new HashMap<>(Map.of(":exp", n(expiresAt(now))));
    String set = "SET #exp = :exp" + stats.set(names, values);
    try {
      client.update(update(FINGERPRINT_PREFIX + fingerprint).updateExpression(set)
          .conditionExpression(stats.condition(names, values)).expressionAttributeNames(names)
          .expressionAttributeValues(values).build());
      return true;
    } catch (ConditionFailedException e) {
      return false;
    } catch (DynamoException e) {
      throw unavailable("signals", e);
    }
  }

  /** The item as it is now (consistent), or null: to try again after a lost race. */
  Map<String, Attr> read(String fingerprint) {
    try {
      Map<String, Attr> item = client.get(new Get(table, Map.of(PK, s(FINGERPRINT_PREFIX + fingerprint)), true));
      return item == null || item.isEmpty() ? null : item;
    } catch (DynamoException e) {
      throw unavailable("read", e);
    }
  }

  /** The item outlived its TTL but was not deleted yet: start over as if it were gone. */
  private void forgetExpired(String fingerprint, String token, Instant now) {
    try {
      client.update(update(FINGERPRINT_PREFIX + fingerprint)
          .updateExpression("SET #fs = :now REMOVE #cls, #del")
          .conditionExpression("#owner = :token")
          .expressionAttributeNames(names("#fs", FIRST_SEEN, "#cls", CLS, "#del", DELIVERY, "#owner", OWNER))
          .expressionAttributeValues(Map.of(":now", n(now.toEpochMilli()), ":token", s(token)))
          .build());
    } catch (ConditionFailedException e) {
      // Released and re-claimed by someone else in between: their state wins.
    } catch (DynamoException e) {
      throw unavailable("claim", e);
    }
  }

  @Override
  public void confirm(Claim claim, Classification c, PostedCard card, Instant now) {
    if (confirmDeferringCard(claim, c, card, now)) {
      cards.add(card, now);
    }
  }

  @Override
  public boolean confirmDeferringCard(Claim claim, Classification c, PostedCard card, Instant now) {
    if (!claim.won()) {
      return false;
    }
    PostedMessage delivery = card.delivery();
    boolean owned = Cacheable.shouldCache(c) ? confirmCaching(claim, c, delivery, now)
        : confirmOwned(claim, delivery, now, null, null);
    return owned && delivery.inChat();
  }

  /** Caches the answer unless a human label is there already, which only another human label replaces. */
  private boolean confirmCaching(Claim claim, Classification c, PostedMessage delivery, Instant now) {
    if (confirmOwned(claim, delivery, now, c, "attribute_not_exists(#cls) OR #cls.#src <> :human")) {
      return true;
    }
    return confirmOwned(claim, delivery, now, null, null);
  }

  private boolean confirmOwned(Claim claim, PostedMessage delivery, Instant now, Classification cache, String cacheCond) {
    Map<String, String> names = new HashMap<>(names("#owner", OWNER, "#del", DELIVERY, "#pa", POSTED_AT));
    Map<String, Attr> values = new HashMap<>();
    values.put(":token", s(claim.token()));
    values.put(":del", DynamoItems.delivery(delivery));
    values.put(":now", n(now.toEpochMilli()));
    names.put("#conf", CONFIRMED);
    values.put(":true", Attr.fromBool(true));
    String set = "SET #del = :del, #pa = :now, #conf = :true";
    String cond = "#owner = :token";
    if (cache != null) {
      set += ", #cls = :cls";
      cond += " AND (" + cacheCond + ")";
      names.put("#cls", CLS);
      names.put("#src", SOURCE);
      values.put(":cls", DynamoItems.classification(cache, now));
      values.put(":human", s(Source.HUMAN.wire()));
    }
    try {
      client.update(update(FINGERPRINT_PREFIX + claim.fingerprint()).updateExpression(set)
          .conditionExpression(cond).expressionAttributeNames(names).expressionAttributeValues(values).build());
      return true;
    } catch (ConditionFailedException e) {
      return false;
    } catch (DynamoException e) {
      throw unavailable("confirm", e);
    }
  }

  @Override
  public void release(Claim claim, Sighting sighting, Instant now) {
    if (!claim.won()) {
      return;
    }
    // A new fingerprint forgets its first sighting too, so the retry's card is still flagged new.
    String remove = claim.isNew() ? " REMOVE #owner, #fs" : " REMOVE #owner";
    Map<String, String> names = claim.isNew() ? names("#wu", WINDOW_UNTIL, "#owner", OWNER, "#sup", SUPPRESSED,
        "#fs", FIRST_SEEN) : names("#wu", WINDOW_UNTIL, "#owner", OWNER, "#sup", SUPPRESSED);
    try {
      client.update(update(FINGERPRINT_PREFIX + claim.fingerprint())
          .updateExpression("SET #wu = :zero ADD #sup :taken" + remove)
          .conditionExpression("#owner = :token")
          .expressionAttributeNames(names)
          .expressionAttributeValues(Map.of(":zero", n(0), ":taken", n(claim.suppressedSinceLastReport()),
              ":token", s(claim.token())))
          .build());
    } catch (ConditionFailedException e) {
      // Someone else owns the fingerprint now; their claim already counts.
    } catch (DynamoException e) {
      throw unavailable("release", e);
    }
  }

  @Override
  public void overrideClassification(String fingerprint, Classification classification, Instant now) {
    try {
      client.update(update(FINGERPRINT_PREFIX + fingerprint)
          .updateExpression("SET #cls = :cls, #wu = if_not_exists(#wu, :zero), #exp = :exp")
          .expressionAttributeNames(names("#cls", CLS, "#wu", WINDOW_UNTIL, "#exp", EXPIRES_AT))
          .expressionAttributeValues(Map.of(":cls", DynamoItems.classification(classification, now),
              ":zero", n(0), ":exp", n(expiresAt(now))))
          .build());
    } catch (DynamoException e) {
      throw unavailable("override", e);
    }
  }

  @Override
  public void rememberCard(PostedCard card) {
    if (card.delivery().inChat()) {
      cards.add(card, card.postedAt());
    }
  }

  @Override
  public void rememberCards(List<PostedCard> posted) {
    cards.addAll(posted.stream().filter(p -> p.delivery().inChat()).toList());
  }

  @Override
  public List<PostedCard> recentCards(Instant since) {
    return cards.since(since);
  }

  private long expiresAt(Instant now) {
    return expiresAt(now, itemTtl);
  }

  /** Epoch seconds, rounded up so an item never expires before its TTL has fully passed. */
  static long expiresAt(Instant now, Duration ttl) {
    return now.plus(ttl).getEpochSecond() + 1;
  }

  private Update.Builder update(String key) {
    return update(table, key);
  }

  static Update.Builder update(String table, String key) {
    return Update.builder(table, Map.of(PK, s(key)));
  }

  /** Adds ", #attr = :attr" for text that is present (DynamoDB rejects unused names), capped. */
  private static String setText(Map<String, String> names, Map<String, Attr> values, String attr,
      String text) {
    if (text == null) {
      return "";
    }
    names.put("#" + attr, attr);
    values.put(":" + attr, s(DynamoItems.cap(text, DynamoItems.MAX_TEXT)));
    return ", #" + attr + " = :" + attr;
  }

  static Map<String, String> names(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** Names the operation and DynamoDB's error code only: DynamoDB's messages may echo keys and values. */
  static DownstreamUnavailableException unavailable(String operation, DynamoException e) {
    return new DownstreamUnavailableException("dynamodb", operation + " failed (" + e.code() + ")", e);
  }
}
