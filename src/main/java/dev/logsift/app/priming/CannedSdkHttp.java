package dev.logsift.app.priming;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client that never opens a socket: it answers DynamoDB with empty results and Bedrock with a
 * valid tool_use answer, so priming runs marshalling, signing and unmarshalling of the real clients.
 */
public final class CannedSdkHttp implements SdkHttpClient {
  static final String BEDROCK_ANSWER = """
      {"id":"msg_priming","type":"message","role":"assistant","model":"priming","stop_reason":"tool_use",
      "content":[{"type":"tool_use","id":"toolu_priming","name":"classify","input":{"category":"application",
      "confidence":"low","summary":"Priming request.","first_response":"Nothing to do.","known_failure_id":""}}],
      "usage":{"input_tokens":1,"output_tokens":1}}""";

  private final AtomicInteger calls = new AtomicInteger();

  /** Requests answered so far (priming reports them). */
  public int calls() {
    return calls.get();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    calls.incrementAndGet();
    String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
    String body;
    String type;
    if (target.startsWith("DynamoDB_")) {
      body = target.endsWith(".BatchGetItem") ? "{\"Responses\":{},\"UnprocessedKeys\":{}}" : "{}";
      type = "application/x-amz-json-1.0";
    } else if (request.httpRequest().encodedPath().endsWith("/invoke")) {
      body = BEDROCK_ANSWER;
      type = "application/json";
    } else {
      body = "{}";
      type = "application/json";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        return HttpExecuteResponse.builder()
            .response(SdkHttpResponse.builder().statusCode(200).putHeader("Content-Type", type)
                .putHeader("Content-Length", Integer.toString(bytes.length)).build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(bytes)))
            .build();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public String clientName() {
    return "logsift-priming";
  }

  @Override
  public void close() {}
}
