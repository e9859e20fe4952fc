package dev.logsift.corrections;

import dev.logsift.fingerprint.MaskingFingerprinter;
import dev.logsift.redact.PatternRedactor;
import java.nio.file.*;
import java.util.*;
import java.util.regex.Pattern;

/**
 * Weekly-proposal match texts on Loghub-2k (../shared/bench): for each ground-truth group the match text is
 * proposed from its first raw (redacted) line and scored on the group's other lines (held-out recall) and on
 * every other group's lines (false hits). "before" is the raw-line method, "after" the template's constant part.
 * Run: java -cp target/test-classes:target/logsift.jar dev.logsift.corrections.MatchTextBench \
 *   ../shared/bench/loghub2k Linux,OpenStack,Spark,Thunderbird,Windows,Zookeeper
 */
public class MatchTextBench {
  static final Pattern VARIABLE = Pattern.compile(
      "\\d{1,4}[-/:]\\d{1,2}[-/:]\\d{1,4}|\\d{2}:\\d{2}|[0-9a-fA-F]{8,}|\\[REDACTED|<\\*>|\\d{3,}");

  public static void main(String[] a) throws Exception {
    Path root = Path.of(a[0]);
    var fp = new MaskingFingerprinter();
    var red = new PatternRedactor();
    System.out.println("system\tgroups\tmethod\tvariable%\tno-text%\theldout-recall%\tother-group-hit%");
    long[] tot = new long[10];
    for (String sys : a[1].split(",")) {
      List<String> raw = Files.readAllLines(root.resolve(sys + "/" + sys + "_2k.log"));
      List<String> csv = Files.readAllLines(root.resolve(sys + "/" + sys + "_2k.log_structured_corrected.csv"));
      Map<String, List<Integer>> groups = new LinkedHashMap<>();
      for (int i = 1; i < csv.size(); i++) {
        String line = csv.get(i);
        // The template may be quoted and hold commas: the EventId is the last ",E<n>," field.
        java.util.regex.Matcher m = Pattern.compile(",(E\\d+),").matcher(line);
        String id = null;
        while (m.find()) id = m.group(1);
        groups.computeIfAbsent(id, k -> new ArrayList<>()).add(i - 1);
      }
      List<String> lines = new ArrayList<>();
      for (String r : raw) lines.add(red.redact(r));
      for (String method : List.of("before", "after")) {
        int g = 0, variable = 0, none = 0;
        long heldHit = 0, heldAll = 0, otherHit = 0, otherAll = 0;
        for (var e : groups.entrySet()) {
          List<Integer> idx = e.getValue();
          if (idx.size() < 2) continue;
          g++;
          String sample = lines.get(idx.get(0));
          Optional<String> mt = method.equals("before") ? CorrectionSummary.rawMatchText(sample)
              : CorrectionSummary.matchText(sample, fp);
          if (mt.isEmpty()) { none++; continue; }
          String m = mt.get().toLowerCase(Locale.ROOT);
          if (VARIABLE.matcher(mt.get()).find()) variable++;
          Set<Integer> own = new HashSet<>(idx);
          for (int i : idx.subList(1, idx.size())) { heldAll++; if (lines.get(i).toLowerCase(Locale.ROOT).contains(m)) heldHit++; }
          for (int i = 0; i < lines.size(); i++) {
            if (own.contains(i)) continue;
            otherAll++;
            if (lines.get(i).toLowerCase(Locale.ROOT).contains(m)) otherHit++;
          }
        }
        System.out.printf("%s\t%d\t%s\t%.1f\t%.1f\t%.1f\t%.2f%n", sys, g, method, 100.0 * variable / g, 100.0 * none / g,
            100.0 * heldHit / Math.max(1, heldAll), 100.0 * otherHit / Math.max(1, otherAll));
        int o = method.equals("before") ? 0 : 5;
        tot[o] += g; tot[o + 1] += variable; tot[o + 2] += none; tot[o + 3] += heldHit; tot[o + 4] += heldAll;
      }
    }
    for (int o : new int[] {0, 5}) {
      System.out.printf("TOTAL %s: groups %d, variable %.1f%%, no text %.1f%%, held-out recall %.1f%%%n",
          o == 0 ? "before" : "after", tot[o], 100.0 * tot[o + 1] / tot[o], 100.0 * tot[o + 2] / tot[o],
          100.0 * tot[o + 3] / tot[o + 4]);
    }
  }
}
