package dev.logsift.corrections;

import dev.logsift.chat.slack.SlackSignature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.Config;
import dev.logsift.app.CorrectionsWiring;
import dev.logsift.app.SlackEventsHandler;
import dev.logsift.classify.Category;
import dev.logsift.classify.Source;
import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.dedup.CachedClassification;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.dedup.PostedMessage;
import dev.logsift.testing.S3rver;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("server")
class SlackEventsServerTest {
  static final String SECRET = "logsift-test-signing-secret";
  static final String CHANNEL = "C0CARDS";
  static final String CARD_TS = "1795766400.000100";
  static final Instant POSTED = Instant.ofEpochSecond(1795766400L);
  static final Instant NOW = POSTED.plus(Duration.ofMinutes(30));
  private static S3rver s3;
  private static int bucketNo;

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeSlackApi slackApi;
  private FunctionUrl url;
  private InMemoryDedupStore dedup;
  private S3CorrectionStore store;

  @BeforeAll
  static void startS3() throws IOException {
    s3 = S3rver.start("slack-test");
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  @BeforeEach
  void setUp() throws IOException {
    slackApi = new FakeSlackApi();
    String bucket = "slack-" + (++bucketNo);
    s3.client().createBucket(b -> b.bucket(bucket));
    store = new S3CorrectionStore(s3.connection(), bucket);
    dedup = Cards.store();
    Cards.post(dedup, "fp-slack-1", new PostedMessage("slack", CHANNEL, CARD_TS), POSTED);
    Config config = Config.fromEnv(Map.of(Config.SLACK_SIGNING_SECRET, SECRET, Config.SLACK_BOT_TOKEN, FakeSlackApi.TOKEN,
        Config.SLACK_CHANNEL_ID, CHANNEL, Config.SLACK_API_URL, slackApi.baseUrl(), Config.CORRECTIONS_BUCKET, bucket));
    CorrectionsWiring wiring = CorrectionsWiring.build(config, Clock.fixed(NOW, ZoneOffset.UTC), dedup, store, http,
        d -> { });
    url = new FunctionUrl(new SlackEventsHandler(wiring));
  }

  @AfterEach
  void tearDown() {
    url.close();
    slackApi.close();
  }

  private HttpResponse<String> send(String body, String timestamp, String signature, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(url.uri()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      b.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      b.header("X-Slack-Signature", signature);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> signed(String body, String... headers) throws IOException, InterruptedException {
    String ts = Long.toString(NOW.getEpochSecond());
    return send(body, ts, SlackSignature.sign(SECRET, ts, body.getBytes(StandardCharsets.UTF_8)), headers);
  }

  static String reaction(String eventId, String user, String reaction, String channel, String ts) {
    return """
        {"token":"unused","team_id":"T0TEAM","api_app_id":"A0APP","type":"event_callback","event_id":"%s",
         "event_time":1795768200,"event":{"type":"reaction_added","user":"%s","reaction":"%s","item_user":"U0BOT",
         "item":{"type":"message","channel":"%s","ts":"%s"},"event_ts":"1795768200.000300"}}"""
        .formatted(eventId, user, reaction, channel, ts);
  }

  static String threadReply(String eventId, String user, String text, String extra) {
    return """
        {"type":"event_callback","event_id":"%s","event_time":1795768300,"team_id":"T0TEAM",
         "event":{"type":"message","channel":"%s","user":"%s","text":"%s","ts":"1795768300.000400",
         "thread_ts":"%s","channel_type":"channel"%s}}""".formatted(eventId, CHANNEL, user, text, CARD_TS, extra);
  }

  private List<String> stored() {
    return store.list(Corrections.PREFIX, null);
  }

  @Test
  void answersUrlVerification() throws Exception {
    HttpResponse<String> r = signed("{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");
    assertEquals(200, r.statusCode());
    assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", r.body());
  }

  @Test
  void rejectsBadMissingAndStaleSignaturesAndStoresNothing() throws Exception {
    String body = reaction("Ev1", "U1", "white_check_mark", CHANNEL, CARD_TS);
    String ts = Long.toString(NOW.getEpochSecond());
    String good = SlackSignature.sign(SECRET, ts, body.getBytes(StandardCharsets.UTF_8));
    assertEquals(401, send(body, ts, SlackSignature.sign("wrong-secret", ts, body.getBytes(StandardCharsets.UTF_8)))
        .statusCode());
    assertEquals(401, send(body.replace("U1", "U2"), ts, good).statusCode(), "body changed after signing");
    assertEquals(401, send(body, null, null).statusCode());
    assertEquals(401, send(body, ts, null).statusCode());
    String old = Long.toString(NOW.minus(Duration.ofMinutes(6)).getEpochSecond());
    HttpResponse<String> stale = send(body, old, SlackSignature.sign(SECRET, old, body.getBytes(StandardCharsets.UTF_8)));
    assertEquals(401, stale.statusCode());
    assertTrue(stale.body().contains("stale"), stale.body());
    assertEquals(List.of(), store.list("", null));
    assertEquals(200, send(body, ts, good).statusCode());
    assertEquals(1, stored().size());
  }

  @Test
  void aCheckmarkConfirmsOnceEvenWhenSlackRetriesOrTheUserReactsAgain() throws Exception {
    String body = reaction("Ev2", "U1", "white_check_mark", CHANNEL, CARD_TS);
    HttpResponse<String> r = signed(body);
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("stored"), r.body());
    HttpResponse<String> retry = signed(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
    assertTrue(retry.body().contains("duplicate"), retry.body());
    HttpResponse<String> again = signed(reaction("Ev3", "U1", "white_check_mark", CHANNEL, CARD_TS));
    assertTrue(again.body().contains("already_stored"), again.body());
    assertEquals(List.of("corrections/2026/11/27/slack-1795766400.000100-U1.json"), stored());
    Correction c = new Corrections(store).read(stored().get(0)).orElseThrow();
    assertEquals("confirmed", c.verdict());
    assertEquals("https://slack.com/archives/C0CARDS/p1795766400000100", c.cardLink());
    assertEquals(Source.HUMAN, Cards.cachedAfterWindow(dedup, "fp-slack-1", NOW).classification().source());
  }

  @Test
  void reactionsOnOtherMessagesAndOtherEmojiAreIgnored() throws Exception {
    assertTrue(signed(reaction("Ev4", "U1", "white_check_mark", CHANNEL, "1795766400.999999")).body()
        .contains("not_a_card"));
    assertTrue(signed(reaction("Ev5", "U1", "white_check_mark", "C0OTHER", CARD_TS)).body().contains("not_a_card"));
    assertTrue(signed(reaction("Ev6", "U1", "tada", CHANNEL, CARD_TS)).body().contains("ignored"));
    String channelMessage = threadReply("Ev6b", "U1", "security: not in a thread", "").replace(
        "\"thread_ts\":\"" + CARD_TS + "\",", "");
    assertTrue(signed(channelMessage).body().contains("ignored"));
    assertEquals(List.of(), store.list("", null), "nothing stored, no event markers for events that change nothing");
  }

  @Test
  void aPencilAsksOnceInTheThreadAndAThreadReplyCorrects() throws Exception {
    assertTrue(signed(reaction("Ev7", "U2", "pencil2", CHANNEL, CARD_TS)).body().contains("asked"));
    assertTrue(signed(reaction("Ev8", "U2", "pencil2", CHANNEL, CARD_TS)).body().contains("waiting_for_reply"));
    assertEquals(1, slackApi.posted.size());
    assertEquals(CARD_TS, slackApi.posted.get(0).path("thread_ts").asText());
    assertEquals(CHANNEL, slackApi.posted.get(0).path("channel").asText());
    assertTrue(slackApi.posted.get(0).path("text").asText().startsWith("<@U2>"));

    assertTrue(signed(threadReply("Ev9", "U2", "hmm, not sure", "")).body().contains("not_a_correction"));
    assertTrue(signed(threadReply("Ev10", "U0BOT", "security: bots do not count", ",\"bot_id\":\"B0BOT\"")).body()
        .contains("ignored"));
    assertEquals(List.of(), stored());

    String broadcast = threadReply("Ev10b", "U5", "transient: it recovered on its own", ",\"subtype\":\"thread_broadcast\"");
    assertTrue(signed(broadcast).body().contains("\"stored\""), "a reply also sent to the channel still counts");
    String edit = threadReply("Ev10c", "U6", "unknown: edited text", ",\"subtype\":\"message_changed\"");
    assertTrue(signed(edit).body().contains("ignored"));
    store.list(Corrections.PREFIX, null).forEach(k -> assertTrue(k.endsWith("-U5.json"), k));

    url.base64Bodies = true;
    HttpResponse<String> r = signed(threadReply("Ev11", "U2", "security: role assumed by ops@example.com", ""));
    assertTrue(r.body().contains("stored"), r.body());
    Correction c = new Corrections(store).read("corrections/2026/11/27/slack-1795766400.000100-U2.json").orElseThrow();
    assertEquals("security", c.verdict());
    assertEquals("role assumed by [REDACTED:email]", c.reason());
    assertEquals(Instant.parse("2026-11-27T08:31:40.000400Z"), c.at());
    CachedClassification cached = Cards.cachedAfterWindow(dedup, "fp-slack-1", NOW);
    assertEquals(Category.SECURITY, cached.classification().category());
    assertEquals(Source.HUMAN, cached.classification().source());
  }

  @Test
  void aReplyOfThousandsOfMentionsIsHandledNotAStackOverflow() throws Exception {
    String mentions = "<@U0123456789> ".repeat(3000);
    HttpResponse<String> r = signed(threadReply("Ev20", "U7", mentions + "transient: retried fine", ""));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("\"stored\""), r.body());
    HttpResponse<String> only = signed(threadReply("Ev21", "U8", mentions, ""));
    assertEquals(200, only.statusCode(), only.body());
    assertTrue(only.body().contains("not_a_correction"), only.body());
  }
}
