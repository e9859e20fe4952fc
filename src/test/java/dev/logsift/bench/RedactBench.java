package dev.logsift.bench;

import dev.logsift.redact.PatternRedactor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lines per second per thread for redaction alone, on the typical lines of FingerprintBench, so its share of
 * fingerprintAndRedact is seen directly. One op = one line. Run like FingerprintBench, with the pattern
 * 'dev\.logsift\.bench\.RedactBench\..*'.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RedactBench {
  private String[] lines;
  private PatternRedactor redactor;

  @Setup
  public void setup() throws IOException {
    try (InputStream in = RedactBench.class.getResourceAsStream("/fingerprint/bench-lines.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
          .toArray(String[]::new);
    }
    if (lines.length != FingerprintBench.LINES) {
      throw new IllegalStateException("bench-lines.txt must hold " + FingerprintBench.LINES + " lines");
    }
    redactor = new PatternRedactor();
  }

  @Benchmark
  @OperationsPerInvocation(FingerprintBench.LINES)
  public void redactOnly(Blackhole bh) {
    for (String line : lines) {
      bh.consume(redactor.redact(line));
    }
  }
}
