package dev.logsift.notify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Chat bodies for the digest of cards past a destination's hourly budget; same limits as cards. */
final class DigestCards {
  private DigestCards() {}

  static ObjectNode discord(Digest d) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode body = f.objectNode();
    body.putObject("allowed_mentions").putArray("parse");
    ObjectNode embed = f.objectNode();
    String title = Text.truncate(DiscordText.plain(DigestText.title(d)), DiscordCard.TITLE);
    embed.put("title", title);
    embed.put("color", 0x7F8C8D);
    StringBuilder lines = new StringBuilder();
    for (Digest.Entry e : d.entries()) {
      lines.append("• ").append(DiscordText.plain(Text.oneLine(DigestText.line(e)))).append('\n');
    }
    embed.put("description", Text.truncate(lines.toString(), Math.min(DiscordCard.DESCRIPTION,
        DiscordCard.EMBED_TOTAL - title.length() - 64)));
    embed.putObject("footer").put("text", "logsift digest · period from " + d.periodStart());
    body.putArray("embeds").add(embed);
    return body;
  }

  /** @param channel for chat.postMessage / chat.update, or null for an incoming webhook */
  static ObjectNode slack(Digest d, String channel) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode body = f.objectNode();
    if (channel != null) {
      body.put("channel", channel);
    }
    if (!d.messageId().isEmpty()) {
      body.put("ts", d.messageId());
    }
    String title = SlackText.escape(DigestText.title(d));
    body.put("text", SlackText.truncate(title, SlackCard.TEXT));
    body.put("mrkdwn", false);
    body.put("link_names", false);
    body.put("unfurl_links", false);
    body.put("unfurl_media", false);
    ArrayNode blocks = body.putArray("blocks");
    blocks.addObject().put("type", "header").set("text", f.objectNode().put("type", "plain_text")
        .put("text", SlackText.truncate(title, SlackCard.HEADER)).put("emoji", false));
    StringBuilder section = new StringBuilder();
    for (Digest.Entry e : d.entries()) {
      String line = "• " + SlackText.escape(Text.oneLine(DigestText.line(e))) + "\n";
      if (section.length() + line.length() > SlackCard.SECTION) {
        addSection(blocks, section.toString());
        section.setLength(0);
      }
      section.append(line);
    }
    addSection(blocks, section.toString());
    return body;
  }

  private static void addSection(ArrayNode blocks, String text) {
    if (!text.isEmpty() && blocks.size() < SlackCard.BLOCKS) {
      blocks.addObject().put("type", "section").set("text", JsonNodeFactory.instance.objectNode()
          .put("type", "mrkdwn").put("text", SlackText.truncate(text, SlackCard.SECTION)).put("verbatim", true));
    }
  }
}
