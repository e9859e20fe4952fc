package dev.logsift.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A local server answering chat.postMessage as Slack does (200 with ok true/false). */
final class FakeSlackApi implements AutoCloseable {
  static final String TOKEN = "xoxb-test";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  final List<JsonNode> posted = new CopyOnWriteArrayList<>();

  FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/chat.postMessage", ex -> {
      JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
      String answer;
      if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
        answer = "{\"ok\":false,\"error\":\"invalid_auth\"}";
      } else {
        posted.add(body);
        answer = "{\"ok\":true,\"channel\":\"" + body.path("channel").asText() + "\",\"ts\":\"1795766999.000200\"}";
      }
      byte[] b = answer.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
