package dev.logsift.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Chat bodies for the digest of cards past a destination's hourly budget, one per digest message (see
 * DigestPages); same escaping and limits as cards.
 */
final class DigestCards {
  /** Two pages of at most 2,800 characters each stay under Discord's 6,000 per message with title and footer. */
  static final int DISCORD_PAGES = 2;
  static final int SLACK_PAGES = 10;

  private DigestCards() {}

  /** A message to post or edit: its position among the digest's messages and its body. */
  record Message(int index, boolean touched, ObjectNode body) {}

  static List<Message> discord(Digest d, int from) {
    List<List<DigestPages.Page>> messages = DigestPages.messages(DigestPages.pages(d.entries(), from), DISCORD_PAGES);
    List<Message> out = new ArrayList<>(messages.size());
    JsonNodeFactory f = JsonNodeFactory.instance;
    for (int m = 0; m < messages.size(); m++) {
      List<DigestPages.Page> pages = messages.get(m);
      ObjectNode body = f.objectNode();
      body.putObject("allowed_mentions").putArray("parse");
      ArrayNode embeds = body.putArray("embeds");
      String title = m == 0 ? DigestText.title(d)
          : DigestText.continued(d, m, messages.size(), DigestPages.first(pages), DigestPages.last(pages));
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
      out.add(new Message(m, m == 0 || DigestPages.touched(d, pages), body));
    }
    return out;
  }

  /** @param channel for chat.postMessage / chat.update, or null for an incoming webhook */
  static List<Message> slack(Digest d, String channel, int from) {
    List<List<DigestPages.Page>> messages = DigestPages.messages(DigestPages.pages(d.entries(), from), SLACK_PAGES);
    List<Message> out = new ArrayList<>(messages.size());
    JsonNodeFactory f = JsonNodeFactory.instance;
    for (int m = 0; m < messages.size(); m++) {
      List<DigestPages.Page> pages = messages.get(m);
      ObjectNode body = f.objectNode();
      if (channel != null) {
        body.put("channel", channel);
      }
      String plain = m > 0 ? DigestText.continued(d, m, messages.size(), DigestPages.first(pages),
          DigestPages.last(pages)) : from == 0 ? DigestText.title(d)
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
      out.add(new Message(m, m == 0 || DigestPages.touched(d, pages), body));
    }
    return out;
  }

  /** The first message's body: the whole digest when it fits one message. */
  static ObjectNode discord(Digest d) {
    return discord(d, 0).get(0).body();
  }

  static ObjectNode slack(Digest d, String channel) {
    return slack(d, channel, 0).get(0).body();
  }
}
