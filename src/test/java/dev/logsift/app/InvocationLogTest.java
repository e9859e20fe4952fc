package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.ingest.SubscriptionEncoder;
import dev.logsift.testing.TestContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Each invocation's log lines carry its request id, version and cold_start; nothing outlives the invocation. */
class InvocationLogTest {
  @Test
  void theHandlerSetsTheInvocationFieldsWhileItRunsAndClearsThemAfter() {
    List<String> seen = new ArrayList<>();
    Wiring w = Wiring.build(Config.fromEnv(Map.of()), Clock.systemUTC(), card -> {
      seen.add(MDC.get("aws_request_id") + "|" + MDC.get("function_version") + "|" + MDC.get("cold_start"));
      return dev.logsift.notify.Delivery.console();
    });
    ClassifierHandler handler = new ClassifierHandler(w);

    handler.handleRequest(event("ERROR payment declined for order 1"), TestContext.of("req-1", 60_000));
    assertEquals(List.of("req-1|7|true"), seen);
    assertNull(MDC.get("aws_request_id"), "cleared after the invocation");

    handler.handleRequest(event("ERROR cache unavailable"), TestContext.of("req-2", 60_000));
    assertEquals("req-2|7|false", seen.get(1));
    assertNull(MDC.get("cold_start"));
  }

  @Test
  void aFailingInvocationClearsItsFieldsToo() {
    ClassifierHandler handler = new ClassifierHandler(Wiring.build(Config.fromEnv(Map.of()), Clock.systemUTC(),
        card -> dev.logsift.notify.Delivery.console()));
    CloudWatchLogsEvent bad = new CloudWatchLogsEvent();
    CloudWatchLogsEvent.AWSLogs logs = new CloudWatchLogsEvent.AWSLogs();
    logs.setData("not base64 gzip");
    bad.setAwsLogs(logs);
    assertThrows(RuntimeException.class, () -> handler.handleRequest(bad, TestContext.of("req-3", 60_000)));
    assertNull(MDC.get("aws_request_id"));
  }

  private static CloudWatchLogsEvent event(String line) {
    CloudWatchLogsEvent e = new CloudWatchLogsEvent();
    CloudWatchLogsEvent.AWSLogs logs = new CloudWatchLogsEvent.AWSLogs();
    String envelope = new SubscriptionEncoder().envelopeJson(new LogBatch(LogBatch.DATA_MESSAGE, "123456789012",
        "/ecs/checkout", "web/1", List.of("errors"), List.of(new LogEvent("1", 1_795_766_400_000L, line))));
    logs.setData(envelope.substring(envelope.indexOf(":\"") + 2, envelope.lastIndexOf('"')));
    e.setAwsLogs(logs);
    return e;
  }
}
