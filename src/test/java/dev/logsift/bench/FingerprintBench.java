package dev.logsift.bench;

import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.fingerprint.LearningFingerprinter;
import dev.logsift.fingerprint.MaskingFingerprinter;
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
 * Lines per second per thread for fingerprinting typical ERROR lines (bench-lines.txt: 20 lines
 * from Java, Python, Go, Node, .NET, AWS SDK, JSON, logfmt, nginx), alone and with redaction of
 * the same line (the pipeline's worst case: every line its own group). One op = one line.
 * Run with bin/bench-fingerprint.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FingerprintBench {
  static final int LINES = 20;

  private String[] lines;
  private MaskingFingerprinter fingerprinter;
  private LearningFingerprinter learning;
  private PatternRedactor redactor;

  @Setup
  public void setup() throws IOException {
    try (InputStream in = FingerprintBench.class.getResourceAsStream("/fingerprint/bench-lines.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
          .toArray(String[]::new);
    }
    if (lines.length != LINES) {
      throw new IllegalStateException("bench-lines.txt must hold " + LINES + " lines, has " + lines.length);
    }
    fingerprinter = new MaskingFingerprinter();
    learning = new LearningFingerprinter(fingerprinter);
    redactor = new PatternRedactor();
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public void fingerprint(Blackhole bh) {
    for (String line : lines) {
      bh.consume(fingerprinter.fingerprint(line));
    }
  }

  /** The stateless fingerprint, then the learning stage of one service (the CLI's and a batch's path). */
  @Benchmark
  @OperationsPerInvocation(LINES)
  public void fingerprintLearning(Blackhole bh) {
    for (String line : lines) {
      bh.consume(learning.fingerprint("bench", line));
    }
  }

  @Benchmark
  @OperationsPerInvocation(LINES)
  public void fingerprintAndRedact(Blackhole bh) {
    for (String line : lines) {
      Fingerprint f = fingerprinter.fingerprint(line);
      bh.consume(f);
      bh.consume(redactor.redact(line));
    }
  }
}
