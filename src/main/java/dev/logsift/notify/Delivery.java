package dev.logsift.notify;

/**
 * Where a card landed. messageId and channel are what the corrections loop needs to read reactions.
 *
 * @param destination "console", "discord" or "slack"
 */
public record Delivery(String destination, String channel, String messageId) {
  public static Delivery console() {
    return new Delivery("console", "", "");
  }
}
