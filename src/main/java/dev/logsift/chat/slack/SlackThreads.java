package dev.logsift.chat.slack;

/** Port: posts a reply into a card's thread (to ask a ✏️ reactor for "category: reason"). */
public interface SlackThreads {
  void reply(String channel, String threadTs, String text);
}
