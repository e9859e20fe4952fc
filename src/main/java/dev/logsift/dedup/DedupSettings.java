package dev.logsift.dedup;

import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the dedup store needs from the configuration, handed over by the wiring.
 *
 * @param table DEDUP_TABLE, or null for the in-memory store
 * @param window how long a claim suppresses repeats
 * @param classificationTtl how long a cached classification is reused
 * @param newLookback how far back NEW and SPREAD look
 * @param correctionsLookback how old a card the corrections poll still reads
 */
public record DedupSettings(String table, Duration window, Duration classificationTtl, Duration newLookback,
    Duration correctionsLookback) {

  /**
   * Items outlive the window, the classification cache, the NEW look-back and the corrections look-back, so
   * that first_seen, cached classifications and card keys are still there when those read them.
   */
  public Duration itemTtl() {
    return Stream.of(window, classificationTtl, newLookback, correctionsLookback).max(Comparator.naturalOrder())
        .orElseThrow();
  }
}
