package dev.logsift.cli;

import dev.logsift.core.Sleeper;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.core.Json;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.app.ClassifierHandler;
import dev.logsift.app.Config;
import dev.logsift.app.Environment;
import dev.logsift.app.CorrectionsPollHandler;
import dev.logsift.app.CorrectionsWiring;
import dev.logsift.app.SlackEventsHandler;
import dev.logsift.app.Wiring;
import dev.logsift.core.LogsiftException;
import dev.logsift.corrections.DirectoryCorrectionStore;
import dev.logsift.chat.discord.DiscordApi;
import dev.logsift.notify.ConsoleNotifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * `invoke NAME EVENT.json`: runs one handler on one event file as Lambda would (one cold start, the
 * configuration from the environment) and prints its response as JSON. --now fixes the clock, so a
 * recorded signed Slack request verifies long after it was signed.
 */
final class InvokeCommand {
  private static final ObjectMapper JSON = Json.MAPPER;
  private static final ObjectWriter PRETTY = Json.MAPPER.writerWithDefaultPrettyPrinter();

  private InvokeCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    String name = null;
    Path event = null;
    Clock clock = Clock.systemUTC();
    Path correctionsDir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--now" -> clock = Clock.fixed(Instant.ofEpochSecond(epoch(EventCommand.value(args, ++i, "--now"))),
            ZoneOffset.UTC);
        case "--corrections-dir" -> correctionsDir = Path.of(EventCommand.value(args, ++i, "--corrections-dir"));
        default -> {
          if (args[i].startsWith("--")) {
            throw new Main.UsageException("unknown option '" + args[i] + "'");
          } else if (name == null) {
            name = args[i];
          } else if (event == null) {
            event = Main.input(args[i]);
          } else {
            throw new Main.UsageException("give one handler name and one EVENT.json");
          }
        }
      }
    }
    if (name == null || event == null) {
      throw new Main.UsageException("give one handler name and one EVENT.json");
    }
    JsonNode json;
    try {
      json = JSON.readTree(Files.readAllBytes(event));
    } catch (IOException e) {
      throw new Main.UsageException(event.getFileName() + " is not readable JSON");
    }
    Config config = Config.fromEnv(Environment.load());
    Object response;
    try {
      response = switch (name) {
        case "classifier" -> classifier(config, clock, json);
        case "discord-poll" -> new CorrectionsPollHandler(corrections(config, clock, correctionsDir))
            .handleRequest(JSON.convertValue(json, Map.class), null);
        case "slack-events" -> httpResponse(new SlackEventsHandler(corrections(config, clock, correctionsDir))
            .handleRequest(httpEvent(json), null));
        default -> throw new Main.UsageException("unknown handler '" + name + "' (classifier, discord-poll, slack-events)");
      };
    } catch (LogsiftException e) {
      // What Lambda would report as the invocation error.
      ObjectNode error = JSON.createObjectNode().put("errorType", e.kind()).put("errorMessage", e.getMessage());
      out.println(PRETTY.writeValueAsString(error));
      return 1;
    }
    out.println(PRETTY.writeValueAsString(response));
    return 0;
  }

  private static Object classifier(Config config, Clock clock, JsonNode json) {
    CloudWatchLogsEvent e = new CloudWatchLogsEvent();
    CloudWatchLogsEvent.AWSLogs logs = new CloudWatchLogsEvent.AWSLogs();
    JsonNode data = json.path("awslogs").path("data");
    logs.setData(data.isTextual() ? data.asText() : null);
    e.setAwsLogs(logs);
    return new ClassifierHandler(Wiring.build(config, clock, new ConsoleNotifier(System.err))).handleRequest(e, null);
  }

  /** --corrections-dir keeps local runs off S3; otherwise CORRECTIONS_BUCKET as in Lambda. */
  private static CorrectionsWiring corrections(Config config, Clock clock, Path dir) {
    if (dir == null) {
      return CorrectionsWiring.build(config, clock);
    }
    return CorrectionsWiring.build(config, clock, Wiring.newDedupStore(config, clock), new DirectoryCorrectionStore(dir),
        DiscordApi.defaultClient(), Sleeper.system());
  }

  /** The function URL payload (version 2.0), built field by field as the Lambda runtime maps it. */
  static APIGatewayV2HTTPEvent httpEvent(JsonNode json) {
    Map<String, String> headers = new LinkedHashMap<>();
    json.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
    return APIGatewayV2HTTPEvent.builder()
        .withVersion(json.path("version").asText("2.0"))
        .withRouteKey(json.path("routeKey").asText("$default"))
        .withRawPath(json.path("rawPath").asText("/"))
        .withRawQueryString(json.path("rawQueryString").asText(""))
        .withHeaders(headers)
        .withBody(json.path("body").isTextual() ? json.path("body").asText() : null)
        .withIsBase64Encoded(json.path("isBase64Encoded").asBoolean(false))
        .build();
  }

  private static Map<String, Object> httpResponse(APIGatewayV2HTTPResponse r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("statusCode", r.getStatusCode());
    m.put("headers", r.getHeaders());
    m.put("body", r.getBody());
    m.put("isBase64Encoded", r.getIsBase64Encoded());
    return m;
  }

  private static long epoch(String v) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new Main.UsageException("--now takes epoch seconds");
    }
  }
}
