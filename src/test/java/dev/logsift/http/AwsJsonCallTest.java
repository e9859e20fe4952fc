package dev.logsift.http;

import dev.logsift.core.RetryPolicy;
import dev.logsift.core.Retrier;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.SigV4;
import dev.logsift.testing.ManualTime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/** The AWS JSON call on a scripted HTTP client, and the one reading of AWS's JSON error codes. */
class AwsJsonCallTest {
  private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(100),
      Duration.ofSeconds(5), Duration.ZERO);
  private final ManualTime time = new ManualTime();
  private final Scripted http = new Scripted();
  private final AwsJsonCall call = new AwsJsonCall(URI.create("http://127.0.0.1:4569/ignored/path"),
      "application/x-amz-json-1.1", "AmazonSSM.",
      new SigV4("ssm", "eu-west-1", StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret")), http),
      // Long.MIN_VALUE: the jitter draws one half of each backoff step.
      new Retrier("ssm", POLICY, time, time, () -> Long.MIN_VALUE, () -> 60_000));

  /** The judge both SSM and DynamoDB use in spirit: done on 2xx, retry when busy, fail otherwise. */
  private static Retrier.Verdict<String> judge(AwsJsonCall.Reply r) {
    String reason = "HTTP " + r.status() + " " + r.errorCode();
    if (r.ok()) {
      return new Retrier.Done<>(new String(r.body(), StandardCharsets.UTF_8));
    }
    return r.busy(Set.of("ThrottlingException")) ? new Retrier.Retry<>(reason, r.retryAfter()) : new Retrier.Fail<>(reason);
  }

  private String get(byte[] body) {
    return call.call("GetParameter", body, Retrier.Naming.PLAIN, AwsJsonCallTest::judge, e -> e);
  }

  @Test
  void postsTheSignedOperationToTheEndpointRoot() {
    http.reply(200, "{\"Parameter\":{}}", null);
    byte[] body = "{\"Name\":\"/x\"}".getBytes(StandardCharsets.UTF_8);

    assertEquals("{\"Parameter\":{}}", get(body));
    SdkHttpRequest sent = http.sent.get(0);
    assertEquals("POST", sent.method().name());
    assertEquals("/", sent.encodedPath());
    assertEquals(4569, sent.port());
    assertEquals("AmazonSSM.GetParameter", sent.firstMatchingHeader("X-Amz-Target").orElseThrow());
    assertEquals("application/x-amz-json-1.1", sent.firstMatchingHeader("Content-Type").orElseThrow());
    assertEquals(Integer.toString(body.length), sent.firstMatchingHeader("Content-Length").orElseThrow());
    assertTrue(sent.firstMatchingHeader("Authorization").orElseThrow().contains("/eu-west-1/ssm/aws4_request"));
  }

  @Test
  void busyRepliesAreRetriedAfterTheServersWaitAndTheJudgeSeesTheCode() {
    http.reply(503, "", "2");
    http.reply(400, "{\"__type\":\"ThrottlingException\"}", null);
    http.reply(200, "ok", null);

    assertEquals("ok", get(new byte[0]));
    assertEquals(3, http.sent.size());
    assertEquals(Duration.ofSeconds(2), time.sleeps.get(0), "Retry-After honoured");
    assertEquals(Duration.ofMillis(50), time.sleeps.get(1), "else backoff");
  }

  @Test
  void aFailVerdictStopsAtOnceNamingTheCode() {
    http.reply(400, "{\"__type\":\"com.amazonaws.ssm#ParameterNotFound\",\"message\":\"/secret\"}", null);

    var e = assertThrows(DownstreamUnavailableException.class, () -> get(new byte[0]));
    assertEquals("ssm: HTTP 400 ParameterNotFound", e.getMessage());
    assertEquals(1, http.sent.size());
  }

  @Test
  void ioFailuresAreRetriedCarryingTheCallersCause() {
    IOException broken = new IOException("connection reset by 10.0.0.1");
    RuntimeException ours = new RuntimeException("translated");
    for (int i = 0; i < POLICY.maxAttempts(); i++) {
      http.fail(broken);
    }

    var e = assertThrows(DownstreamUnavailableException.class, () -> call.call("GetParameter", new byte[0],
        Retrier.Naming.PLAIN, AwsJsonCallTest::judge, x -> x == broken ? ours : x));
    assertEquals("ssm: IOException (gave up after 3 attempts)", e.getMessage());
    assertSame(ours, e.getCause());
  }

  @Test
  void anUnreadableAnswerIsRetriedAsIoIs() {
    http.reply(200, "not json", null);
    http.reply(200, "{}", null);
    AwsJsonCall.Judge<String> strict = r -> {
      if (r.body()[0] != '{') {
        throw new IOException("unreadable");
      }
      return new Retrier.Done<>("read");
    };

    assertEquals("read", call.call("GetParameter", new byte[0], Retrier.Naming.PLAIN, strict, e -> e));
    assertEquals(2, http.sent.size());
  }

  @Test
  void errorCodeFromTheHeaderBeforeTheBody() {
    assertEquals("ValidationException", code("ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/",
        "{\"__type\":\"com.amazon.bedrock#ModelNotReadyException\"}"));
    assertEquals("ThrottlingException", code("ThrottlingException", ""));
  }

  @Test
  void errorCodeFromTheBodysTypeOrCodeAfterTheLastHash() {
    assertEquals("ParameterNotFound", code(null,
        "{\"message\":\"Parameter /secret not found\",\"__type\":\"com.amazonaws.ssm#ParameterNotFound\"}"));
    assertEquals("ProvisionedThroughputExceededException", code("  ",
        "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\"}"));
    assertEquals("ModelErrorException", code(null, "{\"code\":\"ModelErrorException\",\"message\":\"x\"}"));
  }

  @Test
  void noCodeWhenNothingLooksLikeOne() {
    assertEquals("", code(null, "<html>502 Bad Gateway</html>"));
    assertEquals("", code(null, ""));
    assertEquals("", code(null, "{\"message\":\"ParameterNotFound\"}"), "the message is never read");
    assertEquals("", code(null, "{\"__type\":\"com.amazonaws#Parameter /secret not found\"}"));
    assertEquals("", code("<script>:x", "{}"));
  }

  private static String code(String header, String body) {
    SdkHttpResponse.Builder head = SdkHttpResponse.builder().statusCode(400);
    if (header != null) {
      head.putHeader("x-amzn-ErrorType", header);
    }
    return AwsJsonCall.errorCode(head.build(), body.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers each request with the next scripted reply (or failure) and keeps what was sent. */
  private static final class Scripted implements SdkHttpClient {
    final List<SdkHttpRequest> sent = new ArrayList<>();
    private final Deque<Object> script = new ArrayDeque<>();

    void reply(int status, String body, String retryAfter) {
      SdkHttpFullResponse.Builder r = SdkHttpFullResponse.builder().statusCode(status);
      if (retryAfter != null) {
        r.putHeader("Retry-After", retryAfter);
      }
      script.add(HttpExecuteResponse.builder().response(r.build()).responseBody(AbortableInputStream.create(
          new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))).build());
    }

    void fail(IOException e) {
      script.add(e);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      sent.add(request.httpRequest());
      Object next = script.remove();
      return new ExecutableHttpRequest() {
        @Override
        public HttpExecuteResponse call() throws IOException {
          if (next instanceof IOException e) {
            throw e;
          }
          return (HttpExecuteResponse) next;
        }

        @Override
        public void abort() {}
      };
    }

    @Override
    public String clientName() {
      return "scripted";
    }

    @Override
    public void close() {}
  }
}
