package dev.logsift.bench;

import dev.logsift.fingerprint.LearningFingerprinter;
import dev.logsift.fingerprint.MaskingFingerprinter;
import dev.logsift.redact.PatternRedactor;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * Lines per CPU-second of this thread, beside JMH's wall-clock figure: on a shared machine the
 * wall clock also counts time spent waiting for a core, CPU time does not. Same lines as
 * FingerprintBench. Args: seconds per measurement (default 3).
 */
public final class CpuTimeProbe {
  private CpuTimeProbe() {}

  public static void main(String[] args) throws IOException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    String[] lines;
    try (InputStream in = CpuTimeProbe.class.getResourceAsStream("/fingerprint/bench-lines.txt")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
          .toArray(String[]::new);
    }
    MaskingFingerprinter fp = new MaskingFingerprinter();
    PatternRedactor red = new PatternRedactor();
    LearningFingerprinter learn = new LearningFingerprinter(fp);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 2; round++) {
      String label = round == 0 ? "warm-up" : "measured";
      long[] sink = {0};
      double f = rate(mx, seconds, lines, l -> sink[0] += fp.fingerprint(l).id().length());
      double fl = rate(mx, seconds, lines, l -> sink[0] += learn.fingerprint("bench", l).id().length());
      double fr = rate(mx, seconds, lines, l -> sink[0] += fp.fingerprint(l).id().length() + red.redact(l).length());
      System.out.printf("%-9s lines per CPU-second: fingerprint %,.0f   fingerprint+learning %,.0f   fingerprint+redact %,.0f"
          + "   (%d)%n", label, f, fl, fr, sink[0] & 1);
    }
  }

  private static double rate(ThreadMXBean mx, double seconds, String[] lines, java.util.function.Consumer<String> op) {
    long budget = (long) (seconds * 1e9);
    long start = mx.getCurrentThreadCpuTime();
    long done = 0;
    long used;
    do {
      for (String l : lines) {
        op.accept(l);
      }
      done += lines.length;
      used = mx.getCurrentThreadCpuTime() - start;
    } while (used < budget);
    return done / (used / 1e9);
  }
}
