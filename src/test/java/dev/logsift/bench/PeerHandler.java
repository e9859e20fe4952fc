package dev.logsift.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The peer of issue 17's cold-start comparison: the Lambda a typical developer writes from logsift's design on
 * the SDK's defaults, with none of its care for cold start. Clients are built in the constructor as the SDK docs
 * show (default credentials chain, the HTTP client the SDK finds on the classpath, only region and the local
 * endpoint set), the event is read with a plain {@code new ObjectMapper()}, a fingerprint is the sha-256 of the
 * message with every token holding a digit masked, and each fingerprint costs a GetItem and a conditional PutItem
 * (dedup with TTL), then for new ones one InvokeModel (Anthropic messages body, forced classify tool) and one
 * Discord webhook post, one after the other. It does less than logsift on purpose: no redaction, no learning, no
 * budgets, no retries of its own. Masking whole tokens, not just digits, gives the bench's events about as many
 * fingerprints as logsift finds, so both make about as many model calls and posts.
 */
public final class PeerHandler implements RequestHandler<CloudWatchLogsEvent, Map<String, Object>> {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern VARIABLE = Pattern.compile("\\w*\\d\\w*");
  private static final long WINDOW_SECONDS = 3600;

  private final DynamoDbClient dynamo;
  private final BedrockRuntimeClient bedrock;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String table = System.getenv("DEDUP_TABLE");
  private final String modelId = System.getenv("BEDROCK_MODEL_ID");
  private final String webhook = System.getenv("DISCORD_WEBHOOK_URL");

  public PeerHandler() {
    Region region = Region.of(System.getenv("AWS_REGION"));
    DynamoDbClientBuilder d = DynamoDbClient.builder().region(region);
    String dynamoEndpoint = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
    if (dynamoEndpoint != null) {
      d.endpointOverride(URI.create(dynamoEndpoint));
    }
    dynamo = d.build();
    BedrockRuntimeClientBuilder b = BedrockRuntimeClient.builder().region(region);
    String bedrockEndpoint = System.getenv("AWS_ENDPOINT_URL_BEDROCK_RUNTIME");
    if (bedrockEndpoint != null) {
      b.endpointOverride(URI.create(bedrockEndpoint));
    }
    bedrock = b.build();
  }

  @Override
  public Map<String, Object> handleRequest(CloudWatchLogsEvent event, Context context) {
    try {
      JsonNode batch = decode(event.getAwsLogs().getData());
      Map<String, String> samples = new LinkedHashMap<>();
      int events = 0;
      for (JsonNode e : batch.path("logEvents")) {
        String message = e.path("message").asText();
        samples.putIfAbsent(fingerprint(message), message);
        events++;
      }
      int notified = 0;
      int suppressed = 0;
      for (Map.Entry<String, String> fp : samples.entrySet()) {
        if (!claim(fp.getKey())) {
          suppressed++;
          continue;
        }
        String category = classify(fp.getValue());
        post(fp.getKey(), category, fp.getValue());
        notified++;
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("events", events);
      result.put("fingerprints", samples.size());
      result.put("notified", notified);
      result.put("suppressed", suppressed);
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode decode(String data) throws IOException {
    byte[] gzipped = Base64.getDecoder().decode(data);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      return MAPPER.readTree(in);
    }
  }

  private static String fingerprint(String message) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(VARIABLE.matcher(message).replaceAll("#").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** True when this invocation is the first to see the fingerprint within the window. */
  private boolean claim(String fingerprint) {
    long now = System.currentTimeMillis() / 1000;
    Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("fp#" + fingerprint));
    GetItemResponse seen = dynamo.getItem(GetItemRequest.builder().tableName(table).key(key).consistentRead(true)
        .build());
    if (seen.hasItem() && Long.parseLong(seen.item().get("expires_at").n()) > now) {
      return false;
    }
    Map<String, AttributeValue> item = new LinkedHashMap<>(key);
    item.put("expires_at", AttributeValue.fromN(Long.toString(now + WINDOW_SECONDS)));
    try {
      dynamo.putItem(PutItemRequest.builder().tableName(table).item(item)
          .conditionExpression("attribute_not_exists(pk) OR expires_at < :now")
          .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(now))))
          .build());
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  private String classify(String sample) throws IOException {
    Map<String, Object> tool = Map.of("name", "classify", "description", "Classify the error.",
        "input_schema", Map.of("type", "object", "required", List.of("category", "summary"),
            "properties", Map.of(
                "category", Map.of("type", "string", "enum",
                    List.of("application", "infrastructure", "dependency", "configuration", "security", "unknown")),
                "summary", Map.of("type", "string"))));
    Map<String, Object> body = Map.of(
        "anthropic_version", "bedrock-2023-05-31",
        "max_tokens", 512,
        "temperature", 0,
        "tools", List.of(tool),
        "tool_choice", Map.of("type", "tool", "name", "classify"),
        "messages", List.of(Map.of("role", "user", "content",
            "Classify this production error from our logs:\n\n" + sample)));
    String answer = bedrock.invokeModel(InvokeModelRequest.builder().modelId(modelId)
            .contentType("application/json").accept("application/json")
            .body(SdkBytes.fromUtf8String(MAPPER.writeValueAsString(body))).build())
        .body().asUtf8String();
    for (JsonNode block : MAPPER.readTree(answer).path("content")) {
      if (block.path("type").asText().equals("tool_use")) {
        return block.path("input").path("category").asText("unknown");
      }
    }
    return "unknown";
  }

  private void post(String fingerprint, String category, String sample) throws IOException, InterruptedException {
    String text = sample.length() > 1500 ? sample.substring(0, 1500) : sample;
    Map<String, Object> card = Map.of("embeds", List.of(Map.of(
        "title", category + " error",
        "description", "```\n" + text + "\n```",
        "footer", Map.of("text", "fingerprint " + fingerprint.substring(0, 12)))));
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(webhook + "?wait=true"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(card))).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException("Discord answered HTTP " + r.statusCode());
    }
  }
}
