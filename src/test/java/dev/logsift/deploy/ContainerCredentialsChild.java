package dev.logsift.deploy;

import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.app.ClassifierHandler;
import dev.logsift.corrections.s3.S3CorrectionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs in a JVM of its own, started by {@link ContainerCredentialsServerTest} with the environment Lambda
 * gives a SnapStart function: the handler wired exactly as Lambda wires it (SSM at cold start, DynamoDB,
 * Bedrock), then the corrections store's S3 signing. Prints one RESULT line.
 */
public final class ContainerCredentialsChild {
  private ContainerCredentialsChild() {}

  public static void main(String[] args) throws Exception {
    Path event = Path.of(args[0]);
    String bucket = args[1];
    String data = new ObjectMapper().readTree(Files.readAllBytes(event)).path("awslogs").path("data").asText();
    CloudWatchLogsEvent e = new CloudWatchLogsEvent();
    CloudWatchLogsEvent.AWSLogs logs = new CloudWatchLogsEvent.AWSLogs();
    logs.setData(data);
    e.setAwsLogs(logs);
    Map<String, Object> summary = new ClassifierHandler().handleRequest(e, null);

    S3CorrectionStore store = S3CorrectionStore.create(bucket, dev.logsift.core.AwsEnvironment.of(System.getenv()),
        () -> dev.logsift.core.Retrier.DEFAULT_BUDGET_MILLIS);
    store.put("markers/credentials-check.json", "{}".getBytes(StandardCharsets.UTF_8));
    boolean read = store.read("markers/credentials-check.json").isPresent();
    System.out.println("RESULT notified=" + summary.get("notified") + " served_by=" + summary.get("served_by")
        + " s3=" + read);
  }
}
