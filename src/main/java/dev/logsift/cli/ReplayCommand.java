package dev.logsift.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.logsift.app.ClassifierHandler;
import dev.logsift.app.Config;
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
  private static final JsonFactory JSON = new JsonFactory();

  private ReplayCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    boolean json = false;
    List<Path> files = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--json")) {
        json = true;
      } else if (a.startsWith("--")) {
        throw new Main.UsageException("unknown option '" + a + "'");
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.isEmpty()) {
      throw new Main.UsageException("give at least one EVENT.json");
    }
    Notifier console = json ? card -> dev.logsift.notify.Delivery.console() : new ConsoleNotifier(out);
    ClassifierHandler handler = new ClassifierHandler(Wiring.build(Config.fromEnv(System.getenv()), Clock.systemUTC(),
        console));
    SubscriptionDecoder decoder = new SubscriptionDecoder();
    long[] totals = new long[6];
    boolean anyFailed = false;
    for (Path f : files) {
      BatchReport report;
      try {
        LogBatch batch = decoder.decodeEnvelope(Files.readAllBytes(f));
        report = handler.process(batch);
      } catch (BatchFailedException e) {
        report = e.report();
        anyFailed = true;
        err.println("logsift replay: " + f.getFileName() + ": " + e.getMessage());
      } catch (LogsiftException e) {
        anyFailed = true;
        totals[5]++;
        err.println("logsift replay: " + f.getFileName() + ": " + e.kind() + ": " + e.getMessage());
        continue;
      }
      totals[0] += report.events();
      totals[1] += report.fingerprints();
      totals[2] += report.notified();
      totals[3] += report.suppressed();
      totals[4] += report.failed();
      if (json) {
        for (Outcome o : report.outcomes()) {
          if (o.status() != Outcome.Status.SUPPRESSED) {
            out.println(json(g -> CardJson.write(g, o.card(), o.status().name().toLowerCase(), o.delivery())));
          }
        }
      } else {
        out.printf("== %s: %s, %d events, %d fingerprints, %d notified, %d suppressed, %d failed%n", f.getFileName(),
            report.messageType(), report.events(), report.fingerprints(), report.notified(), report.suppressed(),
            report.failed());
      }
    }
    if (json) {
      out.println(json(g -> {
        g.writeStartObject();
        g.writeNumberField("events", totals[0]);
        g.writeNumberField("fingerprints", totals[1]);
        g.writeNumberField("notified", totals[2]);
        g.writeNumberField("suppressed", totals[3]);
        g.writeNumberField("failed", totals[4]);
        g.writeNumberField("rejected", totals[5]);
        g.writeEndObject();
      }));
    }
    return anyFailed ? 1 : 0;
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
