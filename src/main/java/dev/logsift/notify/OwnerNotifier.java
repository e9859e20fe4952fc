package dev.logsift.notify;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Names the owning team on every card and sends the cards of a team with its own destination there. A team's
 * destination beats category routing: the team that owns the service is who should look.
 */
public final class OwnerNotifier implements Notifier {
  private static final String TEAM = "team:";
  private final Owners owners;
  private final Notifier fallback;
  private final Function<String, Notifier> slackChannel;
  private final Map<String, Notifier> byChannel = new ConcurrentHashMap<>();

  /**
   * @param slackChannel builds the notifier for a team's Slack channel id, or null when no Slack bot is
   *     configured (team channels are then ignored and category routing applies). Built on first use, so a
   *     team added to a published owners file gets its channel without a cold start.
   */
  public OwnerNotifier(Owners owners, Notifier fallback, Function<String, Notifier> slackChannel) {
    this.owners = owners;
    this.fallback = fallback;
    this.slackChannel = slackChannel;
  }

  @Override
  public Card addressed(Card card) {
    Card c = fallback.addressed(card);
    return owners.ownerOf(c.service(), c.logGroup()).map(t -> c.withOwner(t.name())).orElse(c);
  }

  @Override
  public Delivery post(Card card) {
    Card c = card.owner() == null ? addressed(card) : card;
    return team(c).orElse(fallback).post(c);
  }

  @Override
  public String destinationFor(Card card) {
    Card c = card.owner() == null ? addressed(card) : card;
    return team(c).isPresent() ? TEAM + c.owner() : fallback.destinationFor(c);
  }

  @Override
  public Delivery postDigest(String destination, Digest digest) {
    if (destination.startsWith(TEAM)) {
      Optional<Notifier> n = teamNamed(destination.substring(TEAM.length()));
      if (n.isPresent()) {
        return n.get().postDigest(destination, digest);
      }
    }
    return fallback.postDigest(destination, digest);
  }

  private Optional<Notifier> team(Card c) {
    return c.owner() == null ? Optional.empty() : teamNamed(c.owner());
  }

  private Optional<Notifier> teamNamed(String name) {
    if (slackChannel == null) {
      return Optional.empty();
    }
    return owners.teams().stream().filter(t -> t.name().equals(name) && t.slackChannel() != null).findFirst()
        .map(t -> byChannel.computeIfAbsent(t.slackChannel(), slackChannel));
  }
}
