package dev.logsift.classify;

/** Tokens and estimated cost of one model call; NONE when no model was called. */
public record ModelUsage(long inputTokens, long outputTokens, double estimatedCostUsd) {
  public static final ModelUsage NONE = new ModelUsage(0, 0, 0.0);
}
