package dev.logsift.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.testing.ScriptedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** chat.postMessage as Slack answers it (200 with ok true/false), on the scripted test server. */
final class FakeSlackApi implements AutoCloseable {
  static final String TOKEN = "xoxb-test";
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ScriptedServer server;
  final List<JsonNode> posted = new CopyOnWriteArrayList<>();

  FakeSlackApi() throws IOException {
    server = new ScriptedServer(this::answer);
  }

  private ScriptedServer.Reply answer(ScriptedServer.Request request) {
    if (!request.path().equals("/api/chat.postMessage")) {
      return ScriptedServer.Reply.text(404, "");
    }
    if (!("Bearer " + TOKEN).equals(request.header("Authorization"))) {
      return ScriptedServer.Reply.json(200, "{\"ok\":false,\"error\":\"invalid_auth\"}");
    }
    JsonNode body;
    try {
      body = JSON.readTree(request.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    posted.add(body);
    return ScriptedServer.Reply.json(200,
        "{\"ok\":true,\"channel\":\"" + body.path("channel").asText() + "\",\"ts\":\"1795766999.000200\"}");
  }

  String baseUrl() {
    return server.uri("/api").toString();
  }

  @Override
  public void close() {
    server.close();
  }
}
