package dev.logsift.chat.discord;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Port: what the Discord poll reads from and writes to the channel the cards are in. */
public interface DiscordReactions {
  String CONFIRM = "\u2705";
  String CORRECT = "\u270F\uFE0F";
  /** Discord's page size for channel history. */
  int PAGE = 100;

  record User(String id, boolean bot) {}

  /**
   * @param replyTo the message this one replies to (message_reference.message_id), or null
   * @param reactions reaction count per emoji name, every reactor counted (bots too); empty when unknown
   */
  record Message(String id, String authorId, boolean authorBot, String content, String replyTo, Instant at,
      Map<String, Integer> reactions) {
    public Message(String id, String authorId, boolean authorBot, String content, String replyTo, Instant at) {
      this(id, authorId, authorBot, content, replyTo, at, Map.of());
    }

    /** How many reacted with the emoji; the variation selector (U+FE0F) is optional on either side. */
    public int count(String emoji) {
      String want = emoji.replace("\uFE0F", "");
      int n = 0;
      for (Map.Entry<String, Integer> e : reactions.entrySet()) {
        if (e.getKey().replace("\uFE0F", "").equals(want)) {
          n += e.getValue();
        }
      }
      return n;
    }
  }

  /**
   * One page of the channel's history, newest first: up to {@link #PAGE} messages older than {@code before}
   * (null: the newest), each with its reaction counts. Empty when the channel is gone.
   */
  List<Message> history(String channel, String before);

  /** Everyone who reacted to the message with the emoji; empty when the message is gone. */
  List<User> reactors(String channel, String messageId, String emoji);

  /** Messages posted after the card that reply to it. */
  List<Message> repliesTo(String channel, String messageId);

  /** Posts a reply to the message that pings only the given user. */
  void reply(String channel, String messageId, String userId, String text);

  /** A link that opens the message in Discord. */
  String link(String channel, String messageId);
}
