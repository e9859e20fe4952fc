package dev.logsift.chat.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.notify.Digest;
import dev.logsift.notify.DigestPages;
import dev.logsift.notify.DigestText;
import dev.logsift.notify.Text;
import java.util.List;

/**
 * Discord bodies for the digest of cards past a destination's hourly budget, one per digest message (see
 * DigestPages); same escaping and limits as cards.
 */
final class DiscordDigest {
  /** Two pages of at most 2,800 characters each stay under Discord's 6,000 per message with title and footer. */
  static final int PAGES = 2;

  private DiscordDigest() {}

  static List<DigestPages.Message> messages(Digest d, int from) {
    return DigestPages.render(d, from, PAGES, (m, n, pages) -> {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.putObject("allowed_mentions").putArray("parse");
      ArrayNode embeds = body.putArray("embeds");
      String title = m == 0 ? DigestText.title(d)
          : DigestText.continued(d, m, n, DigestPages.first(pages), DigestPages.last(pages));
      for (int p = 0; p < Math.max(1, pages.size()); p++) {
        ObjectNode embed = embeds.addObject();
        if (p == 0) {
          embed.put("title", Text.truncate(DiscordText.plain(title), DiscordCard.TITLE));
        }
        embed.put("color", 0x7F8C8D);
        if (p < pages.size()) {
          embed.put("description", Text.truncate(DigestPages.text(d.entries(), pages.get(p), DiscordText::plain,
              Text::truncate), DiscordCard.DESCRIPTION));
        }
      }
      ((ObjectNode) embeds.get(embeds.size() - 1)).putObject("footer").put("text",
          "logsift digest · period from " + d.periodStart());
      return body;
    });
  }

  /** The first message's body: the whole digest when it fits one message. */
  static ObjectNode body(Digest d) {
    return messages(d, 0).get(0).body();
  }
}
