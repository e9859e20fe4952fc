package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.testing.MutableClock;
import dev.logsift.testing.ScriptedServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/** InvokeModel's wire format as the hand-signed transport sends it, against the shared scripted server. */
@Tag("server")
class InvokeModelHttpServerTest {
  static final String PROFILE = "us.anthropic.claude-haiku-4-5-20251001-v1:0";
  static final String ANSWER = LocalBedrock.message(LocalBedrock.toolUse("classify",
      BedrockClassifierServerTest.VALID.replace("checkout-null-shipping", "")), "tool_use");

  ScriptedServer server;
  SdkHttpClient http;
  MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
  List<Duration> sleeps = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = new ScriptedServer(ScriptedServer.Reply.json(200, ANSWER));
    http = BedrockClients.http(BedrockClassifier.Limits.defaults());
  }

  @AfterEach
  void stop() {
    http.close();
    server.close();
  }

  InvokeModelHttp transport() {
    return new InvokeModelHttp(server.uri("/"), Region.US_WEST_2, StaticCredentialsProvider.create(
        AwsSessionCredentials.create("AKIDWIRE", "wire-secret", "wire-session-token")), http);
  }

  BedrockClassifier classifier() {
    return new BedrockClassifier(transport(), PROFILE, null, PromptTemplate.load(Path.of("prompts"), "classify.md"),
        clock, () -> Long.MAX_VALUE, d -> {
          sleeps.add(d);
          clock.advance(d);
        }, new SplittableRandom(3), BedrockClassifier.Limits.defaults());
  }

  static ClassifyRequest request() {
    return BedrockClassifierServerTest.request(BedrockClassifierServerTest.SAMPLE);
  }

  @Test
  void postsTheBodyToTheEncodedProfilePathSignedForBedrock() throws Exception {
    InvokeModelHttp.Response r = transport().invoke(PROFILE, "{\"a\":1}".getBytes(), Duration.ofSeconds(5));

    assertEquals(200, r.status());
    assertEquals(ANSWER, r.body());
    ScriptedServer.Request sent = server.requests().get(0);
    assertEquals("POST", sent.method());
    assertEquals("/model/us.anthropic.claude-haiku-4-5-20251001-v1%3A0/invoke", sent.rawPath());
    assertEquals("/model/" + PROFILE + "/invoke", sent.path());
    assertEquals("application/json", sent.header("Content-Type"));
    assertEquals("application/json", sent.header("Accept"));
    assertEquals("{\"a\":1}", sent.body());
    String auth = sent.header("Authorization");
    assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDWIRE/"), auth);
    assertTrue(auth.contains("/us-west-2/bedrock/aws4_request"), auth);
    assertTrue(auth.contains("SignedHeaders=") && auth.contains("content-type") && auth.contains("host"), auth);
    assertEquals("wire-session-token", sent.header("X-Amz-Security-Token"));
    assertTrue(sent.header("X-Amz-Date").matches("\\d{8}T\\d{6}Z"));
  }

  @Test
  void anInferenceProfileArnStaysOnePathSegment() throws Exception {
    String arn = "arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude-haiku-4-5";
    transport().invoke(arn, "{}".getBytes(), Duration.ofSeconds(5));

    assertEquals("/model/arn%3Aaws%3Abedrock%3Aus-west-2%3A123456789012%3Ainference-profile%2Fus.anthropic"
        + ".claude-haiku-4-5/invoke", server.requests().get(0).rawPath());
  }

  @Test
  void errorsAreTypedByHeaderOrBodyWithoutTheirMessage() throws Exception {
    server.then(ScriptedServer.Reply.json(400, "{\"message\":\"SECRET prompt echo\"}")
        .withHeader("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/"));
    server.then(ScriptedServer.Reply.json(429,
        "{\"__type\":\"com.amazon.bedrock#ModelNotReadyException\",\"message\":\"SECRET\"}"));
    server.then(ScriptedServer.Reply.text(502, "<html>bad gateway</html>"));

    InvokeModelHttp t = transport();
    InvokeModelHttp.Response validation = t.invoke(PROFILE, "{}".getBytes(), Duration.ofSeconds(5));
    InvokeModelHttp.Response notReady = t.invoke(PROFILE, "{}".getBytes(), Duration.ofSeconds(5));
    InvokeModelHttp.Response gateway = t.invoke(PROFILE, "{}".getBytes(), Duration.ofSeconds(5));

    assertEquals(new InvokeModelHttp.Response(400, "ValidationException", ""), validation);
    assertEquals(new InvokeModelHttp.Response(429, "ModelNotReadyException", ""), notReady);
    assertEquals(new InvokeModelHttp.Response(502, "", ""), gateway);
  }

  @Test
  void throttlingIsRetriedAndValidationIsNot() {
    server.then(ScriptedServer.Reply.json(429, "{\"message\":\"Too many requests\"}")
        .withHeader("x-amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/"));

    assertEquals(Source.MODEL, classifier().classify(request()).source());
    assertEquals(2, server.requests().size());
    assertEquals(1, sleeps.size());
    assertTrue(sleeps.get(0).toMillis() >= 500, "throttle backoff " + sleeps);

    server.then(ScriptedServer.Reply.json(400, "{\"message\":\"SECRET prompt echo\"}")
        .withHeader("x-amzn-ErrorType", "ValidationException:http://internal.amazon.com/coral/com.amazon.bedrock/"));
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> classifier().classify(request()));
    assertTrue(e.getMessage().contains("ValidationException (HTTP 400), not retried"), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    assertEquals(3, server.requests().size());
  }

  @Test
  void anAttemptPastItsTimeoutIsAbortedAndNamedSo() {
    server.then(ScriptedServer.Reply.json(200, ANSWER).delayed(3_000));

    long t0 = System.nanoTime();
    assertThrows(dev.logsift.http.TimedCall.TimedOut.class,
        () -> transport().invoke(PROFILE, "{}".getBytes(), Duration.ofMillis(300)));
    assertTrue(System.nanoTime() - t0 < 2_500_000_000L, "aborted, not waited for");
  }
}
