package dev.logsift.corrections.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * What s3rver cannot be made to do: answer 5xx, 412 on a conditional PUT, 403 with an error body, a
 * malformed page. The scripted test server plays S3 with canned answers in S3's wire format and records requests.
 */
@Tag("server")
class S3FaultsServerTest {
  private static final String SECRET_CONTENT = "sample with password hunter2";

  private ScriptedServer server;
  private final List<Duration> slept = new ArrayList<>();
  private S3CorrectionStore store;

  @BeforeEach
  void start() throws IOException {
    // Past the script every answer is a bare 500.
    server = new ScriptedServer(new Reply(500, Map.of(), "", 0));
    URI endpoint = server.uri("");
    store = new S3CorrectionStore(new S3CorrectionStore.Connection(endpoint, "eu-west-1",
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret-key")),
        UrlConnectionHttpClient.create(), Clock.systemUTC(), slept::add,
        // Random source at its top: full jitter waits the whole step, so the doubling shows.
        () -> -1L, () -> 20_000L), "bkt");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private List<ScriptedServer.Request> seen() {
    return server.requests();
  }

  private void answer(int status, String body) {
    server.then(new Reply(status, body.isEmpty() ? Map.of() : Map.of("Content-Type", "application/xml"), body, 0));
  }

  private static String error(String code) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>about "
        + SECRET_CONTENT + "</Message><Key>" + SECRET_CONTENT + "</Key><RequestId>R1</RequestId></Error>";
  }

  @Test
  void slowDownThenSuccessIsRetriedWithBackoff() {
    answer(503, error("SlowDown"));
    answer(500, error("InternalError"));
    server.then(Reply.json(200, "{\"a\":1}"));
    assertArrayEquals("{\"a\":1}".getBytes(StandardCharsets.UTF_8), store.read("corrections/x y.json").orElseThrow());
    assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(400)), slept);
    assertEquals(3, seen().size());
    assertEquals("/bkt/corrections/x%20y.json", seen().get(2).rawPath());
    // Each attempt is signed afresh.
    assertTrue(seen().get(2).headers().get("Authorization").get(0).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/"));
  }

  @Test
  void persistentServerErrorsBecomeADownstreamFailureNamingTheCodeOnly() {
    for (int i = 0; i < S3Http.ATTEMPTS; i++) {
      answer(500, error("InternalError"));
    }
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> store.read("corrections/" + SECRET_CONTENT));
    assertEquals("s3: get in bucket bkt failed (HTTP 500 InternalError)", e.getMessage());
    assertEquals(S3Http.ATTEMPTS, seen().size());
    assertEquals(S3Http.ATTEMPTS - 1, slept.size());
  }

  @Test
  void anAttemptNeverWaitsLongerThanTheInvocationHasLeft() {
    // The HTTP client waits up to its own read timeout for an answer; the invocation has 400 ms left.
    S3CorrectionStore short400 = new S3CorrectionStore(new S3CorrectionStore.Connection(server.uri(""), "eu-west-1",
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "test-secret-key")),
        UrlConnectionHttpClient.create(), Clock.systemUTC(), slept::add, () -> -1L, () -> 400L), "bkt");
    server.then(Reply.json(200, "{}").delayed(3_000));
    long t0 = System.nanoTime();
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> short400.read("corrections/x.json"));
    long tookMillis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(tookMillis < 2_000, "the attempt outlasted the budget: " + tookMillis + " ms");
    assertTrue(e.getMessage().contains("TimedOut"), e.getMessage());
  }

  @Test
  void accessDeniedIsNotRetriedAndNamesNoKeyMessageOrSecret() {
    answer(403, error("AccessDenied"));
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> store.read("corrections/" + SECRET_CONTENT));
    assertEquals("s3: get in bucket bkt failed (HTTP 403 AccessDenied)", e.getMessage());
    assertFalse(e.getMessage().contains("test-secret-key"));
    assertEquals(1, seen().size());
    assertTrue(slept.isEmpty());
  }

  @Test
  void aHeadWithoutBodyIsAbsentOn404AndAFailureOn403() {
    answer(404, "");
    assertFalse(store.exists("k"));
    answer(403, "");
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, () -> store.exists("k"));
    assertEquals("s3: head in bucket bkt failed (HTTP 403)", e.getMessage());
    assertEquals("HEAD", seen().get(0).method());
  }

  @Test
  void aConditionalPutThatLosesTheRaceReportsAlreadyThere() {
    byte[] body = "{\"verdict\":\"confirmed\"}".getBytes(StandardCharsets.UTF_8);
    answer(404, "");
    answer(412, error("PreconditionFailed"));
    assertFalse(store.putIfAbsent("corrections/k.json", body));
    ScriptedServer.Request put = seen().get(1);
    assertEquals("PUT", put.method());
    assertEquals("*", put.headers().get("If-none-match").get(0));
    assertEquals("application/json", put.headers().get("Content-type").get(0));
    assertEquals("ffa555682c10907d96499ce6b0cf76159217ed7da938ad51909788b68e39f0e6",
        put.headers().get("X-amz-content-sha256").get(0), "hash of the body");
    assertArrayEquals(body, put.body().getBytes(StandardCharsets.UTF_8));

    answer(404, "");
    answer(200, "");
    assertTrue(store.putIfAbsent("corrections/k.json", body));
    answer(404, "");
    answer(409, error("ConditionalRequestConflict"));
    assertFalse(store.putIfAbsent("corrections/k.json", body));
  }

  @Test
  void aTruncatedPageWithoutATokenIsAFailureNotALoop() {
    answer(200, "<ListBucketResult><IsTruncated>true</IsTruncated><Contents><Key>a</Key></Contents></ListBucketResult>");
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> store.list("", null));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void urlEncodedKeysAreDecodedAndCommonPrefixesIgnored() {
    answer(200, "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><EncodingType>url</EncodingType>"
        + "<IsTruncated>false</IsTruncated><Contents><Key>a%20b%2Bc%C3%BC</Key><Size>1</Size></Contents>"
        + "<CommonPrefixes><Prefix>p/</Prefix></CommonPrefixes></ListBucketResult>");
    assertEquals(List.of("a b+cü"), store.list("", null));
    assertEquals("list-type=2&prefix=&max-keys=1000", seen().get(0).query());
  }

  @Test
  void aListAnswerWithAnExternalEntityIsRefusedUnread() {
    answer(200, "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<ListBucketResult><IsTruncated>false</IsTruncated><Contents><Key>&x;</Key></Contents></ListBucketResult>");
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, () -> store.list("", null));
    assertEquals("s3: list in bucket bkt failed (unreadable answer)", e.getMessage());
  }
}
