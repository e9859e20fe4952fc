package dev.logsift.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * Posts a card to Slack, either with chat.postMessage and a bot token (returns the message ts, which the
 * corrections loop needs) or through an incoming webhook (returns nothing to tie reactions to).
 */
public final class SlackNotifier implements Notifier {
  static final String SERVICE = "slack";
  /** Slack's own failures, worth another try; every other error needs a person (token, channel, scope). */
  private static final Set<String> RETRYABLE = Set.of("ratelimited", "internal_error", "fatal_error",
      "service_unavailable", "request_timeout");

  private final URI url;
  private final String token;
  private final String channel;
  private final Sender sender;

  private SlackNotifier(URI url, String token, String channel, HttpTransport transport) {
    if (url == null || url.getScheme() == null || url.getHost() == null) {
      throw new IllegalArgumentException("Slack URL must be an absolute http(s) URL");
    }
    this.url = url;
    this.token = token;
    this.channel = channel;
    this.sender = new Sender(SERVICE, transport);
  }

  /**
   * @param apiUrl Slack's Web API base, e.g. https://slack.com/api (Config.slackApiUrl)
   * @param token bot token with chat:write
   * @param channel channel id the bot is a member of
   */
  public static SlackNotifier bot(URI apiUrl, String token, String channel, HttpTransport transport) {
    if (token == null || token.isBlank() || channel == null || channel.isBlank()) {
      throw new IllegalArgumentException("Slack bot token and channel are required");
    }
    String base = apiUrl.toString().replaceAll("/+$", "");
    return new SlackNotifier(URI.create(base + "/chat.postMessage"), token.strip(), channel.strip(), transport);
  }

  /** @param webhookUrl incoming-webhook URL; it is a secret and never printed */
  public static SlackNotifier webhook(URI webhookUrl, HttpTransport transport) {
    return new SlackNotifier(webhookUrl, null, null, transport);
  }

  /**
   * With a bot token the digest message is edited (chat.update); a webhook can only post anew. A digest
   * message someone deleted is posted again instead of failing every later batch of the hour.
   */
  @Override
  public Delivery postDigest(String destination, Digest digest) {
    try {
      return sendDigest(digest);
    } catch (dev.logsift.core.DownstreamUnavailableException e) {
      String m = String.valueOf(e.getMessage());
      if (!digest.messageId().isEmpty() && (m.contains("message_not_found") || m.contains("cant_update_message"))) {
        return sendDigest(new Digest(digest.destination(), digest.periodStart(), digest.entries(), "", ""));
      }
      throw e;
    }
  }

  /** Webhook digests carry a made-up id recording how many fingerprints the last posted one listed. */
  static final String WEBHOOK_DIGEST = "webhook-digest:";

  private Delivery sendDigest(Digest digest) {
    if (token == null) {
      return sendWebhookDigest(digest);
    }
    boolean edit = !digest.messageId().isEmpty();
    URI target = edit ? URI.create(url.toString().replace("/chat.postMessage", "/chat.update")) : url;
    HttpRequest.Builder b = HttpRequest.newBuilder(target)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(DigestCards.slack(
            edit ? digest : new Digest(digest.destination(), digest.periodStart(), digest.entries(), "", ""),
            channel))));
    b.header("Authorization", "Bearer " + token);
    return sender.send(b.build(), SlackNotifier::judgeApi);
  }

  /**
   * An incoming webhook cannot edit its message, so the digest is posted again only when the number of
   * fingerprints in it has doubled since the last post: a storm gives a handful of digests, not one a batch.
   */
  private Delivery sendWebhookDigest(Digest digest) {
    int shown = digest.messageId().startsWith(WEBHOOK_DIGEST)
        ? Integer.parseInt(digest.messageId().substring(WEBHOOK_DIGEST.length())) : 0;
    int now = digest.entries().size();
    if (shown > 0 && now < 2 * shown) {
      return new Delivery(SERVICE, "", digest.messageId());
    }
    HttpRequest request = HttpRequest.newBuilder(url)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(DigestCards.slack(
            new Digest(digest.destination(), digest.periodStart(), digest.entries(), "", ""), null))))
        .build();
    sender.send(request, SlackNotifier::judgeWebhook);
    return new Delivery(SERVICE, "", WEBHOOK_DIGEST + Math.max(1, now));
  }

  @Override
  public Delivery post(Card card) {
    HttpRequest.Builder b = HttpRequest.newBuilder(url)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(SlackCard.build(card, channel))));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
      return sender.send(b.build(), SlackNotifier::judgeApi);
    }
    return sender.send(b.build(), SlackNotifier::judgeWebhook);
  }

  /** chat.postMessage answers 200 even on failure; the verdict is in ok and error. */
  static Sender.Verdict<Delivery> judgeApi(HttpResponse<String> r) {
    int s = r.statusCode();
    if (s == 429) {
      return new Sender.Retry<>("HTTP 429 rate limited", Sender.retryAfterHeader(r));
    }
    if (s >= 500) {
      return new Sender.Retry<>("HTTP " + s, null);
    }
    if (s != 200) {
      return new Sender.Fail<>("HTTP " + s);
    }
    JsonNode m = Json.parse(r.body());
    if (!m.path("ok").isBoolean()) {
      // Slack said 200: the message is most likely out, and failing would post it again on retry.
      return new Sender.Done<>(new Delivery(SERVICE, "", ""));
    }
    if (m.path("ok").asBoolean()) {
      return new Sender.Done<>(new Delivery(SERVICE, m.path("channel").asText(""), m.path("ts").asText("")));
    }
    String error = Sender.code(m.path("error").asText(null));
    if (RETRYABLE.contains(error)) {
      return new Sender.Retry<>(error, Sender.retryAfterHeader(r));
    }
    return new Sender.Fail<>(error);
  }

  /** Incoming webhooks answer "ok", or an HTTP error whose body is a short code such as no_service. */
  static Sender.Verdict<Delivery> judgeWebhook(HttpResponse<String> r) {
    int s = r.statusCode();
    if (s >= 200 && s < 300) {
      return new Sender.Done<>(new Delivery(SERVICE, "", ""));
    }
    if (s == 429) {
      return new Sender.Retry<>("HTTP 429 rate limited", Sender.retryAfterHeader(r));
    }
    if (s >= 500) {
      return new Sender.Retry<>("HTTP " + s, null);
    }
    return new Sender.Fail<>("HTTP " + s + " " + Sender.code(r.body()));
  }
}
