package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.AwsEnvironment;
import java.time.Clock;
import java.time.Duration;
import dev.logsift.app.priming.CannedSdkHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import dev.logsift.core.CredentialsChain;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

class BedrockClassifierTest {
  private final PromptTemplate prompt = PromptTemplate.load(null, "classify.md");

  @Test
  void inLambdaTheClientUsesTheEnvironmentsRegionAndTheDefaultCredentialsChain() {
    BedrockClassifier.Limits limits = BedrockClassifier.Limits.defaults();
    InvokeModelHttp c = BedrockClients.newClient(new BedrockSettings("m", AwsEnvironment.of(
        Map.of("AWS_REGION", "eu-west-1", "AWS_LAMBDA_FUNCTION_NAME", "logsift-classifier"))), limits, null, null);
    assertEquals(Region.EU_WEST_1, c.region());
    // SnapStart sets no key variables, only container credentials, which the default chain reads.
    assertInstanceOf(CredentialsChain.class, c.credentials());
  }

  @Test
  void theEndpointIsPickedInTheSdksOrder() {
    AwsEnvironment env = AwsEnvironment.of(Map.of("AWS_REGION", "eu-west-1",
        "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "http://service-var:1", "AWS_ENDPOINT_URL", "http://shared-var:2"));
    Map<String, String> jvm = Map.of("aws.endpointUrlBedrockRuntime", "http://service-jvm:3",
        "aws.endpointUrl", "http://shared-jvm:4");
    assertEquals("http://service-jvm:3", InvokeModelHttp.endpoint(jvm, env, Region.EU_WEST_1).toString());
    assertEquals("http://service-var:1",
        InvokeModelHttp.endpoint(Map.of("aws.endpointUrl", "http://shared-jvm:4"), env, Region.EU_WEST_1).toString());
    assertEquals("http://shared-jvm:4", InvokeModelHttp.endpoint(Map.of("aws.endpointUrl", "http://shared-jvm:4"),
        AwsEnvironment.of(Map.of("AWS_ENDPOINT_URL", "http://shared-var:2")), Region.EU_WEST_1).toString());
    assertEquals("https://bedrock-runtime.eu-west-1.amazonaws.com",
        InvokeModelHttp.endpoint(Map.of(), AwsEnvironment.NONE, Region.EU_WEST_1).toString());
  }

  @Test
  void backoffGrowsWithJitterAndStaysUnderItsCap() {
    BedrockClassifier.Limits l = BedrockClassifier.Limits.defaults();
    {
      InvokeModelHttp client = new InvokeModelHttp(java.net.URI.create("http://localhost:1"), Region.US_EAST_1,
          StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")), new CannedSdkHttp());
      assertBackoffBounds(new BedrockClassifier(client, "m", null, prompt, Clock.systemUTC(), () -> Long.MAX_VALUE,
          d -> {}, new SplittableRandom(1), l), l);
    }
  }

  private static void assertBackoffBounds(BedrockClassifier b, BedrockClassifier.Limits l) {
    for (int attempt = 1; attempt <= 8; attempt++) {
      long cap = Math.min(l.maxBackoff().toMillis(), l.baseBackoff().toMillis() << (attempt - 1));
      long throttleCap = Math.min(l.maxBackoff().toMillis(), l.throttleBackoff().toMillis() << (attempt - 1));
      for (int i = 0; i < 50; i++) {
        long d = b.backoffMillis(attempt, false);
        assertTrue(d >= cap / 2 && d <= cap, "attempt " + attempt + ": " + d);
        long t = b.backoffMillis(attempt, true);
        assertTrue(t >= throttleCap / 2 && t <= throttleCap, "throttled attempt " + attempt + ": " + t);
      }
    }
  }

  @Test
  void createNeedsAModelId() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BedrockClassifier.create(new BedrockSettings(null, AwsEnvironment.NONE), null, prompt, Clock.systemUTC()));

    assertTrue(e.getMessage().contains("BEDROCK_MODEL_ID"), e.getMessage());
  }

  @Test
  void theClientIsBuiltOnTheStartUpThreadRightAwayOrElseAtTheFirstModelCall() {
    BedrockSettings settings = new BedrockSettings("m", AwsEnvironment.of(Map.of("AWS_REGION", "us-east-1")));
    var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    ClassifyRequest request = new ClassifyRequest("checkout", "/ecs/checkout", "fp", "ERROR boom <*>", "ERROR boom 7");

    List<Runnable> startUp = new ArrayList<>();
    CountingHttp started = new CountingHttp();
    BedrockClassifier early = BedrockClassifier.create(settings, null, prompt, Clock.systemUTC(), () -> Long.MAX_VALUE,
        started, credentials, startUp::add);
    assertEquals(1, startUp.size(), "building did not start at create");
    startUp.forEach(Runnable::run);
    assertEquals(Category.APPLICATION, early.classify(request).category());
    assertEquals(1, started.calls.get());

    CountingHttp lazy = new CountingHttp();
    BedrockClassifier late = BedrockClassifier.create(settings, null, prompt, Clock.systemUTC(), () -> Long.MAX_VALUE,
        lazy, credentials);
    assertEquals(Category.APPLICATION, late.classify(request).category(), "built at the first model call");
    assertEquals(1, lazy.calls.get());
  }

  /** Bedrock's answer to every request: one classify tool call, as the canned priming transport gives it. */
  private static final class CountingHttp implements SdkHttpClient {
    final AtomicInteger calls = new AtomicInteger();
    private final CannedSdkHttp canned = new CannedSdkHttp();

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
      calls.incrementAndGet();
      return canned.prepareRequest(request);
    }

    @Override
    public String clientName() {
      return "counting";
    }

    @Override
    public void close() {}
  }

  @Test
  void defaultLimitsLeaveRoomForARetryWithinOneClassification() {
    BedrockClassifier.Limits l = BedrockClassifier.Limits.defaults();

    assertTrue(l.attemptTimeout().multipliedBy(2).plus(l.maxBackoff()).compareTo(l.maxCallTime()) <= 0);
    assertTrue(l.minAttempt().compareTo(Duration.ofMillis(100)) >= 0);
  }
}
