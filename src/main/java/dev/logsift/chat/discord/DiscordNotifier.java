package dev.logsift.chat.discord;

import dev.logsift.core.JsonStreams;
import dev.logsift.http.HttpTransport;
import dev.logsift.core.Retrier;
import dev.logsift.http.Sender;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import dev.logsift.notify.DigestPages;
import dev.logsift.notify.Notifier;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts a card as one embed through an execute-webhook URL, with ?wait=true so Discord returns the message:
 * its id and channel are what the corrections loop reads reactions from.
 */
public final class DiscordNotifier implements Notifier {
  static final String SERVICE = "discord";
  /** Stands for a digest message whose id Discord did not return; the next update posts it again. */
  static final String UNKNOWN_ID = "-";

  private final URI url;
  private final URI webhook;
  private final Sender sender;

  /** @param webhookUrl https://discord.com/api/webhooks/{id}/{token}; it is a secret and never printed */
  public DiscordNotifier(URI webhookUrl, HttpTransport transport) {
    this.url = withWait(webhookUrl);
    this.webhook = webhookUrl;
    this.sender = new Sender(SERVICE, transport);
  }

  /**
   * The digest's messages: the first is posted, later updates edit the messages that changed (PATCH
   * .../messages/{id}) and post the ones it grew into. A message someone deleted (404) is posted again
   * instead of failing every later batch of the hour. The delivery's message id lists them all.
   */
  @Override
  public Delivery postDigest(String destination, Digest digest) {
    List<String> ids = new ArrayList<>(List.of(digest.messageId().isBlank() ? new String[0]
        : digest.messageId().strip().split(" +")));
    String channel = digest.channel();
    for (DigestPages.Message m : DiscordDigest.messages(digest, 0)) {
      byte[] body = JsonStreams.bytes(m.body());
      String id = m.index() < ids.size() ? ids.get(m.index()) : "";
      Delivery d;
      if (!id.matches("[0-9]{1,25}")) {
        d = postDigestMessage(body);
      } else if (!m.touched()) {
        continue;
      } else {
        try {
          d = editDigestMessage(id, body);
        } catch (dev.logsift.core.DownstreamUnavailableException e) {
          if (!String.valueOf(e.getMessage()).contains("HTTP 404")) {
            throw e;
          }
          d = postDigestMessage(body);
        }
      }
      while (ids.size() <= m.index()) {
        ids.add(UNKNOWN_ID);
      }
      ids.set(m.index(), d.messageId().isEmpty() ? UNKNOWN_ID : d.messageId());
      channel = d.channel().isEmpty() ? channel : d.channel();
    }
    return new Delivery(SERVICE, channel, String.join(" ", ids).strip());
  }

  private Delivery postDigestMessage(byte[] body) {
    return sender.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), DiscordNotifier::judge);
  }

  private Delivery editDigestMessage(String id, byte[] body) {
    String base = webhook.toString();
    int q = base.indexOf('?');
    URI edit = URI.create((q < 0 ? base : base.substring(0, q)).replaceAll("/+$", "") + "/messages/" + id
        + (q < 0 ? "" : base.substring(q)));
    return sender.send(HttpRequest.newBuilder(edit).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body)).build(), DiscordNotifier::judge);
  }

  @Override
  public Delivery post(Card card) {
    HttpRequest request = HttpRequest.newBuilder(url)
        .header("Content-Type", "application/json")
        .header("User-Agent", "logsift")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonStreams.bytes(DiscordCard.build(card))))
        .build();
    return sender.send(request, DiscordNotifier::judge);
  }

  static Retrier.Verdict<Delivery> judge(HttpResponse<String> r) {
    int s = r.statusCode();
    if (s >= 200 && s < 300) {
      return new Retrier.Done<>(delivery(r.body()));
    }
    if (s == 429) {
      return new Retrier.Retry<>("HTTP 429 rate limited", Sender.retryAfter(r));
    }
    if (s >= 500) {
      return new Retrier.Retry<>("HTTP " + s, null);
    }
    JsonNode code = JsonStreams.parse(r.body()).path("code");
    return new Retrier.Fail<>("HTTP " + s + (code.isIntegralNumber() ? " (code " + code.asLong() + ")" : ""));
  }

  /** The message is out once Discord said 2xx: an unreadable body must not turn into a retry and a duplicate. */
  private static Delivery delivery(String body) {
    JsonNode m = JsonStreams.parse(body);
    return new Delivery(SERVICE, m.path("channel_id").asText(""), m.path("id").asText(""));
  }

  private static URI withWait(URI webhook) {
    if (webhook == null || webhook.getScheme() == null || webhook.getHost() == null) {
      // The URL is a secret: say what is wrong, not what it is.
      throw new IllegalArgumentException("Discord webhook URL must be an absolute http(s) URL");
    }
    String s = webhook.toString();
    return URI.create(s + (webhook.getRawQuery() == null ? "?" : "&") + "wait=true");
  }
}
