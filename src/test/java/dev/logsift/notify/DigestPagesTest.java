package dev.logsift.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestPagesTest {
  private static List<Digest.Entry> entries(int n, String summary) {
    List<Digest.Entry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Digest.Entry(String.format("%016x", 0xabc000L + i), "service-" + (i % 7), "application",
          i < Digest.DETAILED_ENTRIES ? summary : "", 3, i % 5 == 0 ? List.of("NEW", "SPIKE: 40 in 5 min") : List.of()));
    }
    return out;
  }

  private static Digest digest(List<Digest.Entry> e) {
    return new Digest("default", Instant.parse("2026-11-27T08:00:00Z"), e, "", "");
  }

  @Test
  void pagesNeverMoveAsTheDigestGrows() {
    List<Digest.Entry> big = entries(700, "s");
    List<DigestPages.Page> before = DigestPages.pages(big.subList(0, 300), 0);
    List<DigestPages.Page> after = DigestPages.pages(big, 0);
    for (int i = 0; i < before.size() - 1; i++) {
      assertEquals(before.get(i), after.get(i));
    }
    assertEquals(10 + 10, after.size(), "150 detailed entries in pages of 15, 550 compact in pages of 60");
  }

  @Test
  void everyFingerprintIsNamedWithinLimitsEvenWithHostileSummaries() {
    String hostile = "&<>*_`[x](http://e.x) @everyone ".repeat(20);
    Digest d = digest(entries(Digest.MAX_ENTRIES, hostile));
    List<DigestCards.Message> discord = DigestCards.discord(d, 0);
    assertTrue(discord.size() <= 13, discord.size() + " Discord messages");
    StringBuilder all = new StringBuilder();
    for (DigestCards.Message m : discord) {
      int total = 0;
      for (JsonNode e : m.body().path("embeds")) {
        assertTrue(e.path("description").asText().length() <= DiscordCard.DESCRIPTION);
        total += e.path("title").asText().length() + e.path("description").asText().length()
            + e.path("footer").path("text").asText().length();
      }
      assertTrue(total <= DiscordCard.EMBED_TOTAL, "message " + m.index() + " has " + total + " characters");
      all.append(m.body());
    }
    List<DigestCards.Message> slack = DigestCards.slack(d, "C1", 0);
    assertTrue(slack.size() <= 3, slack.size() + " Slack messages");
    StringBuilder allSlack = new StringBuilder();
    for (DigestCards.Message m : slack) {
      assertTrue(m.body().path("blocks").size() <= SlackCard.BLOCKS);
      for (JsonNode b : m.body().path("blocks")) {
        assertTrue(b.path("text").path("text").asText().length() <= SlackCard.SECTION);
      }
      allSlack.append(m.body());
    }
    for (Digest.Entry e : d.entries()) {
      assertTrue(all.toString().contains(e.fingerprint()), e.fingerprint() + " not in Discord");
      assertTrue(allSlack.toString().contains(e.fingerprint()), e.fingerprint() + " not in Slack");
    }
    assertFalse(all.toString().contains("@everyone"));
  }

  @Test
  void pastTheLimitTheTitleStillCountsExactlyAndTheRestIsSummed() {
    List<Digest.Entry> merged = new ArrayList<>(entries(Digest.MAX_ENTRIES, "s"));
    merged.add(new Digest.Entry(Digest.OTHERS, "", "", Digest.othersSummary(5), 17, List.of()));
    Digest d = digest(merged);
    assertEquals(1005, d.fingerprints());
    assertTrue(DigestText.title(d).contains("1,005 more fingerprints"), DigestText.title(d));
    String last = DigestCards.slack(d, "C1", 0).get(2).body().toString();
    assertTrue(last.contains("and 5 more fingerprints past the digest"), last);
  }

  @Test
  void onlyTheFirstMessageAndThoseShowingTheUpdateAreEdited() {
    List<Digest.Entry> e = entries(400, "s");
    Digest d = digest(e).withUpdated(Set.of(e.get(390).fingerprint()));
    List<DigestCards.Message> m = DigestCards.discord(d, 0);
    List<Integer> touched = m.stream().filter(DigestCards.Message::touched).map(DigestCards.Message::index).toList();
    assertEquals(List.of(0, m.size() - 1), touched);
  }
}
