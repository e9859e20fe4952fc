package dev.logsift.dedup;

/**
 * Where a remembered card was posted: the store's own copy of what the notifier reported, so the store
 * does not depend on chat types. The corrections loop reads reactions through channel and messageId.
 *
 * @param destination "console", "discord", "slack", "digest" (a line inside the hourly digest) or "none"
 */
public record PostedMessage(String destination, String channel, String messageId) {

  /** A card of its own in a chat channel: not the console, not a line inside the hourly digest. */
  public boolean inChat() {
    return !"console".equals(destination) && !"digest".equals(destination) && !"none".equals(destination);
  }
}
