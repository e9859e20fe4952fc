package dev.logsift.chat.slack;

import dev.logsift.notify.Card;
import dev.logsift.notify.CardText;
import dev.logsift.notify.Text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.classify.Classification;

/**
 * The chat.postMessage (or incoming-webhook) body for one card. Limits are met by cutting text here: Slack
 * refuses oversized blocks with invalid_blocks and the card would be lost.
 */
final class SlackCard {
  static final int TEXT = 4000;
  static final int HEADER = 150;
  static final int SECTION = 3000;
  static final int FIELD = 2000;
  static final int CONTEXT = 2000;
  static final int BLOCKS = 50;
  static final String PROPOSAL = "First response (proposal)";

  private SlackCard() {}

  /** @param channel the channel id, or null for an incoming webhook (which has its channel built in) */
  static ObjectNode build(Card c, String channel) {
    Classification cl = c.classification();
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode body = f.objectNode();
    if (channel != null) {
      body.put("channel", channel);
    }
    String title = SlackText.escape(Text.oneLine(CardText.title(c)));
    // The fallback text shows in notifications; it is never parsed as mrkdwn, so it can hold nothing live.
    body.put("text", SlackText.truncate(title, TEXT));
    body.put("mrkdwn", false);
    body.put("link_names", false);
    body.put("unfurl_links", false);
    body.put("unfurl_media", false);

    ArrayNode blocks = body.putArray("blocks");
    String header = SlackText.truncate(title, HEADER);
    blocks.addObject().put("type", "header").set("text", plain(header));
    if (!header.equals(title)) {
      section(blocks, "*Summary*\n" + SlackText.escape(Text.orDash(cl.summary())));
    }
    ObjectNode facts = blocks.addObject().put("type", "section");
    ArrayNode fields = facts.putArray("fields");
    fields.add(mrkdwn(SlackText.truncate("*Confidence*\n" + SlackText.escape(cl.confidence().wire() + " · "
        + CardText.sourceLabel(cl)), FIELD)));
    fields.add(mrkdwn(SlackText.truncate("*Count*\n" + SlackText.escape(CardText.counts(c)), FIELD)));
    fields.add(mrkdwn(SlackText.truncate("*Fingerprint*\n" + inlineCode(c.fingerprint()), FIELD)));
    fields.add(mrkdwn(SlackText.truncate("*Log group*\n" + inlineCode(c.logGroup()), FIELD)));
    fields.add(mrkdwn(SlackText.truncate("*Owner*\n" + SlackText.escape(CardText.owner(c)), FIELD)));
    if (!c.flags().isEmpty()) {
      section(blocks, "*Flags*\n" + SlackText.escape(String.join("\n", c.flags())));
    }
    section(blocks, "*" + PROPOSAL + "*\n" + SlackText.escape(Text.orDash(cl.firstResponse())));
    String sample = c.sample() == null || c.sample().isBlank() ? "(empty sample)" : c.sample();
    blocks.addObject().put("type", "section").set("text", mrkdwn(SlackText.codeBlock(sample, SECTION)));
    String footer = "logsift · " + CardText.HOW_TO_CORRECT_SLACK
        + (c.firstSeen() == null ? "" : " · first seen " + c.firstSeen());
    blocks.addObject().put("type", "context").putArray("elements").add(mrkdwn(SlackText.truncate(footer, CONTEXT)));
    return body;
  }

  private static void section(ArrayNode blocks, String escapedMrkdwn) {
    if (blocks.size() < BLOCKS) {
      blocks.addObject().put("type", "section").set("text", mrkdwn(SlackText.truncate(escapedMrkdwn, SECTION)));
    }
  }

  /** verbatim: Slack must not turn bare names or URLs into links or mentions either. */
  private static ObjectNode mrkdwn(String escaped) {
    return JsonNodeFactory.instance.objectNode().put("type", "mrkdwn").put("text", escaped).put("verbatim", true);
  }

  private static ObjectNode plain(String escaped) {
    return JsonNodeFactory.instance.objectNode().put("type", "plain_text").put("text", escaped).put("emoji", false);
  }

  /** Copyable identifiers in code style, so mrkdwn cannot eat their underscores. */
  private static String inlineCode(String s) {
    String v = SlackText.escape(Text.oneLine(Text.orDash(s)));
    return v.indexOf('`') >= 0 ? v : "`" + v + "`";
  }
}
