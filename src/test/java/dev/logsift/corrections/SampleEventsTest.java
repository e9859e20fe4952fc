package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.app.Config;
import dev.logsift.app.CorrectionsWiring;
import dev.logsift.app.SlackEventsHandler;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.dedup.PostedMessage;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed samples in events/ stay valid: replayed with the documented test secret and clock they verify. */
class SampleEventsTest {
  static final String EXAMPLE_SECRET = "logsift-example-signing-secret";
  static final Instant SIGNED_AT = Instant.ofEpochSecond(1795768200L);
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  @TempDir
  Path dir;

  private APIGatewayV2HTTPResponse invoke(String file, Instant now, InMemoryDedupStore dedup) throws Exception {
    Config config = Config.fromEnv(Map.of(Config.SLACK_SIGNING_SECRET, EXAMPLE_SECRET));
    CorrectionsWiring w = CorrectionsWiring.build(config, Clock.fixed(now, ZoneOffset.UTC), dedup,
        new DirectoryCorrectionStore(dir), HttpClient.newHttpClient(), d -> { });
    var tree = JSON.readTree(Path.of("events", file).toFile());
    APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
        .withHeaders(JSON.convertValue(tree.get("headers"), Map.class))
        .withBody(tree.get("body").asText())
        .withIsBase64Encoded(tree.get("isBase64Encoded").asBoolean())
        .build();
    return new SlackEventsHandler(w).handleRequest(event, null);
  }

  @Test
  void theSignedReactionVerifiesInsideItsWindowAndConfirmsTheCard() throws Exception {
    InMemoryDedupStore dedup = Cards.store();
    Cards.post(dedup, "fp-sample", new PostedMessage("slack", "C0CARDS", "1795766460.000100"),
        Instant.ofEpochSecond(1795766460L));
    APIGatewayV2HTTPResponse r = invoke("slack-reaction-added.json", SIGNED_AT.plusSeconds(60), dedup);
    assertEquals(200, r.getStatusCode(), r.getBody());
    assertTrue(r.getBody().contains("stored"), r.getBody());
    assertTrue(invoke("slack-thread-reply.json", SIGNED_AT.plusSeconds(60), dedup).getBody().contains("stored"));
  }

  @Test
  void theSameRecordingIsRejectedOnceItIsStale() throws Exception {
    APIGatewayV2HTTPResponse r = invoke("slack-reaction-added.json", SIGNED_AT.plusSeconds(3600), Cards.store());
    assertEquals(401, r.getStatusCode());
    assertEquals(0, new DirectoryCorrectionStore(dir).list("", null).size());
  }

  @Test
  void theUrlVerificationSampleEchoesItsChallenge() throws Exception {
    APIGatewayV2HTTPResponse r = invoke("slack-url-verification.json", SIGNED_AT, Cards.store());
    assertEquals(200, r.getStatusCode());
    assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", r.getBody());
  }
}
