package dev.logsift.notify;

/** Port: posts a card to a chat destination. */
public interface Notifier {
  /** @throws dev.logsift.core.DownstreamUnavailableException when the destination stayed unavailable */
  Delivery post(Card card);

  /** The card as this notifier will post it, e.g. with its owning team; the pipeline reports this card. */
  default Card addressed(Card card) {
    return card;
  }

  /** Key of the destination a card goes to; alert budgets are kept per destination. */
  default String destinationFor(Card card) {
    return "default";
  }

  /**
   * Posts the digest of cards past the destination's budget, or edits the message that shows it when
   * {@code digest.messageId()} is set. Adapters that cannot edit post a new message. Chat adapters must
   * override this; the default suits sinks whose caller prints the batch report instead.
   */
  default Delivery postDigest(String destination, Digest digest) {
    return new Delivery("none", "", "");
  }
}
