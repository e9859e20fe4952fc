package dev.logsift.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownFailureCatalogTest {
  static final String FILE = """
      # Known failures of orders

      Intro text, and an example that must not be parsed:
      <!--
      ## example-entry
      - category: application
      -->
      ```
      ## fenced-example
      - category: bogus
      ```

      ## orders-db-failover
      - category: dependency
      - match: "terminating connection due to administrator command"
      - match: `the database system is shutting down`
      - suppress: true
      - expires: 2026-12-31
      - response: Wait for the failover to finish.
      The orders database fails over during the maintenance window.
      Second line of the description.
      - see also: the runbook

      ## orders-null-customer
      - category: application
      - match: customer is null
      """;

  private static IllegalArgumentException parseError(String text) {
    return assertThrows(IllegalArgumentException.class, () -> KnownFailureCatalog.parse("orders.md", text));
  }

  @Test
  void parsesFieldsAndIgnoresTextBeforeTheFirstEntryCommentsAndFences() {
    List<KnownFailure> all = KnownFailureCatalog.parse("orders.md", FILE);

    assertEquals(2, all.size());
    KnownFailure k = all.get(0);
    assertEquals("orders-db-failover", k.id());
    assertEquals(Category.DEPENDENCY, k.category());
    assertEquals(List.of("terminating connection due to administrator command", "the database system is shutting down"),
        k.match());
    assertTrue(k.suppress());
    assertEquals(LocalDate.of(2026, 12, 31), k.expires());
    assertEquals("Wait for the failover to finish.", k.response());
    assertEquals("The orders database fails over during the maintenance window. Second line of the description. "
        + "- see also: the runbook", k.description());
    assertEquals("orders.md", k.file());
    KnownFailure n = all.get(1);
    assertFalse(n.suppress());
    assertEquals(null, n.expires());
    assertEquals("", n.response());
    assertEquals("", n.description());
  }

  @Test
  void anyMatchTextSelectsTheEntryCaseInsensitively() {
    KnownFailure k = KnownFailureCatalog.parse("orders.md", FILE).get(0);

    assertTrue(k.matches("FATAL: Terminating connection due to ADMINISTRATOR command"));
    assertTrue(k.matches("FATAL: the database system is shutting down"));
    assertFalse(k.matches("FATAL: the database system is starting up"));
    assertFalse(k.matches(null));
  }

  @Test
  void suppressionHoldsThroughItsExpiryDay() {
    List<KnownFailure> all = KnownFailureCatalog.parse("orders.md", FILE);

    assertTrue(all.get(0).suppressedOn(LocalDate.of(2026, 12, 31)));
    assertFalse(all.get(0).suppressedOn(LocalDate.of(2027, 1, 1)));
    assertFalse(all.get(1).suppressedOn(LocalDate.of(2026, 1, 1)), "suppress defaults to false");
    KnownFailure forever = KnownFailureCatalog.parse("x.md", "## a-noise\n- category: transient\n- suppress: true\n").get(0);
    assertTrue(forever.suppressedOn(LocalDate.of(2099, 1, 1)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "## ok-id\\n- category: sometimes|orders.md:2: category must be one of",
      "## ok-id\\n- category: transient\\n- colour: red|orders.md:3: unknown field 'colour'",
      "## ok-id\\n- category: transient\\n- expires: next friday|orders.md:3: expires must be a date",
      "## ok-id\\n- category: transient\\n- suppress: yes|orders.md:3: suppress must be true or false",
      "## ok-id\\n- category: transient\\n- match: abc|orders.md:3: match text must be at least 4 characters",
      "intro\\n\\n## ok-id\\nno fields at all|orders.md:3: entry ok-id has no category",
      "## Bad Id!\\n- category: transient|orders.md:1: entry id must be",
      "## ok-id\\n- category: transient\\nDescription.\\n- match: too late|orders.md:4: field 'match' after the description",
      "## ok-id\\n- category: transient\\n<!-- never closed\\n|orders.md:3: unclosed <!-- comment",
      "## ok-id\\n- category: transient\\n\\n## other\\n- category: unknown\\n\\n## ok-id\\n- category: security|orders.md:7: duplicate id ok-id (first at line 1)",
  })
  void errorsNameFileAndLine(String text, String expected) {
    IllegalArgumentException e = parseError(text.replace("\\n", "\n"));

    assertTrue(e.getMessage().startsWith("known-failures/"), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void serviceEntriesComeBeforeTheDefaults(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("orders.md"), FILE);
    Files.writeString(dir.resolve("_default.md"), """
        ## generic-shutdown
        - category: transient
        - match: the database system is shutting down
        """);
    KnownFailureCatalog catalog = new KnownFailureCatalog(dir);

    assertEquals(List.of("orders-db-failover", "orders-null-customer", "generic-shutdown"),
        catalog.forService("orders").stream().map(KnownFailure::id).toList());
    assertEquals("orders-db-failover", catalog.match("orders", "the database system is shutting down").orElseThrow().id());
    assertEquals("generic-shutdown", catalog.match("billing", "the database system is shutting down").orElseThrow().id());
    assertTrue(catalog.byId("orders", "generic-shutdown").isPresent());
    assertTrue(catalog.byId("billing", "orders-null-customer").isEmpty());
    assertEquals(List.of("generic-shutdown"), catalog.forService("../orders").stream().map(KnownFailure::id).toList(),
        "a service name cannot reach outside the directory");
  }

  @Test
  void aBrokenFileFailsWhenTheServiceIsFirstUsed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("orders.md"), "## orders-x\n- category: nope\n");
    KnownFailureCatalog catalog = new KnownFailureCatalog(dir);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.forService("orders"));
    assertTrue(e.getMessage().contains("known-failures/orders.md:2"), e.getMessage());
  }

  @Test
  void readsTheJarsCopyWhenNoDirectoryIsGiven() {
    // Whatever the team's files say: the jar holds exactly the directory's known failures.
    KnownFailureCatalog jar = new KnownFailureCatalog(null);
    KnownFailureCatalog dir = new KnownFailureCatalog(Path.of("known-failures"));
    java.io.File[] files = Path.of("known-failures").toFile().listFiles((d, n) -> n.endsWith(".md"));
    for (java.io.File f : files == null ? new java.io.File[0] : files) {
      String service = f.getName().substring(0, f.getName().length() - 3);
      assertEquals(dir.forService(service), jar.forService(service), f.getName());
    }
  }
}
