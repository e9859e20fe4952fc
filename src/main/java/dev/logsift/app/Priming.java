package dev.logsift.app;

import dev.logsift.core.JsonStreams;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.logsift.app.priming.CannedChatHttp;
import dev.logsift.app.priming.CannedSdkHttp;
import dev.logsift.app.priming.HttpPriming;
import dev.logsift.core.Json;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.ingest.SubscriptionDecoder;
import dev.logsift.ingest.SubscriptionEncoder;
import dev.logsift.notify.CardJson;
import dev.logsift.notify.ConsoleNotifier;
import dev.logsift.pipeline.BatchReport;
import dev.logsift.pipeline.Outcome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * SnapStart priming. Before the snapshot, the whole hot path runs once on recorded lines: decode a
 * gzipped event, fingerprint, redact, signals, claim, cascade, render the prompt, marshal and sign the
 * DynamoDB and Bedrock requests and unmarshal canned answers, build the Discord or Slack payload, render
 * the card. It runs on a separate wiring with canned transports and its own in-memory or canned stores, so
 * it sends nothing, stores nothing and leaves the real wiring untouched; only loaded classes, initialised
 * statics and JIT profiles go into the snapshot. The real HTTP stacks under the canned ones are then run once
 * against a server inside this process on the loopback interface (see HttpPriming). Credentials are never
 * touched (dummy static ones), and after restore nothing primed is reused: real clients resolve credentials
 * through the default chain (core/CredentialsChain: container credentials under SnapStart), which fetches
 * them again before they expire.
 */
public final class Priming implements Resource {
  private static final Logger LOG = LoggerFactory.getLogger(Priming.class);
  private final Config config;
  private final Clock clock;
  private final Wiring live;

  public Priming(Config config, Clock clock, Wiring live) {
    this.config = config;
    this.clock = clock;
    this.live = live;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    long t0 = System.nanoTime();
    live.awaitStartUp();
    Counts c = prime(3);
    LOG.info("primed for snapshot in {} ms: {} events, {} SDK calls, {} chat calls, {} loopback calls",
        (System.nanoTime() - t0) / 1_000_000, c.events(), c.sdkCalls(), c.chatCalls(), c.loopbackCalls());
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    // The deadline of the invocation that restores is set by the handler; clear any stale one.
    live.deadline().startInvocation(Deadline.UNSET_BUDGET_MILLIS);
    if (live.content() != null) {
      // The snapshot may be days old: look for newer published prompts and known failures first thing.
      live.content().expire();
    }
  }

  /**
   * What Lambda does around a SnapStart snapshot, in this process: prime as before the checkpoint, then
   * restore. For `replay --prime`, to measure the first batch after priming. Returns the priming time in ms.
   */
  public static long primeLikeSnapshot(Wiring live) {
    long t0 = System.nanoTime();
    Priming p = new Priming(live.config(), live.clock(), live);
    p.beforeCheckpoint(null);
    p.afterRestore(null);
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /**
   * What priming did; used by tests to prove it stayed off the network.
   *
   * @param loopbackCalls requests of the real HTTP stacks to priming's own server on the loopback interface
   */
  public record Counts(int events, int sdkCalls, int chatCalls, int loopbackCalls) {}

  public Counts prime(int rounds) {
    CannedSdkHttp sdk = new CannedSdkHttp();
    CannedChatHttp chat = new CannedChatHttp();
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    Wiring w = Wiring.build(config, clock, new ConsoleNotifier(nowhere),
        new Transports(sdk, StaticCredentialsProvider.create(AwsBasicCredentials.create("PRIMING", "PRIMING")), chat),
        live.redactor());
    int events = 0;
    int loopback = 0;
    try {
      List<LogEvent> lines = lines();
      SubscriptionEncoder enc = new SubscriptionEncoder();
      SubscriptionDecoder dec = new SubscriptionDecoder();
      for (int r = 0; r < rounds; r++) {
        LogBatch batch = new LogBatch(LogBatch.DATA_MESSAGE, "000000000000", "/priming/service-" + r, "priming",
            List.of("priming"), lines);
        LogBatch decoded = dec.decodeEnvelope(enc.envelopeJson(batch).getBytes(StandardCharsets.UTF_8));
        BatchReport report = w.pipeline().process(decoded);
        events += report.events();
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JsonStreams.FACTORY.createGenerator(sw)) {
          for (Outcome o : report.outcomes()) {
            CardJson.write(g, o.card(), o.status().name(), o.delivery());
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Priming is an optimisation: a failure must never stop the snapshot, so it is logged, not thrown.
      LOG.warn("priming incomplete: {}", e.getClass().getSimpleName());
    } finally {
      w.shutdown();
    }
    try {
      loopback = HttpPriming.run(2);
    } catch (IOException | RuntimeException e) {
      LOG.warn("HTTP priming incomplete: {}", e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Counts(events, sdk.calls(), chat.calls(), loopback);
  }

  private static List<LogEvent> lines() throws IOException {
    List<LogEvent> out = new ArrayList<>();
    try (InputStream in = Priming.class.getClassLoader().getResourceAsStream("priming/lines.jsonl")) {
      if (in == null) {
        return List.of(new LogEvent("1", 0, "ERROR priming NullPointerException"));
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        out.add(new LogEvent(Integer.toString(out.size()), 0, Json.MAPPER.readTree(line).path("message").asText()));
      }
    }
    return out;
  }
}
