package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.testing.CliProcess;
import dev.logsift.testing.Dynalite;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `logsift replay` as a user runs it against real settings: separate processes (like separate Lambda
 * instances) sharing a DynamoDB table (dynalite), Bedrock and a Discord webhook on local servers speaking
 * their wire formats. Only the standard AWS_* variables point the SDK at the local servers.
 */
@Tag("server")
class ReplayServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private ScriptedServer server;
  private final List<String> discordBodies = new CopyOnWriteArrayList<>();
  private final List<String> bedrockBodies = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = new ScriptedServer(request -> {
      if (request.path().startsWith("/api/webhooks/")) {
        discordBodies.add(request.body());
        return Reply.json(200, "{\"id\":\"" + (1000 + discordBodies.size()) + "\",\"channel_id\":\"42\"}");
      }
      if (request.path().startsWith("/model/")) {
        bedrockBodies.add(request.body());
        return Reply.json(200, """
            {"id":"msg_1","type":"message","role":"assistant","model":"haiku","stop_reason":"tool_use",
             "content":[{"type":"tool_use","id":"toolu_1","name":"classify","input":{"category":"dependency",
             "confidence":"medium","summary":"A dependency failed.","first_response":"Check the dependency.",
             "known_failure_id":""}}],"usage":{"input_tokens":1500,"output_tokens":80}}""");
      }
      return Reply.text(404, "");
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private record Run(int code, List<JsonNode> lines, String err) {
    JsonNode summary() {
      return lines.get(lines.size() - 1);
    }
  }

  private Run replay(Map<String, String> env, String... events) throws Exception {
    List<String> args = new ArrayList<>(List.of("replay", "--json"));
    args.addAll(List.of(events));
    CliProcess.Result r = CliProcess.run(env, args.toArray(new String[0]));
    List<JsonNode> lines = new ArrayList<>();
    for (String l : r.out().split("\n")) {
      if (!l.isBlank()) {
        lines.add(JSON.readTree(l));
      }
    }
    return new Run(r.exit(), lines, r.err());
  }

  @Test
  void twoProcessesShareTheTableSoTheSecondReportsNothingTwice() throws Exception {
    Dynalite db = Dynalite.shared();
    String table = db.newTable();
    String base = server.uri("").toString();
    Map<String, String> env = Map.of("DEDUP_TABLE", table, "AWS_ENDPOINT_URL_DYNAMODB", db.endpoint().toString(),
        "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", base, "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID",
        Dynalite.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", Dynalite.SECRET_KEY, "BEDROCK_MODEL_ID",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0", "DISCORD_WEBHOOK_URL", base + "/api/webhooks/1/token");

    Run first = replay(env, "events/cloudwatch-gateway-go.json", "events/cloudwatch-hostile.json");
    assertEquals(0, first.code(), first.err());
    int cards = first.summary().get("notified").asInt();
    assertEquals(11, first.summary().get("fingerprints").asInt());
    assertEquals(cards, discordBodies.size(), "every notified card reached the webhook");
    assertTrue(first.summary().get("served_by").has("model"), first.summary().toString());
    assertFalse(bedrockBodies.isEmpty());
    JsonNode card = first.lines().get(0);
    assertEquals("discord", card.get("delivery").get("destination").asText());
    assertEquals("42", card.get("delivery").get("channel").asText());
    for (String body : discordBodies) {
      assertTrue(body.contains("\"allowed_mentions\":{\"parse\":[]}"), body);
      assertFalse(body.contains("@everyone"), "a live mention reached Discord: " + body);
    }

    Run second = replay(env, "events/cloudwatch-gateway-go.json", "events/cloudwatch-hostile.json");
    assertEquals(0, second.code(), second.err());
    assertEquals(0, second.summary().get("notified").asInt());
    assertEquals(11, second.summary().get("suppressed").asInt());
    assertEquals(cards, discordBodies.size(), "nothing was posted twice");
  }

  @Test
  void discordDownFailsTheRunAndTheRetryPostsWhatWasMissing() throws Exception {
    Dynalite db = Dynalite.shared();
    String table = db.newTable();
    String base = server.uri("").toString();
    Map<String, String> env = Map.of("DEDUP_TABLE", table, "AWS_ENDPOINT_URL_DYNAMODB", db.endpoint().toString(),
        "AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", Dynalite.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY",
        Dynalite.SECRET_KEY, "DISCORD_WEBHOOK_URL", base + "/api/nothing-here/1/token");
    Run down = replay(env, "events/cloudwatch-web-node.json");
    assertEquals(1, down.code(), "the invocation must fail so Lambda retries it");
    assertEquals(3, down.summary().get("failed").asInt());
    assertFalse(down.err().contains("token"), "the webhook URL leaked into an error: " + down.err());

    Map<String, String> fixed = new java.util.HashMap<>(env);
    fixed.put("DISCORD_WEBHOOK_URL", base + "/api/webhooks/1/token");
    Run retry = replay(fixed, "events/cloudwatch-web-node.json");
    assertEquals(0, retry.code(), retry.err());
    assertEquals(3, retry.summary().get("notified").asInt());
    assertEquals(3, discordBodies.size());
  }

  @Test
  void aHumanCorrectionShowsOnTheNextReplayWithoutAModelCall() throws Exception {
    Dynalite db = Dynalite.shared();
    String table = db.newTable();
    String base = server.uri("").toString();
    Map<String, String> env = new java.util.HashMap<>(Map.of("DEDUP_TABLE", table, "AWS_ENDPOINT_URL_DYNAMODB",
        db.endpoint().toString(), "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", base, "AWS_REGION", "us-east-1",
        "AWS_ACCESS_KEY_ID", Dynalite.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", Dynalite.SECRET_KEY, "BEDROCK_MODEL_ID",
        "global.anthropic.claude-haiku-4-5-20251001-v1:0", "DISCORD_WEBHOOK_URL", base + "/api/webhooks/1/token"));
    env.put("DEDUP_WINDOW_SECONDS", "1");
    Run first = replay(env, "events/cloudwatch-web-node.json");
    assertEquals(0, first.code(), first.err());
    String fp = first.lines().get(0).get("fingerprint").asText();

    // What the corrections Lambda does when someone reacts with a correction.
    new dev.logsift.dedup.DynamoDedupStore(db.client(), table, java.time.Duration.ofSeconds(1),
        java.time.Duration.ofDays(7), new java.util.Random(1), java.time.Clock.systemUTC())
        .overrideClassification(fp, new dev.logsift.classify.Classification(dev.logsift.classify.Category.SECURITY,
            dev.logsift.classify.Confidence.HIGH, "Probing for undefined carts.", "Block the client.", null,
            dev.logsift.classify.Source.HUMAN, "corrected by ops", dev.logsift.classify.ModelUsage.NONE),
            java.time.Instant.now());
    Thread.sleep(1_100);
    int modelCallsBefore = bedrockBodies.size();
    Run second = replay(env, "events/cloudwatch-web-node.json");
    assertEquals(0, second.code(), second.err());
    JsonNode corrected = second.lines().stream().filter(n -> fp.equals(n.path("fingerprint").asText())).findFirst()
        .orElseThrow();
    assertEquals("human", corrected.get("source").asText());
    assertEquals("security", corrected.get("category").asText());
    assertEquals(modelCallsBefore, bedrockBodies.size(), "no model call: human label and cached answers");
  }
}
