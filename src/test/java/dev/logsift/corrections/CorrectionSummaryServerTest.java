package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.KnownFailure;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.corrections.s3.S3CorrectionStore;
import dev.logsift.testing.S3rver;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("server")
class CorrectionSummaryServerTest {
  static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
  static final String ROLE = "AccessDenied: User arn:aws:iam::123456789012:user/ci is not authorized to perform sts:AssumeRole";
  static final String FAILOVER = "FATAL: terminating connection due to administrator command (pid 4411)";

  static Correction c(String fp, String sample, Category original, Category corrected, String reason, String who,
      String source, Duration ago) {
    Instant at = NOW.minus(ago);
    return new Correction(fp, "checkout", "/ecs/checkout", original, Confidence.MEDIUM, corrected, reason, who, at,
        source, "C1", "m-" + fp + "-" + who, "", sample, at.minusSeconds(600));
  }

  @Test
  void proposesNewAndChangedKnownFailuresFromCorrectionsReadBackFromS3() throws Exception {
    try (S3rver s3 = S3rver.start("summary")) {
      Corrections corrections = new Corrections(new S3CorrectionStore(s3.connection(), "summary"));
      corrections.save(c("fpRole0001", ROLE, Category.APPLICATION, Category.SECURITY,
          "unexpected role assumed from new account", "U1", "slack", Duration.ofDays(1)));
      corrections.save(c("fpRole0001", ROLE, Category.APPLICATION, Category.SECURITY, "", "42", "discord",
          Duration.ofDays(2)));
      corrections.save(c("fpDb000002", FAILOVER, Category.DEPENDENCY, Category.TRANSIENT,
          "failover is over in a minute, retries cover it", "U2", "slack", Duration.ofDays(3)));
      corrections.save(c("fpNpe00003", "NullPointerException at Cart.total", Category.APPLICATION, null, "", "U3",
          "slack", Duration.ofDays(1)));
      corrections.save(c("fpOld00004", ROLE, Category.UNKNOWN, Category.SECURITY, "too old", "U4", "slack",
          Duration.ofDays(30)));

      List<Correction> week = corrections.since(NOW.minus(Duration.ofDays(7)));
      assertEquals(4, week.size());
      KnownFailureCatalog catalog = new KnownFailureCatalog(Path.of("src/test/resources/corrections/known-failures"));
      String md = new CorrectionSummary(catalog).markdown(week, "since 2026-11-20 (7d)");

      assertTrue(md.contains("4 reviews: 1 confirmed, 3 corrected."), md);
      assertTrue(md.contains("### known-failures/checkout.md"), md);
      int open = md.indexOf("```markdown\n");
      String block = md.substring(open + 12, md.indexOf("```", open + 12));
      List<KnownFailure> entries = KnownFailureCatalog.parse("checkout.md", block);
      assertEquals(1, entries.size(), block);
      KnownFailure proposed = entries.get(0);
      assertEquals(Category.SECURITY, proposed.category());
      assertTrue(proposed.id().startsWith("security-fprole"), proposed.id());
      assertTrue(proposed.matches(ROLE), "the proposed match text selects the corrected error: " + proposed.match());
      assertTrue(proposed.description().startsWith("unexpected role assumed from new account."), proposed.description());
      assertTrue(proposed.description().contains("(2 corrections via "), proposed.description());

      assertTrue(md.contains("- `db-failover` (checkout.md): change `- category: dependency` to `- category: transient`"),
          md);
      assertTrue(md.contains("| application | 3 | 1 | 2 | 67% | 0 | 0 | – | 2 | 0 |"), md);
      assertTrue(md.contains("| dependency | 1 | 0 | 1 | 100% | 1 | – | 0 | 0 | 0 |"), md);
      assertTrue(!md.contains("too old"), md);
    }
  }

  @Test
  void matchTextSkipsVariablePartsAndRedactions() {
    // The constant part of the fingerprint template: the role ARN is masked there, the action (a constant) is not.
    assertEquals("is not authorized to perform sts:AssumeRole", CorrectionSummary.matchText(ROLE).orElseThrow());
    assertEquals("could not reach", CorrectionSummary.matchText("[REDACTED:email] could not reach 10.0.0.1").orElseThrow());
    assertTrue(CorrectionSummary.matchText("42 17").isEmpty());
  }
}
