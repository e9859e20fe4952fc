package dev.logsift.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.notify.Cards;
import dev.logsift.notify.Digest;
import dev.logsift.notify.DigestPages;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The digest's Discord messages (moved from DigestPagesTest). */
class DiscordDigestTest {
  @Test
  void everyFingerprintIsNamedWithinLimitsEvenWithHostileSummaries() {
    String hostile = "&<>*_`[x](http://e.x) @everyone ".repeat(20);
    Digest d = Cards.digest(Cards.digestEntries(Digest.MAX_ENTRIES, hostile));
    List<DigestPages.Message> discord = DiscordDigest.messages(d, 0);
    assertTrue(discord.size() <= 13, discord.size() + " Discord messages");
    StringBuilder all = new StringBuilder();
    for (DigestPages.Message m : discord) {
      int total = 0;
      for (JsonNode e : m.body().path("embeds")) {
        assertTrue(e.path("description").asText().length() <= DiscordCard.DESCRIPTION);
        total += e.path("title").asText().length() + e.path("description").asText().length()
            + e.path("footer").path("text").asText().length();
      }
      assertTrue(total <= DiscordCard.EMBED_TOTAL, "message " + m.index() + " has " + total + " characters");
      all.append(m.body());
    }
    for (Digest.Entry e : d.entries()) {
      assertTrue(all.toString().contains(e.fingerprint()), e.fingerprint() + " not in Discord");
    }
    assertFalse(all.toString().contains("@everyone"));
  }

  @Test
  void onlyTheFirstMessageAndThoseShowingTheUpdateAreEdited() {
    List<Digest.Entry> e = Cards.digestEntries(400, "s");
    Digest d = Cards.digest(e).withUpdated(Set.of(e.get(390).fingerprint()));
    List<DigestPages.Message> m = DiscordDigest.messages(d, 0);
    List<Integer> touched = m.stream().filter(DigestPages.Message::touched).map(DigestPages.Message::index).toList();
    assertEquals(List.of(0, m.size() - 1), touched);
  }
}
