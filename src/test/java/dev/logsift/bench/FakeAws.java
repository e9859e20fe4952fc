package dev.logsift.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Local stand-ins for the HTTP services a configured classifier calls, each on its real wire format:
 * bedrock-runtime InvokeModel (POST /model/{id}/invoke, Anthropic message with one classify tool_use),
 * Discord execute webhook (POST /api/webhooks/{id}/{token}?wait=true answers the message with id and
 * channel_id), and SSM GetParameter (POST /, X-Amz-Target AmazonSSM.GetParameter, JSON 1.1). DynamoDB requests
 * (X-Amz-Target DynamoDB_20120810.*) are passed through to {@link #dynamo} and counted per operation, so the
 * requests of any build of the jar can be counted from outside.
 */
final class FakeAws implements AutoCloseable {
  static final String WEBHOOK_PATH = "/api/webhooks/1187234567890123456/bench-webhook-token";
  static final String SSM_VALUE_PREFIX = "http://127.0.0.1:";

  private static final String TOOL_INPUT = "{\"category\":\"application\",\"confidence\":\"medium\","
      + "\"summary\":\"A code path fails on data it does not expect.\","
      + "\"first_response\":\"Look at the top application frame and the input that reached it.\","
      + "\"known_failure_id\":\"\"}";
  private static final String INVOKE_ANSWER = "{\"id\":\"msg_bdrk_01XyZ\",\"type\":\"message\",\"role\":\"assistant\","
      + "\"model\":\"claude-haiku-4-5-20251001\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_bdrk_01A2b3\","
      + "\"name\":\"classify\",\"input\":" + TOOL_INPUT + "}],\"stop_reason\":\"tool_use\",\"stop_sequence\":null,"
      + "\"usage\":{\"input_tokens\":812,\"output_tokens\":96}}";

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory());
  private final AtomicLong messageIds = new AtomicLong(1_300_000_000_000_000_000L);
  final AtomicInteger invokes = new AtomicInteger();
  final AtomicInteger posts = new AtomicInteger();
  final AtomicInteger parameterReads = new AtomicInteger();
  final Map<String, AtomicInteger> dynamoOps = new ConcurrentHashMap<>();
  /** Where DynamoDB requests are passed on to (dynalite), or null. */
  volatile URI dynamo;
  private final HttpClient forward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "date");

  FakeAws() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String webhookUrl() {
    return endpoint() + WEBHOOK_PATH;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().getPath();
      boolean post = ex.getRequestMethod().equals("POST");
      String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
      if (post && dynamo != null && target != null && target.startsWith("DynamoDB_20120810.")) {
        dynamoOps.computeIfAbsent(target.substring(target.indexOf('.') + 1), k -> new AtomicInteger()).incrementAndGet();
        passOn(ex, body);
      } else if (post && path.matches("/model/[^/]+/invoke")) {
        invokes.incrementAndGet();
        reply(ex, 200, "application/json", INVOKE_ANSWER);
      } else if (post && path.equals(WEBHOOK_PATH) && "wait=true".equals(ex.getRequestURI().getQuery())) {
        posts.incrementAndGet();
        reply(ex, 200, "application/json", "{\"id\":\"" + messageIds.incrementAndGet()
            + "\",\"type\":0,\"channel_id\":\"1187000000000000001\",\"webhook_id\":\"1187234567890123456\"}");
      } else if (post && path.equals("/")
          && "AmazonSSM.GetParameter".equals(ex.getRequestHeaders().getFirst("X-Amz-Target"))
          && ex.getRequestHeaders().getFirst("Authorization") != null) {
        parameterReads.incrementAndGet();
        reply(ex, 200, "application/x-amz-json-1.1", "{\"Parameter\":{\"Name\":\"/logsift/discord-webhook\","
            + "\"Type\":\"SecureString\",\"Value\":\"" + webhookUrl() + "\",\"Version\":1}}");
      } else {
        reply(ex, 404, "application/json", "{\"message\":\"not a route of the bench servers\"}");
      }
    }
  }

  private void passOn(HttpExchange ex, byte[] body) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(dynamo.resolve(ex.getRequestURI().getPath()))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    ex.getRequestHeaders().forEach((k, vs) -> {
      if (!NOT_FORWARDED.contains(k.toLowerCase(java.util.Locale.ROOT))) {
        vs.forEach(v -> b.header(k, v));
      }
    });
    HttpResponse<byte[]> r;
    try {
      r = forward.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    r.headers().map().forEach((k, vs) -> {
      if (!NOT_FORWARDED.contains(k.toLowerCase(java.util.Locale.ROOT)) && !k.equals(":status")
          && !k.equalsIgnoreCase("transfer-encoding")) {
        vs.forEach(v -> ex.getResponseHeaders().add(k, v));
      }
    });
    ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(r.body());
    }
  }

  /** DynamoDB requests per operation since the last call. */
  Map<String, Integer> takeDynamoOps() {
    Map<String, Integer> out = new java.util.TreeMap<>();
    dynamoOps.forEach((k, v) -> out.put(k, v.getAndSet(0)));
    out.values().removeIf(v -> v == 0);
    return out;
  }

  private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] out = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.getResponseHeaders().add("x-amzn-RequestId", "6f1c2d3e-0000-4000-8000-000000000001");
    ex.sendResponseHeaders(status, out.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
