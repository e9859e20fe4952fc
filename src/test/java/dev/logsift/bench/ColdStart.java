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
 * <p>Usage: {@code ColdStart handler|floor EVENT.json}
 */
public final class ColdStart {
  static final String INIT = "logsift-bench-init ";
  static final String END = "logsift-bench-end ";
  static final String CPU = "logsift-bench-cpu-ms ";

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    CloudWatchLogsEvent event = event(Files.readAllBytes(Path.of(args[1])));
    @SuppressWarnings("unchecked")
    RequestHandler<CloudWatchLogsEvent, ?> handler = args[0].equals("floor")
        ? new FloorHandler()
        : (RequestHandler<CloudWatchLogsEvent, ?>) (RequestHandler<?, ?>) new ClassifierHandler();
    long init = micros();
    Object result = handler.handleRequest(event, new BenchContext());
    long end = micros();
    System.out.println(INIT + init);
    System.out.println(END + end + " " + result);
    // CPU time says more than wall time on a busy shared machine; read after the end, so it costs nothing measured.
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    System.out.println(CPU + os.getProcessCpuTime() / 1_000_000);
    System.out.flush();
    // Non-daemon SDK and HTTP threads must not hold the process: the measurement is over.
    System.exit(0);
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
