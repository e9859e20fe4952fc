package dev.logsift.bench;

import dev.logsift.app.ClassifierHandler;
import dev.logsift.classify.Source;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.pipeline.BatchReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Issue 7's storm against the configured adapters (run by {@link ColdStartBench} in a child JVM with the
 * environment pointing at local servers): 100,000 lines of 20 distinct errors in 10 batches through one
 * warm handler. Prints the events, the distinct fingerprints and those the model classified; the caller counts
 * the model calls.
 */
public final class StormRun {
  static final String RESULT = "logsift-storm ";

  private StormRun() {}

  public static void main(String[] args) {
    int total = Integer.parseInt(args[0]);
    int distinct = Integer.parseInt(args[1]);
    int perBatch = 10_000;
    ClassifierHandler handler = new ClassifierHandler();
    List<String> lines = BenchLines.lines(total, distinct, 7);
    Set<String> fingerprints = new HashSet<>();
    Set<String> byModel = new HashSet<>();
    long events = 0;
    long t0 = 1_795_766_400_000L;
    for (int from = 0; from < total; from += perBatch) {
      List<LogEvent> batch = new ArrayList<>(perBatch);
      for (int i = from; i < Math.min(total, from + perBatch); i++) {
        batch.add(new LogEvent(String.format("%056d", i), t0 + i, lines.get(i)));
      }
      BatchReport r = handler.process(new LogBatch(LogBatch.DATA_MESSAGE, "123456789012", "/ecs/checkout",
          "checkout/web/7f3a9c2e", List.of("logsift-errors"), batch));
      events += r.events();
      for (var o : r.outcomes()) {
        fingerprints.add(o.card().fingerprint());
        if (o.card().classification().source() == Source.MODEL) {
          byModel.add(o.card().fingerprint());
        }
      }
    }
    System.out.println(RESULT + events + " " + fingerprints.size() + " " + byModel.size());
    System.out.flush();
    System.exit(0);
  }
}
