package dev.logsift.chat.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Confidence;
import dev.logsift.notify.Card;
import dev.logsift.notify.Cards;
import org.junit.jupiter.api.Test;

/** The owner and the confidence on the Slack blocks (moved from OwnersTest). */
class SlackCardTest {
  @Test
  void theBlocksNameTheOwner() {
    Card c = Cards.card("payments", "/ecs/payments", Confidence.HIGH).withOwner("payments-team");
    assertTrue(SlackCard.build(c, "C1").toString().contains("*Owner*\\npayments-team"));
  }

  @Test
  void lowConfidenceSaysSoInTheHeader() {
    Card low = Cards.card("payments", "/ecs/payments", Confidence.LOW);
    assertTrue(SlackCard.build(low, "C1").path("blocks").path(0).toString().contains("low confidence"));
  }
}
