package dev.logsift.chat.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.notify.Cards;
import dev.logsift.notify.Digest;
import dev.logsift.notify.DigestPages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The digest's Slack messages (moved from DigestPagesTest). */
class SlackDigestTest {
  @Test
  void everyFingerprintIsNamedWithinLimitsEvenWithHostileSummaries() {
    String hostile = "&<>*_`[x](http://e.x) @everyone ".repeat(20);
    Digest d = Cards.digest(Cards.digestEntries(Digest.MAX_ENTRIES, hostile));
    List<DigestPages.Message> slack = SlackDigest.messages(d, "C1", 0);
    assertTrue(slack.size() <= 3, slack.size() + " Slack messages");
    StringBuilder allSlack = new StringBuilder();
    for (DigestPages.Message m : slack) {
      assertTrue(m.body().path("blocks").size() <= SlackCard.BLOCKS);
      for (JsonNode b : m.body().path("blocks")) {
        assertTrue(b.path("text").path("text").asText().length() <= SlackCard.SECTION);
      }
      allSlack.append(m.body());
    }
    for (Digest.Entry e : d.entries()) {
      assertTrue(allSlack.toString().contains(e.fingerprint()), e.fingerprint() + " not in Slack");
    }
  }

  @Test
  void pastTheLimitTheRestIsSummedOnTheLastMessage() {
    List<Digest.Entry> merged = new ArrayList<>(Cards.digestEntries(Digest.MAX_ENTRIES, "s"));
    merged.add(new Digest.Entry(Digest.OTHERS, "", "", Digest.othersSummary(5), 17, List.of()));
    String last = SlackDigest.messages(Cards.digest(merged), "C1", 0).get(2).body().toString();
    assertTrue(last.contains("and 5 more fingerprints past the digest"), last);
  }
}
