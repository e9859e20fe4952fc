package dev.logsift.signal;

import dev.logsift.notify.Digest;

import java.time.Instant;
import java.util.List;

/**
 * Port: hourly counters shared by every concurrent invocation: cards per destination (alert budget),
 * the digest that collects cards past the budget, and model calls and tokens (cost ceiling).
 * Throws DownstreamUnavailableException when the store stays unavailable.
 */
public interface BudgetStore {
  /** Takes one card slot for the destination in the hour of now; false when the budget is spent. */
  boolean takeCardSlot(String destination, int budgetPerHour, Instant now);

  /** Gives a slot back when the card could not be posted. */
  void returnCardSlot(String destination, Instant now);

  /** Adds entries to the destination's digest of this hour and returns the whole digest. */
  Digest addToDigest(String destination, List<Digest.Entry> entries, Instant now);

  /** Remembers the chat message showing the digest, so later overflow edits it instead of posting anew. */
  void setDigestMessage(String destination, Instant periodStart, String channel, String messageId);

  /** Reserves one model call if both hourly limits allow it (0 = no limit). */
  boolean reserveModelCall(int maxCallsPerHour, long maxTokensPerHour, Instant now);

  /** Records the tokens one model call used. */
  void addModelTokens(long tokens, Instant now);

  /** Model calls and tokens of the hour of now. */
  ModelSpend spend(Instant now);

  record ModelSpend(long calls, long tokens) {}
}
