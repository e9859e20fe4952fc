package dev.logsift.chat.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.notify.Digest;
import dev.logsift.notify.DigestPages;
import dev.logsift.notify.DigestText;
import java.util.List;

/**
 * Slack bodies for the digest of cards past a destination's hourly budget, one per digest message (see
 * DigestPages); same escaping and limits as cards.
 */
final class SlackDigest {
  static final int PAGES = 10;

  private SlackDigest() {}

  /** @param channel for chat.postMessage / chat.update, or null for an incoming webhook */
  static List<DigestPages.Message> messages(Digest d, String channel, int from) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return DigestPages.render(d, from, PAGES, (m, n, pages) -> {
      ObjectNode body = f.objectNode();
      if (channel != null) {
        body.put("channel", channel);
      }
      String plain = m > 0 ? DigestText.continued(d, m, n, DigestPages.first(pages), DigestPages.last(pages))
          : from == 0 ? DigestText.title(d)
          : DigestText.title(d) + "; " + (d.entries().size() - from) + " named below for the first time";
      String title = SlackText.escape(plain);
      body.put("text", SlackText.truncate(title, SlackCard.TEXT));
      body.put("mrkdwn", false);
      body.put("link_names", false);
      body.put("unfurl_links", false);
      body.put("unfurl_media", false);
      ArrayNode blocks = body.putArray("blocks");
      blocks.addObject().put("type", "header").set("text", f.objectNode().put("type", "plain_text")
          .put("text", SlackText.truncate(title, SlackCard.HEADER)).put("emoji", false));
      for (DigestPages.Page p : pages) {
        String text = DigestPages.text(d.entries(), p, SlackText::escape, SlackText::truncate);
        blocks.addObject().put("type", "section").set("text", f.objectNode().put("type", "mrkdwn")
            .put("text", SlackText.truncate(text, SlackCard.SECTION)).put("verbatim", true));
      }
      return body;
    });
  }

  /** The first message's body: the whole digest when it fits one message. */
  static ObjectNode body(Digest d, String channel) {
    return messages(d, channel, 0).get(0).body();
  }
}
