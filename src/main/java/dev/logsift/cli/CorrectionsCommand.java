package dev.logsift.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.core.Json;
import dev.logsift.app.Config;
import dev.logsift.app.Environment;
import dev.logsift.app.Transports;
import dev.logsift.app.Wiring;
import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.signal.BudgetStore;
import dev.logsift.signal.DynamoBudgetStore;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.corrections.Correction;
import dev.logsift.corrections.CorrectionStore;
import dev.logsift.corrections.CorrectionSummary;
import dev.logsift.corrections.Corrections;
import dev.logsift.corrections.DirectoryCorrectionStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `corrections summarize`: reads the stored corrections and prints a Markdown proposal for known-failures
 * plus the disagreement table; --export-cases writes them as eval cases. Nothing is committed.
 */
final class CorrectionsCommand {
  private static final ObjectMapper JSON = Json.MAPPER;

  private CorrectionsCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    if (args.length == 0 || !args[0].equals("summarize")) {
      throw new Main.UsageException("usage: corrections summarize --since 7d [--bucket B | --dir D] [--export-cases FILE] [--write DIR]");
    }
    String since = "7d";
    String bucket = null;
    Path dir = null;
    Path export = null;
    Path knownDir = null;
    Path writeDir = null;
    Clock clock = Clock.systemUTC();
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--since" -> since = EventCommand.value(args, ++i, "--since");
        case "--bucket" -> bucket = EventCommand.value(args, ++i, "--bucket");
        case "--dir" -> dir = Main.inputDir(Path.of(EventCommand.value(args, ++i, "--dir")));
        case "--export-cases" -> export = Path.of(EventCommand.value(args, ++i, "--export-cases"));
        case "--write" -> writeDir = Path.of(EventCommand.value(args, ++i, "--write"));
        case "--known-failures" -> knownDir = Main.inputDir(Path.of(EventCommand.value(args, ++i, "--known-failures")));
        case "--now" -> clock = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(EventCommand.value(args, ++i, "--now"))),
            ZoneOffset.UTC);
        default -> throw new Main.UsageException("unknown argument '" + args[i] + "'");
      }
    }
    if (bucket != null && dir != null) {
      throw new Main.UsageException("give --bucket or --dir, not both");
    }
    Config config = Config.fromEnv(Environment.load());
    if (bucket == null && dir == null) {
      bucket = config.correctionsBucket();
      if (bucket == null) {
        throw new Main.UsageException("give --bucket B or --dir D (or set " + Config.CORRECTIONS_BUCKET + ")");
      }
    }
    if (writeDir != null && !Files.isDirectory(writeDir)) {
      throw new Main.UsageException("--write takes an existing known-failures directory");
    }
    if (knownDir == null && writeDir != null) {
      knownDir = writeDir;
    }
    if (knownDir == null) {
      knownDir = config.knownFailuresDir() != null ? config.knownFailuresDir()
          : Files.isDirectory(Path.of("known-failures")) ? Path.of("known-failures") : null;
    }
    CorrectionStore store = dir != null ? new DirectoryCorrectionStore(dir) : S3CorrectionStore.create(bucket, config.aws(),
        () -> dev.logsift.core.Retrier.DEFAULT_BUDGET_MILLIS);
    Instant from = parseSince(since, clock);
    List<Correction> corrections = new Corrections(store).since(from);
    CorrectionSummary summary = new CorrectionSummary(new KnownFailureCatalog(knownDir), Wiring.newFingerprinter());
    out.print(summary.markdown(corrections, "since " + from.toString().substring(0, 10) + " (" + since + ")"));
    if (writeDir != null) {
      List<String> written = summary.writeTo(corrections, writeDir);
      err.println("logsift corrections: " + (written.isEmpty() ? "nothing to change in " + writeDir
          : "wrote " + String.join(", ", written) + " in " + writeDir));
    }
    if (config.dedupTable() != null) {
      // Hourly model spend is kept in the dedup table for nine days, long enough for a weekly summary.
      BudgetStore.ModelSpend spend = new DynamoBudgetStore(Wiring.dynamoDb(config, Transports.REAL), config.dedupTable())
          .spendBetween(from, clock.instant());
      out.printf("%n## Model usage in the period%n%n%,d model calls, %,d input tokens, %,d output tokens, "
          + "estimated $%.4f%n", spend.calls(), spend.inputTokens(), spend.outputTokens(), spend.costUsd());
    }
    if (export != null) {
      try (Writer w = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
        for (Correction c : corrections) {
          Map<String, Object> o = new LinkedHashMap<>();
          o.put("service", c.service());
          o.put("message", c.sample());
          o.put("category", c.effectiveCategory().wire());
          o.put("fingerprint", c.fingerprint());
          o.put("verdict", c.verdict());
          o.put("source", c.source() + "-correction");
          w.write(JSON.writeValueAsString(o));
          w.write('\n');
        }
      }
      err.println("logsift corrections: wrote " + corrections.size() + " cases to " + export);
    }
    return 0;
  }

  /** "7d", "36h" or a date (YYYY-MM-DD, UTC midnight). */
  static Instant parseSince(String v, Clock clock) {
    try {
      if (v.matches("\\d+d")) {
        return clock.instant().minus(Duration.ofDays(Long.parseLong(v.substring(0, v.length() - 1))));
      }
      if (v.matches("\\d+h")) {
        return clock.instant().minus(Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1))));
      }
      return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new Main.UsageException("--since takes 7d, 36h or a date YYYY-MM-DD");
    }
  }
}
