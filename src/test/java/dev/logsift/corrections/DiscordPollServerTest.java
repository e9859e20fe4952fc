package dev.logsift.corrections;

import dev.logsift.chat.discord.DiscordApi;
import dev.logsift.chat.discord.DiscordReactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.Config;
import dev.logsift.app.CorrectionsPollHandler;
import dev.logsift.app.CorrectionsWiring;
import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.Source;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.dedup.CachedClassification;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.dedup.PostedMessage;
import dev.logsift.redact.PatternRedactor;
import dev.logsift.testing.S3rver;
import dev.logsift.testing.TestContext;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("server")
class DiscordPollServerTest {
  private static final Instant POSTED = Instant.parse("2026-11-27T09:00:00Z");
  private static final Instant NOW = Instant.parse("2026-11-27T09:45:00Z");
  private static final String CARD = "1100";
  private static S3rver s3;
  private static int bucketNo;

  private FakeDiscord discord;
  private InMemoryDedupStore dedup;
  private S3CorrectionStore store;
  private DiscordPoll poll;
  private final List<Duration> slept = new ArrayList<>();

  @BeforeAll
  static void startS3() throws IOException {
    s3 = S3rver.start("poll-test");
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  @BeforeEach
  void setUp() throws IOException {
    discord = new FakeDiscord();
    dedup = Cards.store();
    Cards.post(dedup, "fp-discord-1", new PostedMessage("discord", "500", CARD), POSTED);
    discord.card(CARD);
    String bucket = "poll-" + (++bucketNo);
    s3.client().createBucket(b -> b.bucket(bucket));
    store = new S3CorrectionStore(s3.connection(), bucket);
    Corrections corrections = new Corrections(store);
    DiscordApi api = new DiscordApi(DiscordApi.defaultClient(), discord.baseUrl(), FakeDiscord.TOKEN, slept::add);
    poll = new DiscordPoll(dedup, api, corrections, new CorrectionRecorder(corrections, dedup, new PatternRedactor()),
        Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(7), "500");
  }

  @AfterEach
  void tearDown() {
    discord.close();
  }

  @Test
  void aHumanCheckmarkConfirmsOnceAndBotsAreIgnored() {
    discord.react(CARD, DiscordReactions.CONFIRM, "31", false);
    discord.react(CARD, DiscordReactions.CONFIRM, "999", true);

    DiscordPoll.Report first = poll.poll();
    assertEquals(List.of(1, 1, 0, 0, 0, 0), counts(first));
    List<String> keys = store.list(Corrections.PREFIX, null);
    assertEquals(List.of("corrections/2026/11/27/discord-1100-31.json"), keys);
    Correction c = new Corrections(store).read(keys.get(0)).orElseThrow();
    assertEquals("confirmed", c.verdict());
    assertEquals(Category.APPLICATION, c.original());
    assertEquals("https://discord.com/channels/42/500/1100", c.cardLink());
    assertTrue(c.sample().contains("[REDACTED:email]"), c.sample());

    CachedClassification cached = Cards.cachedAfterWindow(dedup, "fp-discord-1", NOW);
    assertEquals(Source.HUMAN, cached.classification().source());
    assertEquals(Category.APPLICATION, cached.classification().category());
    assertEquals(Confidence.HIGH, cached.classification().confidence());

    discord.requests.clear();
    DiscordPoll.Report second = poll.poll();
    assertEquals(List.of(1, 0, 0, 0, 0, 0), counts(second), "unchanged counts: nothing read again");
    assertEquals(0, second.checked());
    assertEquals(List.of("GET /channels/500/messages?limit=100"), discord.requests);
    assertEquals(keys, store.list("", null).stream().filter(k -> k.startsWith(Corrections.PREFIX)).toList());
  }

  @Test
  void aPencilWithAValidReplyCorrectsTheCategoryWithARedactedReason() {
    discord.react(CARD, DiscordReactions.CORRECT, "32", false);
    discord.reply("777", "32", "security: not this card");
    discord.reply(CARD, "33", "security: someone else's reply without a pencil");
    discord.reply(CARD, "32", "<@999> Security: unexpected role assumed by intruder@example.org");

    assertEquals(1, poll.poll().stored());
    Correction c = new Corrections(store).read("corrections/2026/11/27/discord-1100-32.json").orElseThrow();
    assertEquals("security", c.verdict());
    assertEquals("unexpected role assumed by [REDACTED:email]", c.reason());
    assertEquals(Instant.parse("2026-11-27T09:30:00Z"), c.at());
    assertEquals(1, store.list(Corrections.PREFIX, null).size(), "no correction for the user without ✏️");
    CachedClassification cached = Cards.cachedAfterWindow(dedup, "fp-discord-1", NOW);
    assertEquals(Category.SECURITY, cached.classification().category());
    assertEquals("unexpected role assumed by [REDACTED:email]", cached.classification().summary());
    assertEquals(Source.HUMAN, cached.classification().source());
    assertEquals(0, discord.posted.size(), "nothing to ask");
    assertEquals(0, discord.count("replies"), "the history pages already held the replies");
  }

  @Test
  void aPencilWithoutAValidReplyIsAskedForOnceThenCompletedByALaterReply() {
    discord.react(CARD, DiscordReactions.CORRECT, "34", false);
    discord.reply(CARD, "34", "this is wrong");

    assertEquals(List.of(1, 0, 0, 1, 0, 0), counts(poll.poll()));
    assertEquals(1, discord.posted.size());
    var ask = discord.posted.get(0);
    assertEquals(CARD, ask.path("message_reference").path("message_id").asText());
    assertEquals("34", ask.path("allowed_mentions").path("users").get(0).asText());
    assertTrue(ask.path("content").asText().contains("category: reason"));
    assertEquals(List.of(), store.list(Corrections.PREFIX, null), "not guessed");

    assertEquals(List.of(1, 0, 0, 0, 0, 0), counts(poll.poll()), "nothing changed: not read again");
    discord.reply(CARD, "34", "still wrong");
    assertEquals(List.of(1, 0, 0, 0, 1, 0), counts(poll.poll()), "a new reply is read, still not valid");
    assertEquals(1, discord.posted.size(), "asked only once");

    discord.reply(CARD, "34", "dependency: the IdP was down");
    assertEquals(1, poll.poll().stored());
    assertEquals("dependency",
        new Corrections(store).read("corrections/2026/11/27/discord-1100-34.json").orElseThrow().verdict());
  }

  @Test
  void rateLimitsAreWaitedOutThroughTheSleeper() {
    discord.react(CARD, DiscordReactions.CONFIRM, "35", false);
    discord.failStatus = 429;
    discord.failNext.set(1);
    assertEquals(1, poll.poll().stored());
    assertEquals(List.of(Duration.ofMillis(250)), slept);
  }

  @Test
  void discordStayingDownFailsThePollAndStoresNothing() {
    discord.react(CARD, DiscordReactions.CONFIRM, "36", false);
    discord.failStatus = 503;
    discord.failNext.set(100);
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class, () -> poll.poll());
    assertEquals("discord", e.service());
    assertEquals(List.of(), store.list(Corrections.PREFIX, null));
    assertEquals(DiscordApi.POLICY.maxAttempts(), discord.requests.size());
  }

  @Test
  void aCardWithAnUnusableMessageIdIsSkippedWithoutBlockingTheOthers() {
    Cards.post(dedup, "fp-discord-2", new PostedMessage("discord", "500", "not-a-snowflake"), POSTED.plusSeconds(1));
    discord.react(CARD, DiscordReactions.CONFIRM, "37", false);
    DiscordPoll.Report r = poll.poll();
    assertEquals(List.of(2, 1, 0, 0, 0, 1), counts(r));
  }

  /** The scaling target: reactors are read only where counts moved, history in pages of 100. */
  @Test
  void fourHundredCardsWithFourCheckmarksCostAHandfulOfRequests() {
    List<String> reacted = postCards(400);
    for (String id : reacted) {
      discord.react(id, DiscordReactions.CONFIRM, "40", false);
    }
    discord.requests.clear();

    DiscordPoll.Report r = poll.poll();

    assertTrue(discord.requests.size() <= 30, discord.requests.size() + " requests: " + discord.requests);
    assertEquals(4, r.stored());
    assertEquals(4, r.checked());
    assertEquals(5, discord.count("history"), "401 messages in pages of 100");
    assertEquals(4, discord.count("reactions"), "only the reacted cards, only ✅");
    assertEquals(0, discord.count("replies"));
    assertEquals(4, store.list(Corrections.PREFIX, null).size());

    discord.requests.clear();
    DiscordPoll.Report again = poll.poll();
    assertEquals(0, again.stored());
    assertEquals(0, discord.count("reactions"), "nothing changed");
    assertEquals(5, discord.requests.size());
  }

  @Test
  void aPassCutShortByTheDeadlineContinuesNextRunWhereItStopped() {
    List<String> reacted = postCards(400);
    discord.react(reacted.get(0), DiscordReactions.CONFIRM, "41", false);
    discord.react(reacted.get(3), DiscordReactions.CONFIRM, "42", false);
    // 40 s at the start, 9 s per history page: the scan stops after three pages (under twice the 10 s reserve
    // left), and the card it found is still checked (more than the reserve left).
    DiscordPoll.Report cut = poll.poll(() -> 40_000 - 9_000 * discord.count("history"));
    assertFalse(cut.complete());
    assertEquals(3, cut.pages());
    assertEquals(1, cut.stored(), "the newest card, on the first page");

    discord.requests.clear();
    DiscordPoll.Report rest = poll.poll();
    assertTrue(rest.complete());
    assertEquals(2, discord.count("history"), "continued below the last page read, not from the newest");
    assertTrue(discord.requests.get(0).contains("before="), discord.requests.get(0));
    assertEquals(1, rest.stored());
    assertEquals(2, store.list(Corrections.PREFIX, null).size());
  }

  @Test
  void theHandlerGivesThePollTheInvocationsDeadline() {
    discord.react(CARD, DiscordReactions.CONFIRM, "43", false);
    Config config = Config.fromEnv(Map.of(
        Config.DISCORD_BOT_TOKEN, FakeDiscord.TOKEN, Config.DISCORD_CHANNEL_ID, "500",
        Config.DISCORD_API_URL, discord.baseUrl(), Config.CORRECTIONS_BUCKET, "b"));
    CorrectionsPollHandler handler = new CorrectionsPollHandler(
        CorrectionsWiring.build(config, Clock.fixed(NOW, ZoneOffset.UTC), dedup, store,
            DiscordApi.defaultClient(), slept::add));

    Map<String, Object> spent = handler.handleRequest(Map.of(), TestContext.of("req", 0));
    assertEquals(false, spent.get("complete"));
    assertEquals(0, spent.get("pages"));
    assertEquals(List.of(), discord.requests, "no time left: nothing asked");

    Map<String, Object> full = handler.handleRequest(Map.of(), TestContext.of("req", 60_000));
    assertEquals(true, full.get("complete"));
    assertEquals(1, full.get("stored"));
  }

  /** Posts n more cards (after CARD), newest last; returns four ids spread over the pages. */
  private List<String> postCards(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = Long.toString(10_000 + i);
      Cards.post(dedup, "fp-many-" + i, new PostedMessage("discord", "500", id), POSTED.plusSeconds(i + 1));
      discord.card(id);
      ids.add(id);
    }
    return List.of(ids.get(n - 1), ids.get(n * 2 / 3), ids.get(n / 3), ids.get(1));
  }

  private static List<Integer> counts(DiscordPoll.Report r) {
    return List.of(r.cards(), r.stored(), r.alreadyStored(), r.asked(), r.waiting(), r.failedCards());
  }

  @Test
  void aWrongTokenIsReportedAsAPermissionProblem() {
    DiscordApi bad = new DiscordApi(DiscordApi.defaultClient(), discord.baseUrl(), "wrong", slept::add);
    DownstreamUnavailableException e = assertThrows(DownstreamUnavailableException.class,
        () -> bad.reactors("500", CARD, DiscordReactions.CONFIRM));
    assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
  }
}
