package dev.logsift.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.testing.MutableClock;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/** Our credentials chain: keys, then container credentials as SnapStart gives them, else the SDK's chain. */
@Tag("server")
class CredentialsChainServerTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private final MutableClock clock = new MutableClock(T0);

  @TempDir
  Path home;

  private static Reply keys(String id, Instant expires) {
    return Reply.json(200, "{\"AccessKeyId\":\"" + id + "\",\"SecretAccessKey\":\"secret-" + id + "\",\"Token\":\"tok-"
        + id + "\",\"Expiration\":\"" + expires + "\",\"Code\":\"Success\"}");
  }

  private Map<String, String> containerEnv(ScriptedServer server) {
    Map<String, String> env = new HashMap<>();
    env.put("HOME", home.toString());
    env.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", server.uri("/2018-06-01/credentials").toString());
    env.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", "auth-token");
    return env;
  }

  @Test
  void containerCredentialsAreFetchedWithTheTokenAndKeptUntilFiveMinutesBeforeTheyExpire() throws Exception {
    try (ScriptedServer server = new ScriptedServer(keys("B", T0.plus(Duration.ofHours(2))))) {
      server.then(keys("A", T0.plus(Duration.ofHours(1))));
      CredentialsChain chain = new CredentialsChain(containerEnv(server), clock);
      AwsSessionCredentials a = assertInstanceOf(AwsSessionCredentials.class, chain.resolveCredentials());
      assertEquals("A", a.accessKeyId());
      assertEquals("secret-A", a.secretAccessKey());
      assertEquals("tok-A", a.sessionToken());
      clock.advance(Duration.ofMinutes(54));
      assertEquals("A", chain.resolveCredentials().accessKeyId());
      assertEquals(1, server.requests().size(), "kept while fresh");
      clock.advance(Duration.ofMinutes(2));
      assertEquals("B", chain.resolveCredentials().accessKeyId(), "refreshed five minutes before expiry");
      assertEquals(2, server.requests().size());
      assertEquals("auth-token", server.requests().get(0).header("Authorization"));
      assertEquals("GET", server.requests().get(0).method());
    }
  }

  @Test
  void theTokenFileIsReadAtEveryFetchAndWinsOverTheVariable() throws Exception {
    Path token = home.resolve("token");
    Files.writeString(token, "from-file-1\n");
    try (ScriptedServer server = new ScriptedServer(keys("A", T0))) {
      Map<String, String> env = containerEnv(server);
      env.put("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", token.toString());
      CredentialsChain chain = new CredentialsChain(env, clock);
      chain.resolveCredentials();
      Files.writeString(token, "from-file-2");
      chain.resolveCredentials();
      assertEquals("from-file-1", server.requests().get(0).header("Authorization"));
      assertEquals("from-file-2", server.requests().get(1).header("Authorization"), "expired keys are fetched again");
    }
  }

  @Test
  void aFailedRefreshKeepsUsingKeysThatStillHoldThenFailsWithoutTheToken() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(500, "{\"message\":\"auth-token\"}"))) {
      server.then(keys("A", T0.plus(Duration.ofMinutes(10))));
      CredentialsChain chain = new CredentialsChain(containerEnv(server), clock, d -> { });
      assertEquals("A", chain.resolveCredentials().accessKeyId());
      clock.advance(Duration.ofMinutes(6));
      assertEquals("A", chain.resolveCredentials().accessKeyId(), "the refresh failed; the keys still hold");
      assertEquals(4, server.requests().size(), "a 5xx is tried three times");
      clock.advance(Duration.ofMinutes(3));
      DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, chain::resolveCredentials);
      assertEquals("credentials", e.service());
      assertFalse(e.getMessage().contains("auth-token"), e.getMessage());
      assertTrue(e.getMessage().contains("HTTP 500"), e.getMessage());
    }
  }

  @Test
  void aFailingEndpointIsTriedAgainAfterABackoffWithinTheBudget() throws Exception {
    try (ScriptedServer server = new ScriptedServer(keys("A", T0.plus(Duration.ofHours(1))))) {
      server.then(Reply.json(500, "{}")).then(Reply.json(503, "{}"));
      List<Duration> sleeps = new ArrayList<>();
      CredentialsChain chain = new CredentialsChain(containerEnv(server), clock, d -> {
        sleeps.add(d);
        clock.advance(d);
      });
      assertEquals("A", chain.resolveCredentials().accessKeyId());
      assertEquals(3, server.requests().size());
      assertEquals(2, sleeps.size(), "each retry waits first: " + sleeps);
      long slept = sleeps.stream().mapToLong(Duration::toMillis).sum();
      assertTrue(slept < ContainerCredentials.BUDGET_MILLIS, sleeps.toString());
    }
  }

  @Test
  void aHangingEndpointIsGivenUpWithinTheBudget() throws Exception {
    try (ScriptedServer server = new ScriptedServer(keys("A", Instant.parse("2099-01-01T00:00:00Z")).delayed(10_000))) {
      CredentialsChain chain = new CredentialsChain(containerEnv(server), Clock.systemUTC(), d -> { });
      long t0 = System.nanoTime();
      DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, chain::resolveCredentials);
      long tookMillis = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(tookMillis < ContainerCredentials.BUDGET_MILLIS + 1_000, "took " + tookMillis + " ms");
      assertFalse(e.getMessage().contains("127.0.0.1") || e.getMessage().contains("auth-token"), e.getMessage());
    }
  }

  @Test
  void threadsThatWaitedOutAFailedFetchGetItsFailureWithoutFetchingAgain() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(500, "{}"))) {
      CountDownLatch firstWait = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      CredentialsChain chain = new CredentialsChain(containerEnv(server), clock, d -> {
        firstWait.countDown();
        release.await();
      });
      CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> failure(chain));
      assertTrue(firstWait.await(10, TimeUnit.SECONDS), "the fetch never waited to try again");
      CompletableFuture<Throwable> second = new CompletableFuture<>();
      Thread waiter = new Thread(() -> second.complete(failure(chain)));
      waiter.start();
      while (waiter.getState() != Thread.State.BLOCKED) {
        Thread.onSpinWait();
      }
      release.countDown();
      assertInstanceOf(DownstreamUnavailableException.class, first.get(10, TimeUnit.SECONDS));
      assertInstanceOf(DownstreamUnavailableException.class, second.get(10, TimeUnit.SECONDS));
      assertEquals(ContainerCredentials.POLICY.maxAttempts(), server.requests().size(), "one fetch for both threads");
    }
  }

  private static Throwable failure(CredentialsChain chain) {
    try {
      chain.resolveCredentials();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  @Test
  void keyVariablesComeBeforeTheContainer() throws Exception {
    try (ScriptedServer server = new ScriptedServer(keys("A", T0))) {
      Map<String, String> env = containerEnv(server);
      env.put("AWS_ACCESS_KEY_ID", "ENVKEY");
      env.put("AWS_SECRET_ACCESS_KEY", "envsecret");
      AwsCredentials c = new CredentialsChain(env, clock).resolveCredentials();
      assertEquals("ENVKEY", c.accessKeyId());
      assertEquals(0, server.requests().size());
    }
  }

  @Test
  void aProfileFileOrWebIdentityLeavesTheAnswerToTheSdksChain() throws Exception {
    try (ScriptedServer server = new ScriptedServer(keys("A", T0))) {
      Map<String, String> env = containerEnv(server);
      assertFalse(CredentialsChain.sdkFirst(env));
      Files.createDirectories(home.resolve(".aws"));
      Files.writeString(home.resolve(".aws/config"), "[default]\nregion = eu-west-1\n");
      assertTrue(CredentialsChain.sdkFirst(env), "the SDK reads profiles before the container");
      assertTrue(CredentialsChain.sdkFirst(Map.of("AWS_WEB_IDENTITY_TOKEN_FILE", "/t", "HOME", "/nonexistent")));
      assertTrue(CredentialsChain.sdkFirst(Map.of("AWS_PROFILE", "p", "HOME", "/nonexistent")));
    }
  }

  @Test
  void aFullUriOffThisHostMustBeHttps() {
    Map<String, String> env = new HashMap<>(Map.of("HOME", home.toString(),
        "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://203.0.113.9/credentials"));
    assertThrows(SdkClientException.class, () -> new CredentialsChain(env, clock).resolveCredentials());
  }

  @Test
  void awsEnvironmentKeepsTheVariablesButNeverPrintsThem() {
    AwsEnvironment aws = AwsEnvironment.of(Map.of("AWS_REGION", "eu-west-1", "AWS_SECRET_ACCESS_KEY", "s3cr3t",
        "AWS_CONTAINER_AUTHORIZATION_TOKEN", "t0k3n", "PATH", "/bin"));
    assertEquals(Map.of("AWS_SECRET_ACCESS_KEY", "s3cr3t", "AWS_CONTAINER_AUTHORIZATION_TOKEN", "t0k3n"),
        aws.credentials());
    assertFalse(aws.toString().contains("s3cr3t") || aws.toString().contains("t0k3n"), aws.toString());
  }
}
