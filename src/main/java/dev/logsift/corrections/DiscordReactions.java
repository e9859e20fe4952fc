package dev.logsift.corrections;

import java.time.Instant;
import java.util.List;

/** Port: what the Discord poll reads from and writes to the channel the cards are in. */
public interface DiscordReactions {
  String CONFIRM = "\u2705";
  String CORRECT = "\u270F\uFE0F";

  record User(String id, boolean bot) {}

  /** @param replyTo the message this one replies to (message_reference.message_id), or null */
  record Message(String id, String authorId, boolean authorBot, String content, String replyTo, Instant at) {}

  /** Everyone who reacted to the message with the emoji; empty when the message is gone. */
  List<User> reactors(String channel, String messageId, String emoji);

  /** Messages posted after the card that reply to it. */
  List<Message> repliesTo(String channel, String messageId);

  /** Posts a reply to the message that pings only the given user. */
  void reply(String channel, String messageId, String userId, String text);

  /** A link that opens the message in Discord. */
  String link(String channel, String messageId);
}
