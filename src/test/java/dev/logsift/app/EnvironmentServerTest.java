package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/** Environment against a local SSM (the scripted test server) that speaks GetParameter (JSON 1.1) and checks what it is sent. */
@Tag("server")
class EnvironmentServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET_URL = "https://discord.com/api/webhooks/123/s3cr3t-t0ken";

  record Seen(String method, String path, Map<String, List<String>> headers, JsonNode body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  private ScriptedServer server;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final List<Duration> slept = new CopyOnWriteArrayList<>();
  private final Map<String, String> parameters = Map.of("/logsift/discord-webhook", SECRET_URL,
      "/logsift/slack-token", "xoxb-not-a-real-token");

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer(this::answer);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Reply answer(ScriptedServer.Request request) {
    JsonNode body;
    try {
      body = JSON.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Seen s = new Seen(request.method(), request.path(), request.headers(), body);
    seen.add(s);
    String value = parameters.get(body.path("Name").asText());
    boolean wellFormed = "AmazonSSM.GetParameter".equals(s.header("X-Amz-Target"))
        && "application/x-amz-json-1.1".equals(s.header("Content-Type"))
        && s.header("Authorization") != null && s.header("X-Amz-Date") != null;
    int status;
    String answer;
    if (!wellFormed) {
      status = 400;
      answer = "{\"__type\":\"com.amazon.coral.service#UnknownOperationException\"}";
    } else if (value == null) {
      status = 400;
      answer = "{\"__type\":\"ParameterNotFound\",\"message\":\"Parameter " + body.path("Name").asText()
          + " not found.\"}";
    } else {
      status = 200;
      answer = "{\"Parameter\":{\"ARN\":\"arn:aws:ssm:eu-west-1:123456789012:parameter" + body.path("Name").asText()
          + "\",\"DataType\":\"text\",\"LastModifiedDate\":1.795766400E9,\"Name\":\"" + body.path("Name").asText()
          + "\",\"Selector\":null,\"SourceResult\":null,\"Type\":\"SecureString\",\"Value\":\"" + value
          + "\",\"Version\":3}}";
    }
    return new Reply(status, Map.of("Content-Type", "application/x-amz-json-1.1", "x-amzn-RequestId",
        "0b6d3d3c-0000-4000-8000-000000000001"), answer, 0);
  }

  private SsmParameters ssm(StaticCredentialsProvider credentials) {
    return new SsmParameters(server.uri(""), "eu-west-1", credentials, UrlConnectionHttpClient.create(), slept::add);
  }

  private SsmParameters ssm() {
    return ssm(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI")));
  }

  @Test
  void readsNamedParametersWithOneSignedGetParameterEach() {
    Map<String, String> out = Environment.resolve(Map.of(
        "DISCORD_WEBHOOK_URL_SSM_PARAM", " /logsift/discord-webhook ",
        "SLACK_BOT_TOKEN_SSM_PARAM", "/logsift/slack-token",
        "DEDUP_TABLE", "logsift-dedup"), this::ssm);

    assertEquals(SECRET_URL, out.get("DISCORD_WEBHOOK_URL"));
    assertEquals("xoxb-not-a-real-token", out.get("SLACK_BOT_TOKEN"));
    assertEquals("logsift-dedup", out.get("DEDUP_TABLE"));
    assertEquals(2, seen.size());
    for (Seen s : seen) {
      assertEquals("POST", s.method());
      assertEquals("/", s.path());
      assertEquals("AmazonSSM.GetParameter", s.header("X-Amz-Target"));
      assertTrue(s.body().path("WithDecryption").asBoolean(), "SecureString needs WithDecryption");
      String auth = s.header("Authorization");
      assertTrue(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), auth);
      assertTrue(auth.contains("/eu-west-1/ssm/aws4_request"), auth);
      assertTrue(auth.contains("x-amz-target"), "the target header must be signed: " + auth);
      assertTrue(auth.contains("Signature="), auth);
    }
    assertEquals(List.of("/logsift/discord-webhook", "/logsift/slack-token"),
        seen.stream().map(s -> s.body().path("Name").asText()).sorted().toList());
  }

  @Test
  void directValueWinsAndNothingIsCalled() {
    AtomicInteger built = new AtomicInteger();
    Map<String, String> out = Environment.resolve(Map.of(
        "DISCORD_WEBHOOK_URL", "https://example.test/direct",
        "DISCORD_WEBHOOK_URL_SSM_PARAM", "/logsift/discord-webhook",
        "SLACK_SIGNING_SECRET_SSM_PARAM", "  "), () -> {
          built.incrementAndGet();
          return ssm();
        });

    assertEquals("https://example.test/direct", out.get("DISCORD_WEBHOOK_URL"));
    assertNull(out.get("SLACK_SIGNING_SECRET"));
    assertEquals(0, built.get(), "no SSM client when nothing has to be read");
    assertTrue(seen.isEmpty());
  }

  @Test
  void sessionCredentialsSendTheSecurityToken() {
    Environment.resolve(Map.of("SLACK_BOT_TOKEN_SSM_PARAM", "/logsift/slack-token"),
        () -> ssm(StaticCredentialsProvider.create(AwsSessionCredentials.create("ASIAEXAMPLE", "secret", "tok3n"))));

    assertEquals("tok3n", seen.get(0).header("X-Amz-Security-Token"));
  }

  @Test
  void missingParameterIsTypedAndNamesTheVariableNotTheParameter() {
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> Environment.resolve(Map.of("DISCORD_BOT_TOKEN_SSM_PARAM", "/logsift/no-such-thing"), this::ssm));

    assertEquals("ssm", e.service());
    assertTrue(e.getMessage().contains("DISCORD_BOT_TOKEN_SSM_PARAM"), e.getMessage());
    assertTrue(e.getMessage().contains("ParameterNotFound"), e.getMessage());
    assertFalse(e.getMessage().contains("no-such-thing"), e.getMessage());
  }

  @Test
  void unreachableSsmIsDownstreamUnavailable() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    SsmParameters nowhere = new SsmParameters(URI.create("http://127.0.0.1:" + closed), "eu-west-1",
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
        UrlConnectionHttpClient.create());

    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> Environment.resolve(Map.of("SLACK_WEBHOOK_URL_SSM_PARAM", "/logsift/slack-webhook"), () -> nowhere));

    assertEquals("ssm", e.service());
    assertTrue(e.getMessage().contains("SLACK_WEBHOOK_URL_SSM_PARAM"), e.getMessage());
  }

  @Test
  void aThrottledOrFailingReadIsRetriedWithinTheColdStartBudget() {
    server.then(new Reply(400, Map.of("Content-Type", "application/x-amz-json-1.1"),
        "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}", 0))
        .then(new Reply(503, Map.of(), "", 0));

    Map<String, String> out = Environment.resolve(Map.of("SLACK_BOT_TOKEN_SSM_PARAM", "/logsift/slack-token"), this::ssm);

    assertEquals("xoxb-not-a-real-token", out.get("SLACK_BOT_TOKEN"));
    assertEquals(3, server.requests().size());
    assertEquals(2, slept.size());
  }

  @Test
  void aPersistentOutageGivesUpAfterThePolicysAttempts() {
    server.always(new Reply(500, Map.of(), "", 0));

    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> Environment.resolve(Map.of("SLACK_BOT_TOKEN_SSM_PARAM", "/logsift/slack-token"), this::ssm));

    assertTrue(e.getMessage().contains("GetParameter failed: HTTP 500"), e.getMessage());
    assertEquals(SsmParameters.POLICY.maxAttempts(), server.requests().size());
  }
}
