package dev.logsift.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** owners.md: who should look, routing of a team with its own channel, and the low-confidence card. */
class OwnersTest {
  static final String FILE = """
      # Owners
      <!--
      ## not-a-team
      - services: everything
      -->
      ## payments-team
      - services: payments, refunds-*
      - slack-channel: C0PAYMENTS1
      Payments and refunds.

      ## platform
      - log-groups: /aws/eks/*, /ecs/ingress?
      """;

  private static Card card(String service, String logGroup, Confidence confidence) {
    return Cards.card(service, logGroup, confidence);
  }

  @Test
  void servicesAndLogGroupPatternsNameTheTeamFirstMatchWins() {
    Owners owners = new Owners(Owners.parse(FILE));

    assertEquals(List.of("payments-team", "platform"), owners.teams().stream().map(Owners.Team::name).toList());
    assertEquals("payments-team", owners.ownerOf("payments", "/ecs/payments").orElseThrow().name());
    assertEquals("payments-team", owners.ownerOf("refunds-worker", "/aws/lambda/refunds-worker").orElseThrow().name());
    assertEquals("platform", owners.ownerOf("node-7", "/aws/eks/prod/node-7").orElseThrow().name());
    assertEquals("platform", owners.ownerOf("ingress1", "/ecs/ingress1").orElseThrow().name());
    assertEquals(Optional.empty(), owners.ownerOf("refunds", "/ecs/refunds"), "refunds-* needs the dash");
    assertEquals(Optional.empty(), owners.ownerOf("everything", "/ecs/everything"), "the commented team is not parsed");
    assertEquals(Optional.empty(), owners.ownerOf("checkout", "/ecs/ingress12"));
  }

  @Test
  void brokenFilesNameFileAndLine() {
    assertEquals("owners.md:2: unknown field 'service' (services, log-groups, slack-channel)",
        assertThrows(IllegalArgumentException.class, () -> Owners.parse("## a\n- service: x\n")).getMessage());
    assertEquals("owners.md:3: duplicate team a (first at line 1)",
        assertThrows(IllegalArgumentException.class, () -> Owners.parse("## a\n- services: x\n## a\n- services: y\n"))
            .getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Owners.parse("## a\n- services: *\n")).getMessage()
        .startsWith("owners.md:2: "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Owners.parse("## a\nJust text.\n")).getMessage()
        .startsWith("owners.md:1: team a has neither"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Owners.parse("## a\n- slack-channel: #pay\n"))
        .getMessage().startsWith("owners.md:2: slack-channel"));
  }

  @Test
  void theCardNamesTheOwnerOnEveryMediumAndInTheJson() throws Exception {
    List<Card> posted = new ArrayList<>();
    Notifier sink = c -> {
      posted.add(c);
      return Delivery.console();
    };
    OwnerNotifier n = new OwnerNotifier(new Owners(Owners.parse(FILE)), sink, null);

    Card c = n.addressed(card("payments", "/ecs/payments", Confidence.HIGH));
    n.post(c);

    assertEquals("payments-team", posted.get(0).owner());
    assertTrue(ConsoleNotifier.render(c).contains("│ owner:       payments-team"), ConsoleNotifier.render(c));
    // Discord and Slack show it too: DiscordCardTest, SlackCardTest.
    java.io.StringWriter w = new java.io.StringWriter();
    try (var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(w)) {
      CardJson.write(g, c, "notified", null);
    }
    assertEquals("payments-team", new ObjectMapper().readTree(w.toString()).path("owner").asText());

    Card orphan = n.addressed(card("checkout", "/ecs/checkout", Confidence.HIGH));
    assertNull(orphan.owner());
    assertTrue(ConsoleNotifier.render(orphan).contains("no owner (add the service to owners.md)"));
  }

  @Test
  void aTeamWithItsOwnChannelGetsItsCardsAndItsOwnBudgetAndDigest() {
    List<String> where = new ArrayList<>();
    Notifier fallback = new Notifier() {
      @Override
      public Delivery post(Card c) {
        where.add("default");
        return Delivery.console();
      }

      @Override
      public Delivery postDigest(String destination, Digest d) {
        where.add("default-digest:" + destination);
        return Delivery.console();
      }
    };
    OwnerNotifier n = new OwnerNotifier(new Owners(Owners.parse(FILE)), fallback, channel -> new Notifier() {
      @Override
      public Delivery post(Card c) {
        where.add(channel);
        return Delivery.console();
      }

      @Override
      public Delivery postDigest(String destination, Digest d) {
        where.add(channel + "-digest");
        return Delivery.console();
      }
    });

    Card pay = n.addressed(card("payments", "/ecs/payments", Confidence.HIGH));
    Card infra = n.addressed(card("node", "/aws/eks/node", Confidence.HIGH));
    n.post(pay);
    n.post(infra);
    n.postDigest(n.destinationFor(pay), null);
    n.postDigest(n.destinationFor(infra), null);

    assertEquals("team:payments-team", n.destinationFor(pay));
    assertEquals("default", n.destinationFor(infra), "platform has no channel of its own");
    assertEquals(List.of("C0PAYMENTS1", "default", "C0PAYMENTS1-digest", "default-digest:default"), where);
  }

  @Test
  void aPublishedOwnersFileReplacesTheTeamsOnlyWhenItParses() {
    Owners owners = new Owners(Owners.parse(FILE));
    assertThrows(IllegalArgumentException.class, () -> owners.useText("## broken\n- nope: x\n"));
    assertEquals(2, owners.teams().size());
    owners.useText("## checkout-team\n- services: checkout\n");
    assertEquals("checkout-team", owners.ownerOf("checkout", "/ecs/checkout").orElseThrow().name());
  }

  @Test
  void lowConfidenceIsGreyAndSaysSoInTheTitle() {
    Card low = card("payments", "/ecs/payments", Confidence.LOW);
    Card high = card("payments", "/ecs/payments", Confidence.HIGH);

    assertEquals("[dependency, low confidence] payments: Redis refused connections", CardText.title(low));
    assertEquals("[dependency] payments: Redis refused connections", CardText.title(high));
    assertTrue(ConsoleNotifier.render(low).startsWith("┌ [dependency, low confidence] payments"));
  }

  @Test
  void theShippedOwnersFilesParse() throws Exception {
    for (Path p : List.of(Path.of("examples/owners.md"))) {
      if (java.nio.file.Files.isRegularFile(p)) {
        assertFalse(Owners.parse(java.nio.file.Files.readString(p)).isEmpty(), p.toString());
      }
    }
    Owners.load(null);
  }
}
