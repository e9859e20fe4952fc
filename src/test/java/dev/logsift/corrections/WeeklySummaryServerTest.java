package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.app.Config;
import dev.logsift.app.CorrectionsPollHandler;
import dev.logsift.app.CorrectionsWiring;
import dev.logsift.classify.Category;
import dev.logsift.classify.KnownFailure;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.testing.S3rver;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weekly loop: proposal to S3, one message to the channel, match texts ready to paste, --write. */
@Tag("server")
class WeeklySummaryServerTest {
  static final Instant NOW = CorrectionSummaryServerTest.NOW;
  static final String TIMEOUT = "2026-11-26T10:00:01.123Z ERROR [http-nio-8080-exec-7] c.e.PaymentClient - Payment "
      + "7f3a9c2e-1111-2222-3333-444455556666 failed: Read timed out after 3000 ms calling ledger.internal:8443";
  static final String LOGIN = "2026-11-26T11:12:13Z WARN user [REDACTED:email] failed login from 203.0.113.9: "
      + "signature verification failed for token issued by accounts.example";

  static Correction c(String fp, String sample, Category original, Category corrected, String reason, String who) {
    return CorrectionSummaryServerTest.c(fp, sample, original, corrected, reason, who, "discord", Duration.ofDays(1));
  }

  @Test
  void theScheduleWritesTheProposalToS3AndPostsOneMessageOnce() throws Exception {
    try (S3rver s3 = S3rver.start("corrections"); FakeDiscord discord = new FakeDiscord()) {
      S3CorrectionStore store = new S3CorrectionStore(s3.connection(), "corrections");
      Corrections corrections = new Corrections(store);
      corrections.save(c("fpTimeout01", TIMEOUT, Category.APPLICATION, Category.DEPENDENCY, "ledger was slow", "1"));
      corrections.save(c("fpTimeout01", TIMEOUT, Category.APPLICATION, Category.DEPENDENCY, "", "2"));
      corrections.save(c("fpLogin0002", LOGIN, Category.UNKNOWN, Category.SECURITY, "forged tokens", "1"));
      corrections.save(c("fpNpe000003", "NullPointerException at Cart.total", Category.APPLICATION, null, "", "3"));
      Config config = Config.fromEnv(Map.of(Config.DISCORD_BOT_TOKEN, FakeDiscord.TOKEN, Config.DISCORD_CHANNEL_ID,
          "500", Config.DISCORD_API_URL, discord.baseUrl(), Config.CORRECTIONS_BUCKET, "corrections"));
      CorrectionsWiring wiring = CorrectionsWiring.build(config, Clock.fixed(NOW, ZoneOffset.UTC),
          new InMemoryDedupStore(Duration.ofMinutes(10), new SecureRandom()), store, HttpClient.newHttpClient(),
          d -> { });
      CorrectionsPollHandler handler = new CorrectionsPollHandler(wiring);

      Map<String, Object> r = handler.handleRequest(Map.of("logsift_job", CorrectionsPollHandler.WEEKLY_JOB), null);

      assertEquals("proposals/2026-W48.md", r.get("proposal"));
      assertEquals(true, r.get("posted"));
      String md = new String(store.read("proposals/2026-W48.md").orElseThrow(), StandardCharsets.UTF_8);
      assertTrue(md.contains("4 reviews: 1 confirmed, 3 corrected."), md);
      assertEquals(1, discord.posted.size());
      String msg = discord.posted.get(0).path("content").asText();
      assertEquals("logsift weekly summary 2026-W48: 4 reviews, 3 corrections. Most often wrong: application (2 of 3),"
          + " unknown (1 of 1). Proposal for known-failures: s3://corrections/proposals/2026-W48.md", msg);
      assertEquals("[]", discord.posted.get(0).path("allowed_mentions").path("parse").toString());

      for (String line : md.split("\n")) {
        if (line.startsWith("- match: ")) {
          String m = line.substring(9);
          assertFalse(m.matches(".*(\\d|REDACTED|<\\*>).*"), "match text has no timestamp, id or marker: " + m);
        }
      }
      assertTrue(md.contains("- match: \"failed: Read timed out after\""), md);
      assertTrue(md.contains("- match: \"signature verification failed for token issued by\""), md);

      Map<String, Object> again = handler.handleRequest(Map.of("logsift_job", CorrectionsPollHandler.WEEKLY_JOB), null);
      assertEquals(false, again.get("written"));
      assertEquals(1, discord.posted.size(), "a retried weekly run posts nothing twice");
    }
  }

  @Test
  void writeAppliesTheProposalToAKnownFailuresDirectory(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("checkout.md"), """
        # Known failures: checkout

        ## db-failover
        - category: dependency
        - match: "terminating connection due to administrator command"
        The primary fails over.
        """);
    List<Correction> list = List.of(
        c("fpTimeout01", TIMEOUT, Category.APPLICATION, Category.DEPENDENCY, "ledger was slow", "1"),
        c("fpDb0000002", CorrectionSummaryServerTest.FAILOVER, Category.DEPENDENCY, Category.TRANSIENT, "retries", "2"));
    CorrectionSummary summary = new CorrectionSummary(new KnownFailureCatalog(dir));

    assertEquals(List.of("checkout.md"), summary.writeTo(list, dir));

    List<KnownFailure> entries = KnownFailureCatalog.parse("checkout.md", Files.readString(dir.resolve("checkout.md")));
    assertEquals(2, entries.size());
    assertEquals(Category.TRANSIENT, entries.get(0).category(), "the existing entry is recategorised in place");
    assertEquals(Category.DEPENDENCY, entries.get(1).category());
    assertTrue(entries.get(1).matches(TIMEOUT.replace("3000", "5000").replace("exec-7", "exec-2")),
        "the new entry matches repeats of the error: " + entries.get(1).match());
    assertEquals(List.of(), new CorrectionSummary(new KnownFailureCatalog(dir)).writeTo(list, dir),
        "applied once: the next run finds both entries as corrected and proposes nothing");
  }
}
