package dev.logsift.chat.discord;

import dev.logsift.notify.Card;
import dev.logsift.notify.CardText;
import dev.logsift.notify.Text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;

/**
 * The execute-webhook body for one card. Every limit is met by cutting text here, because Discord answers
 * an oversized embed with 400 and the card would be lost.
 */
final class DiscordCard {
  static final int CONTENT = 2000;
  static final int TITLE = 256;
  static final int DESCRIPTION = 4096;
  static final int FIELD_NAME = 256;
  static final int FIELD_VALUE = 1024;
  static final int FOOTER = 2048;
  static final int FIELDS = 25;
  static final int EMBED_TOTAL = 6000;
  static final String PROPOSAL = "First response (proposal)";
  /** Grey: a low-confidence guess must not look like a firm red or orange verdict. */
  static final int LOW_CONFIDENCE = 0x95A5A6;

  private DiscordCard() {}

  static ObjectNode build(Card c) {
    Classification cl = c.classification();
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode body = f.objectNode();
    String headline = cl.category().wire() + " · " + Text.orDash(c.service())
        + (c.flags().isEmpty() ? "" : " · " + String.join(" · ", c.flags()));
    body.put("content", Text.truncate(Text.oneLine(DiscordText.plain(headline)), CONTENT));
    body.putObject("allowed_mentions").putArray("parse");

    ObjectNode embed = f.objectNode();
    String title = Text.truncate(Text.oneLine(DiscordText.plain(CardText.title(c))), TITLE);
    embed.put("title", title);
    embed.put("color", CardText.isLowConfidence(cl) ? LOW_CONFIDENCE : color(cl.category()));
    int used = title.length();

    ArrayNode fields = f.arrayNode();
    used += field(fields, PROPOSAL, DiscordText.plain(Text.orDash(cl.firstResponse())), FIELD_VALUE, false);
    used += field(fields, "Confidence", DiscordText.plain(cl.confidence().wire() + " · " + CardText.sourceLabel(cl)),
        256, true);
    used += field(fields, "Count", DiscordText.plain(CardText.counts(c)), 256, true);
    if (!c.flags().isEmpty()) {
      used += field(fields, "Flags", DiscordText.plain(String.join("\n", c.flags())), FIELD_VALUE, false);
    }
    used += field(fields, "Fingerprint", inlineCode(c.fingerprint()), 128, true);
    used += field(fields, "Log group", DiscordText.plain(Text.orDash(c.logGroup())), 512, true);
    used += field(fields, "Owner", DiscordText.plain(CardText.owner(c)), 256, true);

    String footer = "logsift · " + CardText.HOW_TO_CORRECT + (c.firstSeen() == null ? "" : " · first seen");
    used += footer.length();
    embed.putObject("footer").put("text", Text.truncate(footer, FOOTER));
    if (c.firstSeen() != null) {
      embed.put("timestamp", c.firstSeen().toString());
    }

    // The sample gets whatever the other parts leave of the 6000 total: it is the longest and least vital.
    String description = DiscordText.codeBlock(c.sample(), Math.min(DESCRIPTION, EMBED_TOTAL - used));
    if (!description.isEmpty()) {
      embed.put("description", description);
    }
    embed.set("fields", fields);
    body.putArray("embeds").add(embed);
    return body;
  }

  /** Adds a field cut to its cap (and never empty: Discord refuses empty values); returns its length. */
  private static int field(ArrayNode fields, String name, String value, int cap, boolean inline) {
    if (fields.size() >= FIELDS) {
      return 0;
    }
    String n = Text.truncate(name, FIELD_NAME);
    String v = Text.truncate(value.isBlank() ? "—" : value, Math.min(cap, FIELD_VALUE));
    fields.addObject().put("name", n).put("value", v).put("inline", inline);
    return n.length() + v.length();
  }

  private static String inlineCode(String s) {
    String v = Text.clean(s);
    return v.isEmpty() || v.indexOf('`') >= 0 ? DiscordText.plain(Text.orDash(v)) : "`" + DiscordText.mentionsBroken(v) + "`";
  }

  static int color(Category c) {
    return switch (c) {
      case SECURITY -> 0xE74C3C;
      case APPLICATION -> 0xE67E22;
      case DEPENDENCY -> 0xF1C40F;
      case TRANSIENT -> 0x3498DB;
      case UNKNOWN -> 0x95A5A6;
    };
  }
}
