package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check`: the repository's own files pass; a team's own file passes; a broken copy names file:line. */
class CheckCommandTest {
  static final String TEAM_FILE = """
      # Known failures: orders

      ## orders-stripe-card-declined
      - category: application
      - match: card_declined
      - response: Nothing to do: the customer is asked for another card.
      Stripe declined the card; the checkout shows the reason to the customer.

      ## orders-search-warmup
      - category: transient
      - match: search index is warming up
      - suppress: true
      - expires: 2099-01-31
      The search cluster rejects queries for a minute after each deploy.
      """;

  @Test
  void theRepositorysOwnTeamFilesPass() {
    CliTest.Result r = CliTest.run("", "check", ".");
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals("", r.out());
    assertTrue(r.err().contains(" 0 problems"), r.err());
  }

  @Test
  void aTeamsOwnKnownFailuresDirectoryPassesAndABrokenCopyNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path kf = Files.createDirectories(dir.resolve("known-failures"));
    Files.writeString(kf.resolve("orders.md"), TEAM_FILE);
    assertEquals(0, CliTest.run("", "check", dir.toString()).code());

    Files.writeString(kf.resolve("orders.md"), TEAM_FILE.replace("- category: transient", "- category: flaky"));
    CliTest.Result r = CliTest.run("", "check", dir.toString());

    assertEquals(1, r.code());
    assertEquals(kf.resolve("orders.md") + ":10: category must be one of transient, dependency, application, security,"
        + " unknown\n", r.out());
  }

  @Test
  void suppressionRulesExpiryAndPlaceholdersAreChecked(@TempDir Path dir) throws Exception {
    Path kf = Files.createDirectories(dir.resolve("known-failures"));
    Files.writeString(kf.resolve("orders.md"), TEAM_FILE.replace("2099-01-31", "2026-01-31")
        + "\n## orders-waf-block\n- category: security\n- match: blocked by WAF rule\n- suppress: true\n"
        + "- expires: 2099-01-01\nBlocked requests.\n"
        + "\n## orders-noise\n- category: transient\n- match: 2026-11-27T10:00:01 job ran late\n- suppress: true\nNoise.\n");
    Path prompts = Files.createDirectories(dir.resolve("prompts"));
    Files.writeString(prompts.resolve("classify.md"), "Service {{service}}\nline two {{sevrice}}\n{{message}}\n");
    Files.writeString(prompts.resolve("eval-cases.jsonl"), "{\"message\":\"x\",\"category\":\"transient\"}\nnot json\n"
        + "{\"message\":\"y\",\"category\":\"flaky\"}\n");
    Files.writeString(dir.resolve("owners.md"), "## orders-team\n- services: orders\n- owner: bob\n");

    CliTest.Result r = CliTest.run("", "check", "--today", "2026-12-06", dir.toString());

    assertEquals(1, r.code());
    String out = r.out();
    assertTrue(out.contains("orders.md:13: orders-search-warmup: suppression expired on 2026-01-31"), out);
    assertTrue(out.contains("orders.md:16: orders-waf-block: security failures are never suppressed"), out);
    assertTrue(out.contains("orders.md:25: match text contains a timestamp"), out);
    assertTrue(out.contains("orders.md:23: orders-noise: a suppression needs an expires: date"), out);
    assertTrue(out.contains("classify.md:2: unknown placeholder {{sevrice}}"), out);
    assertTrue(out.contains("eval-cases.jsonl:2: not a JSON object"), out);
    assertTrue(out.contains("eval-cases.jsonl:3: \"category\" must be one of"), out);
    assertTrue(out.contains("owners.md:3: unknown field 'owner'"), out);
    assertEquals(8, out.split("\n").length, out);
  }

  @Test
  void duplicateIdsWithinAFileAndAcrossTheDefaultsAreRefused(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("_default.md"), "## shared-id\n- category: transient\n- match: something odd\nx\n");
    Files.writeString(dir.resolve("orders.md"), "## shared-id\n- category: transient\n- match: other thing\nx\n");
    Files.writeString(dir.resolve("billing.md"), "## a\n- category: transient\nx\n\n## a\n- category: unknown\ny\n");

    CliTest.Result r = CliTest.run("", "check", dir.toString());

    assertEquals(1, r.code());
    assertTrue(r.out().contains(dir.resolve("orders.md") + ":1: id shared-id is also used in _default.md"), r.out());
    assertTrue(r.out().contains(dir.resolve("billing.md") + ":5: duplicate id a (first at line 1)"), r.out());
  }
}
