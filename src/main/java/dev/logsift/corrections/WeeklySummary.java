package dev.logsift.corrections;

import dev.logsift.classify.Category;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weekly loop, run by a schedule in the corrections function: the last seven days of corrections become a
 * Markdown proposal at proposals/YYYY-Www.md in the corrections bucket, and one message tells the channel how
 * many corrections there were, which card categories were corrected most, and where the proposal is. A rerun
 * in the same week (a retry) finds the proposal written and posts nothing twice.
 */
public final class WeeklySummary {
  public static final String PREFIX = "proposals/";
  static final Duration PERIOD = Duration.ofDays(7);

  /**
   * @param key the proposal's object key
   * @param written false when this week's proposal existed already (nothing was posted then)
   */
  public record Report(int corrections, int corrected, String key, boolean written, boolean posted) {}

  private final Corrections corrections;
  private final CorrectionStore store;
  private final CorrectionSummary summary;
  private final ChannelMessage channel;
  private final String location;
  private final Clock clock;

  /**
   * @param channel where the one message goes, or null to write the proposal only
   * @param location how people reach the store, e.g. "s3://bucket/" (prefixed to the key in the message)
   */
  public WeeklySummary(Corrections corrections, CorrectionStore store, CorrectionSummary summary,
      ChannelMessage channel, String location, Clock clock) {
    this.corrections = corrections;
    this.store = store;
    this.summary = summary;
    this.channel = channel;
    this.location = location;
    this.clock = clock;
  }

  public Report run() {
    Instant now = clock.instant();
    Instant from = now.minus(PERIOD);
    String week = week(now);
    List<Correction> list = corrections.since(from);
    String md = summary.markdown(list, "week " + week + " (" + from.toString().substring(0, 10) + " to "
        + now.toString().substring(0, 10) + ")");
    String key = PREFIX + week + ".md";
    boolean written = store.putIfAbsent(key, md.getBytes(StandardCharsets.UTF_8));
    int corrected = (int) list.stream().filter(Correction::disagrees).count();
    boolean posted = false;
    if (written && channel != null) {
      channel.post(message(list, week, location + key));
      posted = true;
    }
    return new Report(list.size(), corrected, key, written, posted);
  }

  /** ISO week of the run, e.g. 2026-W49. */
  static String week(Instant at) {
    var d = at.atZone(ZoneOffset.UTC).toLocalDate();
    return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String message(List<Correction> list, String week, String where) {
    Map<Category, int[]> byCard = new EnumMap<>(Category.class);
    for (Correction c : list) {
      int[] n = byCard.computeIfAbsent(c.original(), k -> new int[2]);
      n[0]++;
      if (c.disagrees()) {
        n[1]++;
      }
    }
    int corrected = byCard.values().stream().mapToInt(n -> n[1]).sum();
    StringBuilder sb = new StringBuilder("logsift weekly summary " + week + ": ");
    sb.append(list.size()).append(list.size() == 1 ? " review, " : " reviews, ").append(corrected)
        .append(corrected == 1 ? " correction" : " corrections").append('.');
    List<Map.Entry<Category, int[]>> wrong = new ArrayList<>(byCard.entrySet().stream().filter(e -> e.getValue()[1] > 0)
        .toList());
    wrong.sort((a, b) -> b.getValue()[1] != a.getValue()[1] ? b.getValue()[1] - a.getValue()[1]
        : a.getKey().compareTo(b.getKey()));
    if (!wrong.isEmpty()) {
      sb.append(" Most often wrong: ");
      for (int i = 0; i < Math.min(3, wrong.size()); i++) {
        var e = wrong.get(i);
        sb.append(i == 0 ? "" : ", ").append(e.getKey().wire()).append(" (").append(e.getValue()[1]).append(" of ")
            .append(e.getValue()[0]).append(')');
      }
      sb.append('.');
    }
    sb.append(" Proposal for known-failures: ").append(where);
    return sb.toString();
  }
}
