package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.ingest.SubscriptionEncoder;
import dev.logsift.notify.Delivery;
import dev.logsift.pipeline.BatchFailedException;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import dev.logsift.testing.TestContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The stores' DynamoDB retries end with the invocation, as the wiring builds them. */
@Tag("server")
class StoreDeadlineServerTest {
  @Test
  void aThrottledTableIsNotRetriedPastTheInvocation() throws Exception {
    try (ScriptedServer dynamo = new ScriptedServer(Reply.json(400,
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\"}"))) {
      Map<String, String> env = Map.of("DEDUP_TABLE", "logsift-dedup", "AWS_ENDPOINT_URL_DYNAMODB", dynamo.uri("/").toString(),
          "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "secret");
      ClassifierHandler handler = new ClassifierHandler(Wiring.build(Config.fromEnv(env), Clock.systemUTC(),
          card -> Delivery.console()));

      // the batch fails (Lambda retries it): the table is down for this invocation
      assertThrows(BatchFailedException.class, () -> handler.handleRequest(event(), TestContext.of("req-1", 300)));

      int requests = dynamo.requests().size();
      // On a fixed budget the batch's two calls make all nine attempts each (18 requests, ~14 s of backoff);
      // following the invocation, only the attempts that fit in 300 ms (3 to 8 here, fewer on a busy machine)
      assertTrue(requests < 18, "the retries outlived the invocation: " + requests + " requests");
    }
  }

  private static CloudWatchLogsEvent event() {
    CloudWatchLogsEvent e = new CloudWatchLogsEvent();
    CloudWatchLogsEvent.AWSLogs logs = new CloudWatchLogsEvent.AWSLogs();
    String envelope = new SubscriptionEncoder().envelopeJson(new LogBatch(LogBatch.DATA_MESSAGE, "123456789012",
        "/ecs/checkout", "web/1", List.of("errors"),
        List.of(new LogEvent("1", 1_795_766_400_000L, "ERROR payment declined for order 1"))));
    logs.setData(envelope.substring(envelope.indexOf(":\"") + 2, envelope.lastIndexOf('"')));
    e.setAwsLogs(logs);
    return e;
  }
}
