package dev.logsift.cli;

import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.ingest.SubscriptionEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * `event`: plain log lines (or JSONL with "message") become the CloudWatch Logs subscription event that
 * Lambda receives, so users can replay their own logs with `replay` or `sam local invoke`.
 */
final class EventCommand {
  private EventCommand() {}

  static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) throws IOException {
    String logGroup = "/aws/lambda/my-service";
    String logStream = "2026/01/01/[$LATEST]0123456789abcdef";
    boolean jsonl = false;
    boolean decoded = false;
    String file = "-";
    long base = -1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--log-group" -> logGroup = value(args, ++i, "--log-group");
        case "--log-stream" -> logStream = value(args, ++i, "--log-stream");
        case "--jsonl" -> jsonl = true;
        case "--decoded" -> decoded = true;
        case "--start" -> base = parseStart(value(args, ++i, "--start"));
        default -> {
          if (args[i].startsWith("--")) {
            throw new Main.UsageException("unknown option '" + args[i] + "'");
          }
          file = args[i];
        }
      }
    }
    InputStream in = file.equals("-") ? stdin : Files.newInputStream(Main.input(file));
    List<LogEvent> events = new ArrayList<>();
    if (base < 0) {
      base = System.currentTimeMillis();
    }
    try (in) {
      Lines lines = new Lines(in);
      String line;
      int n = 0;
      while ((line = lines.next()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        String message;
        if (jsonl) {
          try {
            message = LineCommand.message(line);
          } catch (IllegalArgumentException e) {
            err.println("logsift event: line " + n + ": " + e.getMessage() + " (skipped)");
            continue;
          }
        } else {
          message = line;
        }
        long ts = base + events.size();
        // CloudWatch ids are 56-digit strings; ours only need to be unique within the batch.
        String id = String.format("%056d", ts * 1000 + events.size() % 1000);
        events.add(new LogEvent(id, ts, message));
      }
    }
    LogBatch batch = new LogBatch(LogBatch.DATA_MESSAGE, "123456789012", logGroup, logStream, List.of("logsift-errors"),
        events);
    SubscriptionEncoder enc = new SubscriptionEncoder();
    out.println(decoded ? enc.payloadJson(batch, true) : enc.envelopeJson(batch));
    return 0;
  }

  private static long parseStart(String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new Main.UsageException("--start takes epoch milliseconds");
    }
  }

  static String value(String[] args, int i, String name) {
    if (i >= args.length) {
      throw new Main.UsageException(name + " needs a value");
    }
    return args[i];
  }
}
