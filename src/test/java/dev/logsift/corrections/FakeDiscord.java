package dev.logsift.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** A local HTTP server answering the Discord bot endpoints the poll uses, in Discord's JSON shapes. */
final class FakeDiscord implements AutoCloseable {
  static final String TOKEN = "test-bot-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  final Map<String, List<ObjectNode>> reactions = new java.util.concurrent.ConcurrentHashMap<>();
  final List<ObjectNode> messages = new CopyOnWriteArrayList<>();
  final List<JsonNode> posted = new CopyOnWriteArrayList<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final AtomicInteger failNext = new AtomicInteger();
  volatile int failStatus = 500;
  private final AtomicLong nextId = new AtomicLong(2000);

  FakeDiscord() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v10/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10";
  }

  void react(String messageId, String emoji, String userId, boolean bot) {
    ObjectNode u = JSON.createObjectNode().put("id", userId).put("username", "user" + userId);
    if (bot) {
      u.put("bot", true);
    }
    reactions.computeIfAbsent(messageId + "/" + emoji, k -> new ArrayList<>()).add(u);
  }

  /** A card as the webhook posts it: a bot message the history pages return with its reaction counts. */
  void card(String messageId) {
    ObjectNode m = message(messageId, "900", true, "card", null);
    m.put("webhook_id", "901");
    messages.add(m);
  }

  /** Requests of one kind: "history", "reactions", "replies" (GET ...?after=), "post", "channel". */
  long count(String kind) {
    return requests.stream().filter(r -> kind.equals(kind(r))).count();
  }

  private static String kind(String request) {
    if (request.startsWith("POST ")) {
      return "post";
    } else if (request.contains("/reactions/")) {
      return "reactions";
    } else if (request.contains("/messages?") && request.contains("after=")) {
      return "replies";
    } else if (request.contains("/messages")) {
      return "history";
    }
    return "channel";
  }

  void reply(String toMessageId, String userId, String content) {
    messages.add(message(Long.toString(nextId.incrementAndGet()), userId, false, content, toMessageId));
  }

  private ObjectNode message(String id, String author, boolean bot, String content, String replyTo) {
    ObjectNode m = JSON.createObjectNode().put("id", id).put("type", replyTo == null ? 0 : 19).put("content", content)
        .put("timestamp", "2026-11-27T09:30:00.000000+00:00").put("channel_id", "500");
    ObjectNode a = m.putObject("author").put("id", author).put("username", "user" + author);
    if (bot) {
      a.put("bot", true);
    }
    if (replyTo != null) {
      m.putObject("message_reference").put("message_id", replyTo).put("channel_id", "500");
    }
    return m;
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath().substring("/api/v10".length());
    String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
    requests.add(ex.getRequestMethod() + " " + path + (query.isEmpty() ? "" : "?" + query));
    byte[] in = ex.getRequestBody().readAllBytes();
    if (!("Bot " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
      send(ex, 401, "{\"message\": \"401: Unauthorized\", \"code\": 0}");
      return;
    }
    if (failNext.get() > 0) {
      failNext.decrementAndGet();
      if (failStatus == 429) {
        ex.getResponseHeaders().add("Retry-After", "1");
        send(ex, 429, "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.25, \"global\": false}");
      } else {
        send(ex, failStatus, "{\"message\": \"server error\"}");
      }
      return;
    }
    String[] p = path.split("/");
    Map<String, String> q = new HashMap<>();
    for (String kv : query.split("&")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        q.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    if (p.length == 7 && p[5].equals("reactions")) {
      String emoji = URLDecoder.decode(p[6], StandardCharsets.UTF_8);
      ArrayNode out = JSON.createArrayNode();
      reactions.getOrDefault(p[4] + "/" + emoji, List.of()).forEach(out::add);
      send(ex, 200, out.toString());
    } else if (p.length == 4 && p[3].equals("messages") && ex.getRequestMethod().equals("GET")) {
      long after = Long.parseLong(q.getOrDefault("after", "0"));
      long before = Long.parseLong(q.getOrDefault("before", Long.toString(Long.MAX_VALUE)));
      int limit = Integer.parseInt(q.getOrDefault("limit", "50"));
      ArrayNode out = JSON.createArrayNode();
      List<ObjectNode> sorted = new ArrayList<>(messages);
      // Discord returns newest first; with after= it returns the oldest `limit` messages after it.
      sorted.sort((a, b) -> Long.compare(id(b), id(a)));
      List<ObjectNode> window = sorted.stream().filter(m -> id(m) > after && id(m) < before).toList();
      if (q.containsKey("after") && window.size() > limit) {
        window = window.subList(window.size() - limit, window.size());
      }
      for (ObjectNode m : window.subList(0, Math.min(limit, window.size()))) {
        out.add(withReactions(m));
      }
      send(ex, 200, out.toString());
    } else if (p.length == 4 && p[3].equals("messages") && ex.getRequestMethod().equals("POST")) {
      JsonNode body = JSON.readTree(in);
      posted.add(body);
      ObjectNode m = message(Long.toString(nextId.incrementAndGet()), "999", true, body.get("content").asText(),
          body.path("message_reference").path("message_id").asText(null));
      messages.add(m);
      send(ex, 200, m.toString());
    } else if (p.length == 3 && p[1].equals("channels")) {
      send(ex, 200, JSON.createObjectNode().put("id", p[2]).put("guild_id", "42").put("type", 0).toString());
    } else {
      send(ex, 404, "{\"message\": \"Unknown Message\", \"code\": 10008}");
    }
  }

  private static long id(JsonNode m) {
    return Long.parseLong(m.get("id").asText());
  }

  /** Discord's reaction summary on a message: one {count, me, emoji} per emoji. */
  private ObjectNode withReactions(ObjectNode m) {
    ObjectNode copy = m.deepCopy();
    String prefix = m.get("id").asText() + "/";
    ArrayNode reactionsOut = JSON.createArrayNode();
    reactions.forEach((k, users) -> {
      if (k.startsWith(prefix) && !users.isEmpty()) {
        ObjectNode r = reactionsOut.addObject().put("count", users.size()).put("me", false);
        r.putObject("emoji").putNull("id").put("name", k.substring(prefix.length()));
      }
    });
    if (!reactionsOut.isEmpty()) {
      copy.set("reactions", reactionsOut);
    }
    return copy;
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
