package dev.logsift.chat.slack;

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
import java.util.Set;

/**
 * Posts a card to Slack, either with chat.postMessage and a bot token (returns the message ts, which the
 * corrections loop needs) or through an incoming webhook (returns nothing to tie reactions to).
 */
public final class SlackNotifier implements Notifier {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SlackNotifier.class);
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
   * With a bot token the digest's messages are edited (chat.update) when they changed and posted when the
   * digest grew into them; a message someone deleted is posted again instead of failing every later batch
   * of the hour. A webhook cannot edit, so it posts the entries no earlier message named (see
   * sendWebhookDigest). The delivery's message id lists the messages' ts, separated by spaces.
   */
  @Override
  public Delivery postDigest(String destination, Digest digest) {
    if (token == null) {
      return sendWebhookDigest(digest);
    }
    List<String> ids = new ArrayList<>(List.of(digest.messageId().isBlank() || digest.messageId().startsWith(
        WEBHOOK_DIGEST) ? new String[0] : digest.messageId().strip().split(" +")));
    String postChannel = channel;
    String shownIn = digest.channel().isEmpty() ? channel : digest.channel();
    for (DigestPages.Message m : SlackDigest.messages(digest, channel, 0)) {
      String ts = m.index() < ids.size() ? ids.get(m.index()) : "";
      Delivery d;
      if (!ts.matches("[0-9]{1,12}\\.[0-9]{1,9}")) {
        d = sendDigestMessage(m.body(), false);
      } else if (!m.touched()) {
        continue;
      } else {
        try {
          d = sendDigestMessage(m.body().put("channel", shownIn).put("ts", ts), true);
        } catch (dev.logsift.core.DownstreamUnavailableException e) {
          String msg = String.valueOf(e.getMessage());
          if (!msg.contains("message_not_found") && !msg.contains("cant_update_message")) {
            throw e;
          }
          m.body().remove("ts");
          d = sendDigestMessage(m.body().put("channel", postChannel), false);
        }
      }
      while (ids.size() <= m.index()) {
        ids.add(UNKNOWN_TS);
      }
      ids.set(m.index(), d.messageId().isEmpty() ? UNKNOWN_TS : d.messageId());
      shownIn = d.channel().isEmpty() ? shownIn : d.channel();
    }
    return new Delivery(SERVICE, shownIn, String.join(" ", ids));
  }

  /** Webhook digests carry a made-up id: how many entries earlier messages named, and how many were posted. */
  static final String WEBHOOK_DIGEST = "webhook-digest:";
  /** Stands for a digest message whose ts Slack did not return; the next update posts it again. */
  static final String UNKNOWN_TS = "-";
  /** Webhook digest posts per destination and hour; each names only entries no earlier one did. */
  static final int MAX_WEBHOOK_POSTS = 30;

  private Delivery sendDigestMessage(com.fasterxml.jackson.databind.node.ObjectNode body, boolean edit) {
    URI target = edit ? URI.create(url.toString().replace("/chat.postMessage", "/chat.update")) : url;
    HttpRequest.Builder b = HttpRequest.newBuilder(target)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonStreams.bytes(body)));
    b.header("Authorization", "Bearer " + token);
    return sender.send(b.build(), SlackNotifier::judgeApi);
  }

  /**
   * An incoming webhook cannot edit its message, so each update posts the entries that no earlier digest
   * message named (the title still counts all of them): every fingerprint of the hour is named once. At
   * most MAX_WEBHOOK_POSTS such posts an hour; the id records entries named and posts made.
   */
  private Delivery sendWebhookDigest(Digest digest) {
    int shown = 0;
    int posts = 0;
    if (digest.messageId().startsWith(WEBHOOK_DIGEST)) {
      String[] parts = digest.messageId().substring(WEBHOOK_DIGEST.length()).split(":");
      shown = parseOr(parts[0], 0);
      posts = parts.length > 1 ? parseOr(parts[1], 1) : 1;
    }
    int now = digest.entries().size();
    if (now <= shown) {
      return new Delivery(SERVICE, "", digest.messageId());
    }
    if (posts >= MAX_WEBHOOK_POSTS) {
      LOG.warn("webhook digest: {} posts this hour already; {} fingerprints not named in chat", posts, now - shown);
      return new Delivery(SERVICE, "", digest.messageId());
    }
    for (DigestPages.Message m : SlackDigest.messages(digest, null, shown)) {
      HttpRequest request = HttpRequest.newBuilder(url)
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofByteArray(JsonStreams.bytes(m.body())))
          .build();
      sender.send(request, SlackNotifier::judgeWebhook);
    }
    return new Delivery(SERVICE, "", WEBHOOK_DIGEST + now + ":" + (posts + 1));
  }

  private static int parseOr(String s, int fallback) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  @Override
  public Delivery post(Card card) {
    HttpRequest.Builder b = HttpRequest.newBuilder(url)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JsonStreams.bytes(SlackCard.build(card, channel))));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
      return sender.send(b.build(), SlackNotifier::judgeApi);
    }
    return sender.send(b.build(), SlackNotifier::judgeWebhook);
  }

  /** chat.postMessage answers 200 even on failure; the verdict is in ok and error. */
  static Retrier.Verdict<Delivery> judgeApi(HttpResponse<String> r) {
    int s = r.statusCode();
    if (s == 429) {
      return new Retrier.Retry<>("HTTP 429 rate limited", Sender.retryAfter(r));
    }
    if (s >= 500) {
      return new Retrier.Retry<>("HTTP " + s, null);
    }
    if (s != 200) {
      return new Retrier.Fail<>("HTTP " + s);
    }
    JsonNode m = JsonStreams.parse(r.body());
    if (!m.path("ok").isBoolean()) {
      // Slack said 200: the message is most likely out, and failing would post it again on retry.
      return new Retrier.Done<>(new Delivery(SERVICE, "", ""));
    }
    if (m.path("ok").asBoolean()) {
      return new Retrier.Done<>(new Delivery(SERVICE, m.path("channel").asText(""), m.path("ts").asText("")));
    }
    String error = Sender.code(m.path("error").asText(null));
    if (RETRYABLE.contains(error)) {
      return new Retrier.Retry<>(error, Sender.retryAfter(r));
    }
    return new Retrier.Fail<>(error);
  }

  /** Incoming webhooks answer "ok", or an HTTP error whose body is a short code such as no_service. */
  static Retrier.Verdict<Delivery> judgeWebhook(HttpResponse<String> r) {
    int s = r.statusCode();
    if (s >= 200 && s < 300) {
      return new Retrier.Done<>(new Delivery(SERVICE, "", ""));
    }
    if (s == 429) {
      return new Retrier.Retry<>("HTTP 429 rate limited", Sender.retryAfter(r));
    }
    if (s >= 500) {
      return new Retrier.Retry<>("HTTP " + s, null);
    }
    return new Retrier.Fail<>("HTTP " + s + " " + Sender.code(r.body()));
  }
}
