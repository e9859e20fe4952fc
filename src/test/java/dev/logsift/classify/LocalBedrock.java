package dev.logsift.classify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for bedrock-runtime that speaks InvokeModel's wire format: POST /model/{modelId}/invoke,
 * the Anthropic message JSON on success, x-amzn-ErrorType plus {"message"} on errors. Replies are scripted per
 * test; the last scripted reply repeats once the script runs out.
 */
final class LocalBedrock implements AutoCloseable {
  record Recorded(String method, String rawPath, String path, Map<String, List<String>> headers, String body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  record Reply(int status, String errorType, String body, long delayMillis) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final Deque<Reply> script = new ArrayDeque<>();
  private Reply last;
  final List<Recorded> requests = new CopyOnWriteArrayList<>();

  LocalBedrock() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  synchronized LocalBedrock then(Reply r) {
    script.add(r);
    return this;
  }

  LocalBedrock thenToolUse(String inputJson) {
    return then(new Reply(200, null, message(toolUse("classify", inputJson), "tool_use"), 0));
  }

  LocalBedrock thenError(int status, String type, String message) {
    return then(new Reply(status, type, "{\"message\":\"" + message + "\"}", 0));
  }

  static String toolUse(String name, String inputJson) {
    return "{\"type\":\"tool_use\",\"id\":\"toolu_bdrk_01A2b3C4d5E6f7G8h9\",\"name\":\"" + name + "\",\"input\":"
        + inputJson + "}";
  }

  static String message(String contentBlocks, String stopReason) {
    return "{\"id\":\"msg_bdrk_01XyZ\",\"type\":\"message\",\"role\":\"assistant\","
        + "\"model\":\"claude-haiku-4-5-20251001\",\"content\":[" + contentBlocks + "],\"stop_reason\":\""
        + stopReason + "\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":812,\"output_tokens\":96}}";
  }

  private synchronized Reply next() {
    Reply r = script.poll();
    if (r != null) {
      last = r;
    }
    return last;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(new Recorded(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), ex.getRequestURI().getPath(),
          Map.copyOf(ex.getRequestHeaders()), body));
      Reply r = next();
      if (r == null || !ex.getRequestMethod().equals("POST") || !ex.getRequestURI().getPath().matches("/model/[^/]+/invoke")) {
        r = new Reply(404, "ResourceNotFoundException", "{\"message\":\"no such route or no scripted reply\"}", 0);
      }
      if (r.delayMillis() > 0) {
        try {
          Thread.sleep(r.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.getResponseHeaders().add("x-amzn-RequestId", "6f1c2d3e-0000-4000-8000-000000000001");
      if (r.errorType() != null) {
        ex.getResponseHeaders().add("x-amzn-ErrorType", r.errorType());
      }
      ex.sendResponseHeaders(r.status(), out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      }
    } catch (IOException e) {
      // The client gave up (attempt timeout) before we answered: expected in the timeout tests.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
