package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.Config;
import dev.logsift.app.Transports;
import dev.logsift.app.Wiring;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Delivery;
import dev.logsift.testing.Dynalite;
import dev.logsift.testing.MutableClock;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * Issue 12's storm across two cold starts: 10 batches of 10,000 lines, 22 distinct errors in three log groups
 * (three services), two of them with a variable no digit mask sees (a random sub-domain, one of 300 user names),
 * some of them rare. One wiring replays batches 0-4, a fresh wiring (a new container: nothing in memory) replays
 * 5-9 against the same DynamoDB table, with the real Bedrock client against a local model and the Discord
 * notifier against a local webhook. Model calls and Discord requests are counted where they arrive.
 */
@Tag("server")
class StormColdStartsServerTest {
  private static final String[] GROUPS = {"/ecs/checkout", "/ecs/payments", "/aws/lambda/report-jobs"};
  private static final int BATCHES = 10;
  private static final int LINES = 10_000;
  private static final String SUB_DOMAIN = "upstream connect error or disconnect/reset before headers";
  private static final String USER_NAME = "password check failed for user";

  /** One error of one service: how often it comes (relative weight) and its text for a random draw. */
  private record StormError(int group, double weight, String marker, java.util.function.Function<Random, String> text) {
    /** About three lines in a batch of 10,000. */
    StormError rare() {
      return new StormError(group, 0.02, marker, text);
    }
  }

  private static final String[] NAMES = names(300);

  private static final List<StormError> ERRORS = List.of(
      // checkout: a Java service behind a load balancer
      new StormError(0, 30, "NullPointerException", r -> ts(r) + " ERROR [http-nio-8080-exec-" + r.nextInt(200)
          + "] c.e.checkout.OrderService - Failed to place order " + r.nextInt(1_000_000) + "\n"
          + "java.lang.NullPointerException: Cannot invoke \"Address.getCountry()\" because \"shipping\" is null\n"
          + "\tat com.example.checkout.TaxCalculator.rate(TaxCalculator.java:88)\n"
          + "\tat com.example.checkout.OrderService.place(OrderService.java:142)"),
      new StormError(0, 20, "SocketTimeoutException", r -> ts(r) + " ERROR [http-nio-8080-exec-" + r.nextInt(200)
          + "] c.e.checkout.InventoryClient - reserve failed for cart " + uuid(r) + "\n"
          + "org.springframework.web.client.ResourceAccessException: I/O error on POST request\n"
          + "Caused by: java.net.SocketTimeoutException: Read timed out\n"
          + "\tat com.example.checkout.InventoryClient.reserve(InventoryClient.java:57)"),
      new StormError(0, 12, SUB_DOMAIN, r -> ts(r) + " ERROR GET https://" + word(r, 6) + ".cdn.example.net/assets/app.js"
          + " failed: " + SUB_DOMAIN),
      new StormError(0, 8, "HikariPool", r -> ts(r) + " ERROR HikariPool-1 - Connection is not available, request timed out"
          + " after " + (30000 + r.nextInt(50)) + "ms."),
      new StormError(0, 5, "ConditionalCheckFailed", r -> ts(r) + " ERROR software.amazon.awssdk.services.dynamodb.model"
          + ".ConditionalCheckFailedException: The conditional request failed (Service: DynamoDb, Status Code: 400,"
          + " Request ID: " + hex(r, 32).toUpperCase() + ")"),
      new StormError(0, 3, "IllegalStateException", r -> ts(r) + " ERROR c.e.checkout.CartService - "
          + "java.lang.IllegalStateException: cart " + r.nextInt(99_999) + " already checked out"),
      new StormError(0, 1, "OutOfMemoryError", r -> ts(r) + " ERROR java.lang.OutOfMemoryError: Java heap space"),
      new StormError(0, 0.5, "SSLHandshakeException", r -> ts(r) + " ERROR javax.net.ssl.SSLHandshakeException: PKIX path"
          + " validation failed: validity check failed for partner-api on port " + (8443 + r.nextInt(3))),
      // payments: a Python service
      new StormError(1, 30, "asyncpg", r -> "[ERROR] " + ts(r) + " " + hex(r, 8) + "-" + hex(r, 4) + " Traceback (most recent"
          + " call last):\n  File \"/app/payments/charge.py\", line 41, in charge\n    await conn.execute(q)\n"
          + "asyncpg.exceptions.UniqueViolationError: duplicate key value violates unique constraint \"charges_pkey\""),
      new StormError(1, 15, "KeyError", r -> "[ERROR] " + ts(r) + " Traceback (most recent call last):\n"
          + "  File \"/app/payments/refund.py\", line 88, in refund\n    total = order['total']\nKeyError: 'total'"),
      new StormError(1, 10, "ThrottlingException", r -> "[ERROR] " + ts(r) + " botocore.exceptions.ClientError: An error"
          + " occurred (ThrottlingException) when calling the PutItem operation (reached max retries: 4): Rate exceeded"),
      new StormError(1, 6, "stripe", r -> "[ERROR] " + ts(r) + " stripe.error.CardError: Request req_" + hex(r, 14)
          + ": Your card was declined."),
      new StormError(1, 2, USER_NAME, r -> "[ERROR] " + ts(r) + " auth: " + USER_NAME + " " + NAMES[r.nextInt(NAMES.length)]
          + " (account locked after repeated attempts)"),
      new StormError(1, 1, "ConnectionResetError", r -> "[ERROR] " + ts(r) + " ConnectionResetError: [Errno 104] Connection"
          + " reset by peer while talking to ledger at 10.0." + r.nextInt(255) + "." + r.nextInt(255) + ":5432"),
      new StormError(1, 0.3, "ValueError", r -> "[ERROR] " + ts(r) + " ValueError: invalid literal for int() with base 10: '"
          + hex(r, 5) + "'"),
      // report-jobs: a Node Lambda
      new StormError(2, 30, "reading 'rows'", r -> ts(r) + "\t" + uuid(r) + "\tERROR\tInvoke Error \t{\"errorType\":\"TypeError\","
          + "\"errorMessage\":\"Cannot read properties of undefined (reading 'rows')\",\"stack\":[\"TypeError: Cannot read"
          + " properties of undefined (reading 'rows')\",\"    at render (/var/task/report.js:" + 40 + ":17)\"]}"),
      new StormError(2, 15, "ECONNREFUSED", r -> ts(r) + "\t" + uuid(r) + "\tERROR\tError: connect ECONNREFUSED 10.1."
          + r.nextInt(255) + "." + r.nextInt(255) + ":6379"),
      new StormError(2, 10, "Task timed out", r -> ts(r) + " " + uuid(r) + " Task timed out after 30.0" + r.nextInt(10)
          + " seconds"),
      new StormError(2, 5, "AccessDenied", r -> ts(r) + "\t" + uuid(r) + "\tERROR\tAccessDenied: User: arn:aws:sts::"
          + "123456789012:assumed-role/report-jobs/fn is not authorized to perform: s3:PutObject on resource: "
          + "arn:aws:s3:::reports-" + r.nextInt(9) + "/out/" + uuid(r) + ".pdf"),
      new StormError(2, 3, "Runtime.ExitError", r -> "RequestId: " + uuid(r) + " Error: Runtime exited with error: signal:"
          + " killed\nRuntime.ExitError"),
      new StormError(2, 1, "RangeError", r -> ts(r) + "\t" + uuid(r) + "\tERROR\tRangeError: Invalid time value at"
          + " formatDate (/var/task/format.js:12:9)"),
      new StormError(2, 0.4, "SyntaxError", r -> ts(r) + "\t" + uuid(r) + "\tERROR\tSyntaxError: Unexpected token < in JSON"
          + " at position " + r.nextInt(4000)));

  private Dynalite db;
  private String table;
  private ScriptedServer local;
  private final AtomicInteger messageIds = new AtomicInteger(1000);

  @BeforeEach
  void start() throws IOException {
    db = Dynalite.shared();
    table = db.newTable();
    local = new ScriptedServer(this::answer);
  }

  @AfterEach
  void stop() {
    local.close();
  }

  /** Bedrock's InvokeModel with a valid tool_use answer; Discord's webhook with the message it made or edited. */
  private Reply answer(ScriptedServer.Request request) {
    if (request.path().matches("/model/[^/]+/invoke")) {
      return Reply.json(200, "{\"id\":\"msg_bdrk_01\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-haiku"
          + "-4-5\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_01\",\"name\":\"classify\",\"input\":{\"category\":"
          + "\"dependency\",\"confidence\":\"medium\",\"summary\":\"A dependency failed under load.\",\"first_response\":"
          + "\"Check the dependency's health dashboard.\",\"known_failure_id\":\"\"}}],\"stop_reason\":\"tool_use\","
          + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":812,\"output_tokens\":96}}");
    }
    if (request.path().startsWith("/api/webhooks/1/tok")) {
      String id = request.method().equals("PATCH")
          ? request.path().substring(request.path().lastIndexOf('/') + 1)
          : String.valueOf(messageIds.incrementAndGet());
      return Reply.json(200, "{\"id\":\"" + id + "\",\"channel_id\":\"7\"}");
    }
    return Reply.json(404, "{\"message\":\"no such route\"}");
  }

  @Test
  void twentyTwoErrorsCostAtMostFortyModelCallsAndThirtyFourPosts() {
    storm(false);
  }

  /** The two variable errors come a few times per batch: too few values for the fingerprint to learn at once. */
  @Test
  void rareVariantsSeenBeforeTheirPositionIsLearnedStayWithinTheBounds() {
    storm(true);
  }

  private void storm(boolean rareVariables) {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    Random rnd = new Random(12);
    List<LogBatch> batches = new ArrayList<>();
    for (int b = 0; b < BATCHES; b++) {
      batches.add(batch(b, rnd, rareVariables));
    }
    Map<String, String> env = Map.of(Config.DEDUP_TABLE, table, "BEDROCK_MODEL_ID",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0", Config.DISCORD_WEBHOOK_URL,
        local.uri("/api/webhooks/1/tok").toString(), "AWS_REGION", "us-east-1");
    Transports transports = new Transports(routed(db.endpoint(), local.uri("")),
        StaticCredentialsProvider.create(AwsBasicCredentials.create(Dynalite.ACCESS_KEY, Dynalite.SECRET_KEY)), null);

    List<BatchReport> reports = new ArrayList<>();
    for (int half = 0; half < 2; half++) {
      // A cold start: everything in memory is new, only the table is shared.
      Wiring wiring = Wiring.build(Config.fromEnv(env), clock, card -> Delivery.console(), transports);
      try {
        for (int b = half * 5; b < half * 5 + 5; b++) {
          BatchReport r = wiring.pipeline().process(batches.get(b));
          assertEquals(0, r.failed(), "batch " + b);
          reports.add(r);
          clock.advance(Duration.ofSeconds(30));
        }
      } finally {
        wiring.shutdown();
      }
    }

    long modelCalls = local.requests().stream().filter(q -> q.path().endsWith("/invoke")).count();
    long posts = local.requests().stream().filter(q -> q.path().startsWith("/api/webhooks/")).count();
    long fingerprints = reports.stream().mapToLong(BatchReport::fingerprints).sum();
    Map<String, Integer> servedBy = new TreeMap<>();
    reports.forEach(r -> r.servedBy().forEach((k, v) -> servedBy.merge(k, v, Integer::sum)));
    System.out.printf("storm across two cold starts (%s variables): %d lines, %d batch-fingerprints, %d model calls, %d Discord"
        + " requests, %d notified, %d digested, served by %s%n", rareVariables ? "rare" : "common", reports.stream().mapToLong(BatchReport::events).sum(),
        fingerprints, modelCalls, posts, reports.stream().mapToLong(BatchReport::notified).sum(),
        reports.stream().mapToLong(BatchReport::digested).sum(), servedBy);

    reports.forEach(r -> r.outcomes().stream().filter(o -> o.status() != Outcome.Status.SUPPRESSED).forEach(o -> System.out.println("  " + o.status() + " " + o.card().service() + " "
        + o.card().fingerprint() + " " + o.card().classification().source().wire() + " "
        + o.card().template().lines().findFirst().orElse(""))));
    String channel = String.join("\n", local.requests().stream().filter(q -> q.path().startsWith("/api/webhooks/"))
        .map(ScriptedServer.Request::body).toList());
    for (StormError e : ERRORS) {
      assertTrue(channel.contains(e.marker()), "every error reached the channel: " + e.marker());
    }
    assertTrue(modelCalls <= 40, "model calls: " + modelCalls);
    assertTrue(posts <= 34, "Discord posts: " + posts);
  }

  private static LogBatch batch(int b, Random rnd, boolean rareVariables) {
    int group = b % GROUPS.length;
    List<StormError> mine = ERRORS.stream().filter(e -> e.group() == group).map(e -> rareVariables
        && (e.marker().equals(SUB_DOMAIN) || e.marker().equals(USER_NAME)) ? e.rare() : e).toList();
    double total = mine.stream().mapToDouble(StormError::weight).sum();
    List<LogEvent> events = new ArrayList<>(LINES);
    long start = Instant.parse("2026-11-27T08:00:00Z").toEpochMilli() + b * 30_000L;
    for (int i = 0; i < LINES; i++) {
      double x = rnd.nextDouble() * total;
      StormError pick = mine.get(mine.size() - 1);
      for (StormError e : mine) {
        x -= e.weight();
        if (x < 0) {
          pick = e;
          break;
        }
      }
      events.add(new LogEvent(b + "-" + i, start + i, pick.text().apply(rnd)));
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "123456789012", GROUPS[group], "stream-" + b, List.of(), events);
  }

  /** The SDK clients of the wiring reach dynalite (DynamoDB) and the local server (Bedrock) through this. */
  private static SdkHttpClient routed(URI dynamo, URI bedrock) {
    SdkHttpClient real = UrlConnectionHttpClient.create();
    return new SdkHttpClient() {
      @Override
      public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        SdkHttpRequest r = request.httpRequest();
        URI to = r.firstMatchingHeader("X-Amz-Target").orElse("").startsWith("DynamoDB_") ? dynamo : bedrock;
        SdkHttpRequest moved = r.toBuilder().protocol(to.getScheme()).host(to.getHost()).port(to.getPort()).build();
        return real.prepareRequest(HttpExecuteRequest.builder().request(moved)
            .contentStreamProvider(request.contentStreamProvider().orElse(null)).build());
      }

      @Override
      public String clientName() {
        return "storm-routed";
      }

      @Override
      public void close() {
        real.close();
      }
    };
  }

  private static String ts(Random r) {
    return Instant.parse("2026-11-27T08:00:00Z").plusMillis(r.nextInt(600_000)).toString();
  }

  private static String uuid(Random r) {
    return hex(r, 8) + "-" + hex(r, 4) + "-4" + hex(r, 3) + "-a" + hex(r, 3) + "-" + hex(r, 12);
  }

  private static String hex(Random r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append("0123456789abcdef".charAt(r.nextInt(16)));
    }
    return sb.toString();
  }

  /** Letters only: a sub-domain or a user name that no digit mask touches. */
  private static String word(Random r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + r.nextInt(26)));
    }
    return sb.toString();
  }

  private static String[] names(int n) {
    Random r = new Random(300);
    String[] first = {"al", "be", "car", "da", "el", "fa", "gi", "ha", "is", "jo", "ka", "li", "ma", "no", "ol", "pe",
        "qu", "ro", "sa", "ti", "ul", "vi", "wa", "xe", "yo", "za"};
    String[] last = {"ice", "rt", "la", "vid", "ena", "tima", "na", "rry", "aac", "hn", "ren", "sa", "ria", "ah", "ga"};
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    while (out.size() < n) {
      out.add(first[r.nextInt(first.length)] + last[r.nextInt(last.length)] + (r.nextBoolean() ? "" : word(r, 2)));
    }
    return out.toArray(String[]::new);
  }
}
