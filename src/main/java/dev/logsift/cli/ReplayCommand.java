package dev.logsift.cli;

import dev.logsift.core.JsonStreams;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.logsift.app.ClassifierHandler;
import dev.logsift.app.Config;
import dev.logsift.app.Environment;
import dev.logsift.app.Priming;
import dev.logsift.app.Wiring;
import dev.logsift.core.LogsiftException;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.SubscriptionDecoder;
import dev.logsift.notify.CardJson;
import dev.logsift.notify.ConsoleNotifier;
import dev.logsift.notify.Notifier;
import dev.logsift.pipeline.BatchFailedException;
import dev.logsift.pipeline.BatchReport;
import dev.logsift.pipeline.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * `replay`: runs ClassifierHandler on event files, one cold start for all of them (like one warm Lambda),
 * with the configuration from the environment. Exit 1 if any invocation would fail.
 */
final class ReplayCommand {
  private static final JsonFactory JSON = JsonStreams.FACTORY;

  private ReplayCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    boolean json = false;
    boolean prime = false;
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--json")) {
        json = true;
      } else if (a.equals("--prime")) {
        prime = true;
      } else if (a.startsWith("--")) {
        throw new Main.UsageException("unknown option '" + a + "'");
      } else {
        files.add(Main.input(a));
      }
    }
    if (files.isEmpty()) {
      throw new Main.UsageException("give at least one EVENT.json");
    }
    Notifier console = json ? card -> dev.logsift.notify.Delivery.console() : new ConsoleNotifier(out);
    ClassifierHandler handler = new ClassifierHandler(Wiring.build(Config.fromEnv(Environment.load()), Clock.systemUTC(),
        console));
    SubscriptionDecoder decoder = new SubscriptionDecoder();
    Totals totals = new Totals();
    if (prime) {
      totals.primingMillis = Priming.primeLikeSnapshot(handler.wiring());
    }
    boolean anyFailed = false;
    for (Path f : files) {
      BatchReport report;
      byte[] bytes = Files.readAllBytes(f);
      // Handler entry to return: decoding is part of the invocation, reading the file is not.
      long start = System.nanoTime();
      try {
        LogBatch batch = decoder.decodeEnvelope(bytes);
        report = handler.process(batch);
      } catch (BatchFailedException e) {
        report = e.report();
        anyFailed = true;
        err.println("logsift replay: " + f.getFileName() + ": " + e.getMessage());
      } catch (LogsiftException e) {
        anyFailed = true;
        totals.rejected++;
        totals.perEvent.add(new PerEvent(f.getFileName().toString(), null, millisSince(start)));
        err.println("logsift replay: " + f.getFileName() + ": " + e.kind() + ": " + e.getMessage());
        continue;
      }
      long elapsed = millisSince(start);
      totals.perEvent.add(new PerEvent(f.getFileName().toString(), report, elapsed));
      totals.add(report);
      if (json) {
        for (Outcome o : report.outcomes()) {
          if (o.status() != Outcome.Status.SUPPRESSED) {
            out.println(json(g -> CardJson.write(g, o.card(), o.status().name().toLowerCase(), o.delivery())));
          }
        }
      } else {
        out.printf("== %s: %s, %d events, %d fingerprints, %d notified, %d digested, %d suppressed, %d failed%n",
            f.getFileName(), report.messageType(), report.events(), report.fingerprints(), report.notified(),
            report.digested(), report.suppressed(), report.failed());
      }
    }
    if (json) {
      out.println(json(totals::write));
    } else if (totals.modelCalls > 0) {
      out.printf("model: %d calls, %d input tokens, %d output tokens, ~$%.4f%n", totals.modelCalls, totals.inputTokens,
          totals.outputTokens, totals.cost);
    }
    return anyFailed ? 1 : 0;
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  /** One event file: its report (null when the event was rejected) and the handler's time on it. */
  record PerEvent(String file, BatchReport report, long elapsedMillis) {}

  /** The summary object of `replay --json`: fields are only ever added. */
  static final class Totals {
    final List<PerEvent> perEvent = new ArrayList<>();
    long primingMillis = -1;
    long events;
    long fingerprints;
    long notified;
    long digested;
    long suppressed;
    long failed;
    long rejected;
    long truncated;
    long unprocessable;
    long modelCalls;
    long inputTokens;
    long outputTokens;
    double cost;
    final java.util.Map<String, Long> servedBy = new java.util.TreeMap<>();

    void add(BatchReport r) {
      events += r.events();
      fingerprints += r.fingerprints();
      notified += r.notified();
      digested += r.digested();
      suppressed += r.suppressed();
      failed += r.failed();
      truncated += r.truncated();
      r.servedBy().forEach((k, v) -> servedBy.merge(k, (long) v, Long::sum));
      for (Outcome o : r.outcomes()) {
        if (o.card().template().startsWith(dev.logsift.pipeline.Unprocessable.TEMPLATE_PREFIX)) {
          unprocessable += o.card().occurrences();
        }
        var u = o.card().classification().usage();
        if (u.inputTokens() + u.outputTokens() > 0 && o.status() != Outcome.Status.SUPPRESSED) {
          modelCalls++;
          inputTokens += u.inputTokens();
          outputTokens += u.outputTokens();
          cost += u.estimatedCostUsd();
        }
      }
    }

    void write(JsonGenerator g) throws IOException {
      g.writeStartObject();
      g.writeNumberField("events", events);
      g.writeNumberField("fingerprints", fingerprints);
      g.writeNumberField("notified", notified);
      g.writeNumberField("suppressed", suppressed);
      g.writeNumberField("failed", failed);
      g.writeNumberField("digested", digested);
      g.writeNumberField("rejected", rejected);
      g.writeNumberField("truncated", truncated);
      g.writeNumberField("unprocessable", unprocessable);
      g.writeObjectFieldStart("served_by");
      for (var e : servedBy.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("model_usage");
      g.writeNumberField("calls", modelCalls);
      g.writeNumberField("input_tokens", inputTokens);
      g.writeNumberField("output_tokens", outputTokens);
      g.writeNumberField("estimated_cost_usd", Math.round(cost * 1e6) / 1e6);
      g.writeEndObject();
      g.writeNumberField("elapsed_ms", perEvent.stream().mapToLong(PerEvent::elapsedMillis).sum());
      if (primingMillis >= 0) {
        g.writeNumberField("priming_ms", primingMillis);
      }
      // One summary per event file, in order, each with the handler's time from entry to return.
      g.writeArrayFieldStart("per_event");
      for (PerEvent e : perEvent) {
        g.writeStartObject();
        g.writeStringField("file", e.file());
        BatchReport r = e.report();
        if (r == null) {
          g.writeBooleanField("rejected", true);
        } else {
          g.writeNumberField("events", r.events());
          g.writeNumberField("fingerprints", r.fingerprints());
          g.writeNumberField("notified", r.notified());
          g.writeNumberField("suppressed", r.suppressed());
          g.writeNumberField("failed", r.failed());
          g.writeNumberField("digested", r.digested());
        }
        g.writeNumberField("elapsed_ms", e.elapsedMillis());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  static String json(Body body) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      body.write(g);
    }
    return w.toString();
  }
}
