package dev.logsift.bench;

import dev.logsift.app.Config;
import dev.logsift.app.Wiring;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Delivery;
import dev.logsift.pipeline.BatchReport;
import dev.logsift.pipeline.Pipeline;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-event cost of the handler pipeline on the embedded wiring (in-memory dedup, signal and budget stores,
 * rules classifier, bundled known failures) with a notifier that only acknowledges, on a 10,000-event batch of
 * {@link BenchLines}. Time is per event (10,000 operations per invocation); run with -prof gc for bytes per event.
 *
 * <p>{@code repeats}: the store has seen every fingerprint, so the batch is counted and suppressed (the steady
 * state of an error storm). {@code firstSight}: a fresh pipeline per batch, so every fingerprint is claimed,
 * classified and "posted" once, then repeated.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PipelineBench {
  static final int EVENTS = 10_000;
  static final int DISTINCT = BenchLines.templates();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);

  static LogBatch batch() {
    List<String> lines = BenchLines.lines(EVENTS, DISTINCT, 42);
    List<LogEvent> events = new ArrayList<>(EVENTS);
    long t0 = CLOCK.millis() - 60_000;
    for (int i = 0; i < lines.size(); i++) {
      events.add(new LogEvent(String.format("%056d", i), t0 + i, lines.get(i)));
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "123456789012", "/ecs/checkout", "checkout/web/7f3a9c2e",
        List.of("logsift-errors"), events);
  }

  static Pipeline pipeline() {
    return Wiring.build(Config.defaults(), CLOCK, card -> Delivery.console()).pipeline();
  }

  @State(Scope.Thread)
  public static class Repeats {
    LogBatch batch;
    Pipeline pipeline;

    @Setup(Level.Trial)
    public void setUp() {
      batch = batch();
      pipeline = pipeline();
      pipeline.process(batch);
    }
  }

  @State(Scope.Thread)
  public static class FirstSight {
    LogBatch batch;
    Pipeline pipeline;

    @Setup(Level.Trial)
    public void load() {
      batch = batch();
    }

    // A 10,000-event invocation takes milliseconds, so per-invocation setup does not distort the timing.
    @Setup(Level.Invocation)
    public void freshStores() {
      pipeline = pipeline();
    }
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public BatchReport repeats(Repeats s) {
    return s.pipeline.process(s.batch);
  }

  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public BatchReport firstSight(FirstSight s) {
    return s.pipeline.process(s.batch);
  }
}
