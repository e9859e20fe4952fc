package dev.logsift.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logsift.app.ClassifierHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One measured cold start, run in a fresh JVM by {@link ColdStartBench}: reads the event as the Lambda runtime
 * would, builds the handler with its no-arg constructor (which reads the environment), invokes it once and
 * prints epoch microseconds after init and after the first invocation.
 *
 * <p>Usage: {@code ColdStart handler|settled|primed|warm|floor|peer EVENT.json}; {@code peer} builds
 * {@link PeerHandler} instead, the plain-SDK Lambda of the comparison; {@code settled} waits for the handler's
 * start-up threads before the init marker, so end minus init is the unprimed first batch alone, without the
 * wiring it overlaps; {@code primed} runs the SnapStart priming (as
 * before a snapshot, then as after restore) before the init marker, so end minus init is the first batch after
 * priming, as `replay --prime` measures it; {@code warm} first invokes the handler for real on the same event with
 * every message changed (so its fingerprints are new too): the best priming could ever do, the floor for primed.
 */
public final class ColdStart {
  static final String INIT = "logsift-bench-init ";
  static final String END = "logsift-bench-end ";
  static final String CPU = "logsift-bench-cpu-ms ";
  static final String CPU_FIRST = "logsift-bench-first-cpu-ms ";

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    CloudWatchLogsEvent event = event(Files.readAllBytes(Path.of(args[1])));
    @SuppressWarnings("unchecked")
    RequestHandler<CloudWatchLogsEvent, ?> handler = switch (args[0]) {
      case "floor" -> new FloorHandler();
      case "peer" -> new PeerHandler();
      default -> (RequestHandler<CloudWatchLogsEvent, ?>) (RequestHandler<?, ?>) classifier(args[0].equals("primed"));
    };
    // (the settled mode's wait and the warm mode's extra invocation run before the init marker)
    if (args[0].equals("settled")) {
      awaitStartUp((ClassifierHandler) handler);
    }
    if (args[0].equals("warm")) {
      ((ClassifierHandler) handler).handleRequest(variant(Files.readAllBytes(Path.of(args[1]))), new BenchContext());
    }
    long cpuInit = procCpuMillis();
    long init = micros();
    Object result = handler.handleRequest(event, new BenchContext());
    long end = micros();
    long cpuEnd = procCpuMillis();
    System.out.println(INIT + init);
    System.out.println(END + end + " " + result);
    System.out.println(CPU_FIRST + (cpuInit < 0 || cpuEnd < 0 ? -1 : cpuEnd - cpuInit));
    // CPU time says more than wall time on a busy shared machine; read after the end, so it costs nothing measured.
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    System.out.println(CPU + os.getProcessCpuTime() / 1_000_000);
    System.out.flush();
    // Non-daemon SDK and HTTP threads must not hold the process: the measurement is over.
    System.exit(0);
  }

  /** The event with every message prefixed, so nothing in it has been seen when the real event comes. */
  private static CloudWatchLogsEvent variant(byte[] json) throws Exception {
    var batch = new dev.logsift.ingest.SubscriptionDecoder().decodeEnvelope(json);
    var events = batch.logEvents().stream()
        .map(e -> new dev.logsift.ingest.LogEvent(e.id(), e.timestamp(), "warmup " + e.message())).toList();
    var other = new dev.logsift.ingest.LogBatch(batch.messageType(), batch.owner(), batch.logGroup(), batch.logStream(),
        batch.subscriptionFilters(), events);
    return event(new dev.logsift.ingest.SubscriptionEncoder().envelopeJson(other).getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Builds older than the start-up threads have nothing to wait for. */
  private static void awaitStartUp(ClassifierHandler h) throws Exception {
    try {
      h.wiring().getClass().getMethod("awaitStartUp").invoke(h.wiring());
    } catch (NoSuchMethodException older) {
      // wired in the constructor
    }
  }

  /** Priming through the public Priming API only, so that older builds of the jar can be measured the same way. */
  private static ClassifierHandler classifier(boolean primed) {
    ClassifierHandler h = new ClassifierHandler();
    if (primed) {
      var w = h.wiring();
      var p = new dev.logsift.app.Priming(w.config(), w.clock(), w);
      p.beforeCheckpoint(null);
      p.afterRestore(null);
    }
    return h;
  }

  /**
   * Process CPU time (user + system, all threads) from /proc, in 10 ms ticks: cheap enough to read inside the
   * measurement, unlike the management beans; -1 where there is no /proc.
   */
  private static long procCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    } catch (Exception e) {
      return -1;
    }
  }

  private static long micros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }

  /** The Lambda runtime's job: the event JSON into the event class (only awslogs.data exists). */
  static CloudWatchLogsEvent event(byte[] json) throws Exception {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("awslogs")) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String inner = p.currentName();
            p.nextToken();
            if (inner.equals("data")) {
              return new CloudWatchLogsEvent().withAwsLogs(new CloudWatchLogsEvent.AWSLogs().withData(p.getText()));
            }
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
      }
    }
    throw new IllegalArgumentException("no awslogs.data in the event file");
  }
}
