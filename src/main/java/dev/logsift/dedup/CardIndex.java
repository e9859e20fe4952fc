package dev.logsift.dedup;

import java.time.Instant;
import java.util.List;

/**
 * Port: where the posted chat cards are, so the corrections find the reactions and replies to them. Every method
 * throws DownstreamUnavailableException when the store stays unavailable.
 */
public interface CardIndex {
  /**
   * Remembers a card that was posted without a claim of its own (a spike or spread breaking through the
   * window), so reactions to it are found like any other card's.
   */
  void rememberCard(PostedCard card);

  /** {@link #rememberCard} for several cards; stores that can write them together in one request do. */
  default void rememberCards(List<PostedCard> cards) {
    cards.forEach(this::rememberCard);
  }

  /** Cards posted to chat (not the console) since the given time, newest first. */
  List<PostedCard> recentCards(Instant since);
}
