package dev.logsift.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import dev.logsift.notify.Card;
import dev.logsift.notify.Cards;
import org.junit.jupiter.api.Test;

/** The owner and the confidence on the Discord embed (moved from OwnersTest). */
class DiscordCardTest {
  @Test
  void theEmbedNamesTheOwner() {
    Card c = Cards.card("payments", "/ecs/payments", Confidence.HIGH).withOwner("payments-team");
    JsonNode fields = DiscordCard.build(c).path("embeds").path(0).path("fields");
    assertTrue(fields.toString().contains("{\"name\":\"Owner\",\"value\":\"payments-team\""), fields.toString());
  }

  @Test
  void lowConfidenceIsGrey() {
    Card low = Cards.card("payments", "/ecs/payments", Confidence.LOW);
    Card high = Cards.card("payments", "/ecs/payments", Confidence.HIGH);
    assertEquals(DiscordCard.LOW_CONFIDENCE, DiscordCard.build(low).path("embeds").path(0).path("color").asInt());
    assertEquals(DiscordCard.color(Category.DEPENDENCY), DiscordCard.build(high).path("embeds").path(0).path("color").asInt());
    assertNotEquals(DiscordCard.color(Category.DEPENDENCY), DiscordCard.LOW_CONFIDENCE);
  }
}
