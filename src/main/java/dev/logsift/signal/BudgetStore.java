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

  /**
   * Takes up to {@code wanted} card slots at once and returns how many it got (a batch asks once per
   * destination). Stores that can count in one request override this; the default takes them one by one.
   */
  default int takeCardSlots(String destination, int wanted, int budgetPerHour, Instant now) {
    int got = 0;
    while (got < wanted && takeCardSlot(destination, budgetPerHour, now)) {
      got++;
    }
    return got;
  }

  /** Gives a slot back when the card could not be posted. */
  void returnCardSlot(String destination, Instant now);

  /** Adds entries to the destination's digest of this hour and returns the whole digest. */
  Digest addToDigest(String destination, List<Digest.Entry> entries, Instant now);

  /**
   * Remembers the chat message showing the digest, so later overflow edits it instead of posting anew.
   * Only replaces {@code replacing} (empty: only if none is remembered), so the first of two racing posts wins.
   */
  void setDigestMessage(String destination, Instant periodStart, String channel, String messageId, String replacing);

  /** Reserves one model call if both hourly limits allow it (0 = no limit). */
  boolean reserveModelCall(int maxCallsPerHour, long maxTokensPerHour, Instant now);

  /**
   * Reserves up to {@code wanted} model calls at once if both hourly limits allow them and returns how many
   * it got (a batch asks once). The default reserves them one by one.
   */
  default int reserveModelCalls(int wanted, int maxCallsPerHour, long maxTokensPerHour, Instant now) {
    int got = 0;
    while (got < wanted && reserveModelCall(maxCallsPerHour, maxTokensPerHour, now)) {
      got++;
    }
    return got;
  }

  /** Records what model calls used (one call, or a batch's calls summed); the tokens count against the ceiling. */
  void addModelUsage(long inputTokens, long outputTokens, double costUsd, Instant now);

  /** Model calls and usage of the hour of now. */
  ModelSpend spend(Instant now);

  /** Model calls and usage of every hour from the hour of {@code from} to the hour of {@code to}. */
  ModelSpend spendBetween(Instant from, Instant to);

  /** @param tokens input plus output tokens (what the ceiling counts) */
  record ModelSpend(long calls, long tokens, long inputTokens, long outputTokens, double costUsd) {
    public static final ModelSpend NONE = new ModelSpend(0, 0, 0, 0, 0);

    public ModelSpend plus(ModelSpend o) {
      return new ModelSpend(calls + o.calls, tokens + o.tokens, inputTokens + o.inputTokens,
          outputTokens + o.outputTokens, costUsd + o.costUsd);
    }
  }
}
