package dev.logsift.notify;

/** Port: posts a card to a chat destination. */
public interface Notifier {
  /** @throws dev.logsift.core.DownstreamUnavailableException when the destination stayed unavailable */
  Delivery post(Card card);
}
