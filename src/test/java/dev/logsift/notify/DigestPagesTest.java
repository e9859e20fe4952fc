package dev.logsift.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestPagesTest {
  private static List<Digest.Entry> entries(int n, String summary) {
    return Cards.digestEntries(n, summary);
  }

  private static Digest digest(List<Digest.Entry> e) {
    return Cards.digest(e);
  }

  @Test
  void pastTheLimitTheTitleStillCountsExactly() {
    List<Digest.Entry> merged = new ArrayList<>(entries(Digest.MAX_ENTRIES, "s"));
    merged.add(new Digest.Entry(Digest.OTHERS, "", "", Digest.othersSummary(5), 17, List.of()));
    Digest d = digest(merged);
    assertEquals(1005, d.fingerprints());
    assertTrue(DigestText.title(d).contains("1,005 more fingerprints"), DigestText.title(d));
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
}
