package dev.logsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The chat adapters' HttpClient on HttpURLConnection behaves as the JDK's client does for them. */
@Tag("server")
class UrlConnectionHttpServerTest {
  private final HttpClient http = new UrlConnectionHttp(Duration.ofSeconds(2));

  @Test
  void postsTheBodyAndHeadersAndReadsTheAnswer() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{\"id\":\"1\"}").withHeader("X-Answer", "a"))) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/hook?wait=true"))
          .header("Content-Type", "application/json").header("Authorization", "Bot t")
          .timeout(Duration.ofSeconds(2))
          .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"caf\u00e9\"}")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(200, r.statusCode());
      assertEquals("{\"id\":\"1\"}", r.body());
      assertEquals("a", r.headers().firstValue("x-answer").orElseThrow(), "header names as the JDK's client");
      ScriptedServer.Request sent = server.requests().get(0);
      assertEquals("POST", sent.method());
      assertEquals("wait=true", sent.query());
      assertEquals("{\"content\":\"caf\u00e9\"}", sent.body());
      assertEquals("Bot t", sent.header("Authorization"));
      assertEquals("application/json", sent.header("Content-Type"));
    }
  }

  @Test
  void connectionsAreKeptAliveBetweenPosts() throws Exception {
    java.util.Set<Integer> ports = java.util.concurrent.ConcurrentHashMap.newKeySet();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ports.add(ex.getRemoteAddress().getPort());
      ex.getRequestBody().readAllBytes();
      byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(ex.getRequestURI().getPath().equals("/bad") ? 400 : 200, body.length);
      try (var out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      for (String path : new String[] {"/a", "/bad", "/b", "/c"}) {
        http.send(HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort()
            + path)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
      }
      assertEquals(1, ports.size(), "one connection for all posts, error answers included");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void errorAnswersAreAnswersWithTheirBodyAndHeaders() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(429, "{\"retry_after\":1.5}")
        .withHeader("Retry-After", "2"))) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/")).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(429, r.statusCode());
      assertEquals("{\"retry_after\":1.5}", r.body());
      assertEquals(Duration.ofMillis(1500), Sender.retryAfter(r));
    }
  }

  @Test
  void aSlowAnswerIsATimeoutWithoutTheUrl() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{}").delayed(1_500))) {
      HttpTimeoutException e = assertThrows(HttpTimeoutException.class, () -> http.send(
          HttpRequest.newBuilder(server.uri("/secret-token")).timeout(Duration.ofMillis(200)).GET().build(),
          HttpResponse.BodyHandlers.ofString()));
      assertFalse(e.getMessage().contains("secret-token"));
    }
  }

  @Test
  void patchGoesToTheJdksClient() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{\"id\":\"2\"}"))) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri("/messages/2"))
          .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"content\":\"x\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertEquals("PATCH", server.requests().get(0).method());
      assertEquals("{\"content\":\"x\"}", server.requests().get(0).body());
    }
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.text(302, "").withHeader("Location", "http://127.0.0.1:9/"))) {
      assertEquals(302, http.send(HttpRequest.newBuilder(server.uri("/")).GET().build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
      assertEquals(HttpClient.Redirect.NEVER, http.followRedirects());
    }
  }
}
