package dev.logsift.dedup;

import dev.logsift.classify.Classification;
import dev.logsift.classify.Source;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** In-process store: the embedded default (one process, so a lock is enough for atomicity). */
public final class InMemoryDedupStore implements DedupStore {
  private static final class Item {
    /** Null until the first sighting (an override can come first) and again after a new claim's release. */
    Instant firstSeen;
    Instant windowUntil = Instant.EPOCH;
    String owner;
    boolean confirmed;
    Instant claimedAt;
    long suppressed;
    CachedClassification cached;
    PostedMessage delivery;
  }

  private final Duration window;
  private final RandomGenerator random;
  private final Map<String, Item> items = new HashMap<>();
  private final List<PostedCard> posted = new ArrayList<>();

  public InMemoryDedupStore(Duration window, RandomGenerator random) {
    this.window = window;
    this.random = random;
  }

  @Override
  public synchronized Claim claim(Sighting s, Instant now) {
    Item item = items.computeIfAbsent(s.fingerprint(), k -> new Item());
    boolean isNew = item.firstSeen == null;
    if (isNew) {
      item.firstSeen = now;
    }
    if (item.windowUntil.isAfter(now)) {
      item.suppressed += s.count();
      boolean unconfirmed = item.owner != null && !item.confirmed;
      return new Claim(s.fingerprint(), false, null, item.suppressed, item.firstSeen, false, item.cached,
          unconfirmed ? item.owner : null, unconfirmed ? item.claimedAt : null);
    }
    return take(item, s, now, isNew);
  }

  private Claim take(Item item, Sighting s, Instant now, boolean isNew) {
    long before = item.suppressed;
    item.suppressed = 0;
    item.windowUntil = now.plus(window);
    item.owner = Long.toHexString(random.nextLong());
    item.confirmed = false;
    item.claimedAt = now;
    return new Claim(s.fingerprint(), true, item.owner, before, item.firstSeen, isNew, item.cached);
  }

  @Override
  public synchronized HolderState state(String fingerprint, Instant now) {
    Item item = items.get(fingerprint);
    if (item == null || !item.windowUntil.isAfter(now) || item.owner == null) {
      return HolderState.FREE;
    }
    return item.confirmed ? HolderState.REPORTED : HolderState.HELD;
  }

  @Override
  public synchronized Claim takeOver(Sighting s, Claim lost, Instant now) {
    Item item = items.get(s.fingerprint());
    if (item == null || lost.holder() == null || !lost.holder().equals(item.owner) || item.confirmed) {
      return lost;
    }
    return take(item, s, now, false);
  }

  @Override
  public synchronized void confirm(Claim claim, Classification c, PostedCard card, Instant now) {
    Item item = items.get(claim.fingerprint());
    if (!claim.won() || item == null || !claim.token().equals(item.owner)) {
      return;
    }
    item.delivery = card.delivery();
    item.confirmed = true;
    boolean human = item.cached != null && item.cached.classification().source() == Source.HUMAN;
    if (Cacheable.shouldCache(c) && !human) {
      item.cached = new CachedClassification(c, now);
    }
    if (card.delivery().inChat()) {
      posted.add(0, card);
    }
  }

  @Override
  public synchronized void release(Claim claim, Sighting sighting, Instant now) {
    Item item = items.get(claim.fingerprint());
    if (!claim.won() || item == null || !claim.token().equals(item.owner)) {
      return;
    }
    item.windowUntil = Instant.EPOCH;
    item.owner = null;
    item.suppressed += claim.suppressedSinceLastReport();
    if (claim.isNew()) {
      // Nothing was reported, so the retry's card is still the fingerprint's first.
      item.firstSeen = null;
    }
  }

  @Override
  public synchronized void overrideClassification(String fingerprint, Classification classification, Instant now) {
    Item item = items.computeIfAbsent(fingerprint, k -> new Item());
    item.cached = new CachedClassification(classification, now);
  }

  @Override
  public synchronized void rememberCard(PostedCard card) {
    if (card.delivery().inChat()) {
      posted.add(0, card);
    }
  }

  @Override
  public synchronized List<PostedCard> recentCards(Instant since) {
    return posted.stream().filter(p -> !p.postedAt().isBefore(since)).toList();
  }

  /** For tests and the CLI: where the last card of a fingerprint went. */
  public synchronized Optional<PostedMessage> lastDelivery(String fingerprint) {
    Item item = items.get(fingerprint);
    return Optional.ofNullable(item == null ? null : item.delivery);
  }
}
