package dev.logsift.corrections;

import dev.logsift.chat.slack.SlackSignature;
import dev.logsift.chat.slack.SlackThreads;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.core.BadInputException;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.dedup.CardIndex;
import dev.logsift.dedup.PostedCard;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack Events API requests: signature first (nothing is read or stored for a request that fails it), then
 * url_verification, ✅ / ✏️ reactions on our cards and "category: reason" replies in their threads.
 * Retries of one event (same event_id) are acknowledged without doing anything twice.
 */
public final class SlackEvents {
  private static final Logger LOG = LoggerFactory.getLogger(SlackEvents.class);
  public static final String SOURCE = "slack";
  static final String CONFIRM = "white_check_mark";
  static final String CORRECT = "pencil2";
  static final String ASK = "<@%s> to correct this card, reply in this thread with `category: reason`, for example "
      + "`security: unexpected role assumed from new account`. Categories: transient, dependency, application, "
      + "security, unknown.";

  /** What goes back to Slack; the handler turns it into the HTTP response. */
  public record Response(int status, String contentType, String body) {
    static Response json(int status, String body) {
      return new Response(status, "application/json", body);
    }
  }

  private final SlackSignature signature;
  private final CardIndex cards;
  private final Corrections corrections;
  private final CorrectionRecorder recorder;
  private final SlackThreads threads;
  private final Clock clock;
  private final Duration lookback;

  /** @param threads where to ask ✏️ reactors for a reply, or null when no bot token is configured */
  public SlackEvents(SlackSignature signature, CardIndex cards, Corrections corrections, CorrectionRecorder recorder,
      SlackThreads threads, Clock clock, Duration lookback) {
    this.signature = signature;
    this.cards = cards;
    this.corrections = corrections;
    this.recorder = recorder;
    this.threads = threads;
    this.clock = clock;
    this.lookback = lookback;
  }

  /** @param headers request headers (any case) */
  public Response handle(Map<String, String> headers, byte[] body) {
    SlackSignature.Result check = signature.check(header(headers, "X-Slack-Request-Timestamp"),
        header(headers, "X-Slack-Signature"), body);
    if (check != SlackSignature.Result.VALID) {
      LOG.warn("slack request rejected: signature {}", check.name().toLowerCase(Locale.ROOT));
      return Response.json(401, "{\"error\":\"signature " + check.name().toLowerCase(Locale.ROOT) + "\"}");
    }
    JsonNode payload;
    try {
      payload = CorrectionJson.MAPPER.readTree(body);
    } catch (IOException e) {
      return Response.json(400, "{\"error\":\"body is not JSON\"}");
    }
    if (payload == null || !payload.isObject()) {
      return Response.json(400, "{\"error\":\"body is not a JSON object\"}");
    }
    String type = payload.path("type").asText("");
    if (type.equals("url_verification")) {
      return new Response(200, "text/plain", payload.path("challenge").asText(""));
    }
    if (!type.equals("event_callback")) {
      return Response.json(200, "{\"ok\":true,\"ignored\":\"type\"}");
    }
    JsonNode event = payload.path("event");
    if (!relevant(event)) {
      // Every message in the channel arrives here; most need no store access at all.
      return Response.json(200, "{\"ok\":true,\"outcome\":\"ignored\"}");
    }
    String eventId = payload.path("event_id").asText("");
    try {
      if (!eventId.isEmpty() && corrections.eventSeen(eventId)) {
        return Response.json(200, "{\"ok\":true,\"duplicate\":true}");
      }
      String outcome = handleEvent(event);
      if (!eventId.isEmpty() && (outcome.equals("stored") || outcome.equals("asked"))) {
        corrections.markEvent(eventId, clock.instant());
      }
      return Response.json(200, "{\"ok\":true,\"outcome\":\"" + outcome + "\"}");
    } catch (DownstreamUnavailableException e) {
      // Slack retries a failed delivery; the event marker is only written after success.
      LOG.warn("slack event not handled: {}", e.getMessage());
      return Response.json(500, "{\"error\":\"" + e.kind() + "\"}");
    } catch (BadInputException e) {
      return Response.json(400, "{\"error\":\"" + e.kind() + "\"}");
    }
  }

  /** A ✅ / ✏️ reaction on a message, or a human reply inside a thread. */
  static boolean relevant(JsonNode event) {
    String type = event.path("type").asText("");
    if (type.equals("reaction_added")) {
      String reaction = event.path("reaction").asText("");
      return (reaction.equals(CONFIRM) || reaction.equals(CORRECT)) && !event.path("user").asText("").isEmpty()
          && "message".equals(event.path("item").path("type").asText());
    }
    if (type.equals("message")) {
      String threadTs = event.path("thread_ts").asText("");
      // Edits, deletions and bot posts (our own question included) carry a subtype or a bot_id; a reply
      // also sent to the channel is still a human reply.
      String subtype = event.path("subtype").asText("");
      return (subtype.isEmpty() || subtype.equals("thread_broadcast")) && !event.has("bot_id") && !threadTs.isEmpty()
          && !threadTs.equals(event.path("ts").asText("")) && !event.path("user").asText("").isEmpty();
    }
    return false;
  }

  private String handleEvent(JsonNode event) {
    String type = event.path("type").asText("");
    Instant now = clock.instant();
    if (type.equals("reaction_added")) {
      String reaction = event.path("reaction").asText("");
      String user = event.path("user").asText("");
      JsonNode item = event.path("item");
      Optional<PostedCard> card = card(item.path("channel").asText(""), item.path("ts").asText(""), now);
      if (card.isEmpty()) {
        return "not_a_card";
      }
      PostedCard c = card.get();
      if (reaction.equals(CONFIRM)) {
        return recorder.record(c, SOURCE, user, null, null, now, link(c)) ? "stored" : "already_stored";
      }
      String id = c.delivery().messageId();
      if (corrections.exists(Correction.keyFor(SOURCE, id, user, c.postedAt()))) {
        return "already_stored";
      }
      if (threads == null || corrections.asked(SOURCE, id, user)) {
        return "waiting_for_reply";
      }
      threads.reply(c.delivery().channel(), id, ASK.formatted(user));
      corrections.markAsked(SOURCE, id, user, now);
      return "asked";
    }
    if (type.equals("message")) {
      String threadTs = event.path("thread_ts").asText("");
      String ts = event.path("ts").asText("");
      String user = event.path("user").asText("");
      Optional<PostedCard> card = card(event.path("channel").asText(""), threadTs, now);
      if (card.isEmpty()) {
        return "not_a_card";
      }
      Optional<Reply> reply = Reply.parse(event.path("text").asText(""));
      if (reply.isEmpty()) {
        return "not_a_correction";
      }
      return recorder.record(card.get(), SOURCE, user, reply.get().category(), reply.get().reason(),
          slackTime(ts).orElse(now), link(card.get())) ? "stored" : "already_stored";
    }
    return "ignored";
  }

  private Optional<PostedCard> card(String channel, String ts, Instant now) {
    if (channel.isEmpty() || ts.isEmpty()) {
      return Optional.empty();
    }
    return cards.recentCards(now.minus(lookback)).stream()
        .filter(p -> SOURCE.equals(p.delivery().destination()) && channel.equals(p.delivery().channel())
            && ts.equals(p.delivery().messageId()))
        .findFirst();
  }

  static String link(PostedCard c) {
    return "https://slack.com/archives/" + c.delivery().channel() + "/p" + c.delivery().messageId().replace(".", "");
  }

  static Optional<Instant> slackTime(String ts) {
    try {
      BigDecimal micros = new BigDecimal(ts).movePointRight(6);
      return Optional.of(Instant.EPOCH.plusNanos(micros.longValueExact() * 1000));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static String header(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
