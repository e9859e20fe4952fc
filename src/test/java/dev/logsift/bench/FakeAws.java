package dev.logsift.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Local stand-ins for the HTTP services a configured classifier calls, each on its real wire format:
 * bedrock-runtime InvokeModel (POST /model/{id}/invoke, Anthropic message with one classify tool_use),
 * Discord execute webhook (POST /api/webhooks/{id}/{token}?wait=true answers the message with id and
 * channel_id), and SSM GetParameter (POST /, X-Amz-Target AmazonSSM.GetParameter, JSON 1.1).
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
      ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().getPath();
      boolean post = ex.getRequestMethod().equals("POST");
      if (post && path.matches("/model/[^/]+/invoke")) {
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
