package dev.logsift.chat.discord;

import dev.logsift.core.JsonStreams;

import dev.logsift.core.Sleeper;
import dev.logsift.http.HttpTransport;
import dev.logsift.core.RetryPolicy;
import dev.logsift.http.Sender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.core.BadInputException;
import dev.logsift.core.DownstreamUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Adapter: Discord's bot HTTP API (v10) over java.net.http. */
public final class DiscordApi implements DiscordReactions {
  private static final String SERVICE = "discord";
  /** Replies come soon after a card; ten pages of channel history is plenty and bounds the poll. */
  private static final int MAX_PAGES = 10;

  private final String baseUrl;
  private final String botToken;
  /** Reads and replies are small: three tries, ten seconds each at most, within the poll's own time. */
  public static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4),
      Duration.ofSeconds(10), Duration.ofMillis(500));

  private final Sender http;
  private final Map<String, String> guildByChannel = new ConcurrentHashMap<>();

  /** @param baseUrl DISCORD_API_URL, e.g. https://discord.com/api/v10 */
  public DiscordApi(HttpClient http, String baseUrl, String botToken) {
    this(http, baseUrl, botToken, Sleeper.system());
  }

  public DiscordApi(HttpClient http, String baseUrl, String botToken, Sleeper sleeper) {
    this(HttpTransport.withoutDeadline(http, sleeper, POLICY), baseUrl, botToken);
  }

  /** @param transport its remaining-millis supplier is the invocation's deadline */
  public DiscordApi(HttpTransport transport, String baseUrl, String botToken) {
    if (botToken == null || botToken.isBlank()) {
      throw new IllegalArgumentException("DISCORD_BOT_TOKEN is required to read reactions");
    }
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.botToken = botToken;
    this.http = new Sender(SERVICE, transport);
  }

  public static HttpClient defaultClient() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  public List<Message> history(String channel, String before) {
    JsonNode messages = get("/channels/" + id(channel) + "/messages?limit=" + PAGE
        + (before == null ? "" : "&before=" + id(before)), "read channel history");
    List<Message> out = new ArrayList<>();
    if (messages == null) {
      return out;
    }
    for (JsonNode m : messages) {
      JsonNode author = m.path("author");
      Map<String, Integer> reactions = new LinkedHashMap<>();
      for (JsonNode r : m.path("reactions")) {
        String name = r.path("emoji").path("name").asText("");
        if (!name.isEmpty()) {
          reactions.merge(name, r.path("count").asInt(0), Integer::sum);
        }
      }
      out.add(new Message(m.path("id").asText(), author.path("id").asText(), author.path("bot").asBoolean(false),
          m.path("content").asText(""), m.path("message_reference").path("message_id").asText(null),
          timestamp(m.path("timestamp").asText(null)), reactions));
    }
    return out;
  }

  @Override
  public List<User> reactors(String channel, String messageId, String emoji) {
    List<User> out = new ArrayList<>();
    String after = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      String path = "/channels/" + id(channel) + "/messages/" + id(messageId) + "/reactions/"
          + URLEncoder.encode(emoji, StandardCharsets.UTF_8) + "?limit=" + PAGE + (after == null ? "" : "&after=" + after);
      JsonNode users = get(path, "read reactions");
      if (users == null) {
        return out;
      }
      for (JsonNode u : users) {
        out.add(new User(u.path("id").asText(), u.path("bot").asBoolean(false)));
      }
      if (users.size() < PAGE) {
        break;
      }
      after = out.get(out.size() - 1).id();
    }
    return out;
  }

  @Override
  public List<Message> repliesTo(String channel, String messageId) {
    List<Message> out = new ArrayList<>();
    String after = messageId;
    for (int page = 0; page < MAX_PAGES; page++) {
      JsonNode messages = get("/channels/" + id(channel) + "/messages?after=" + id(after) + "&limit=" + PAGE,
          "read replies");
      if (messages == null || messages.isEmpty()) {
        break;
      }
      String newest = after;
      for (JsonNode m : messages) {
        String mid = m.path("id").asText();
        if (newerThan(mid, newest)) {
          newest = mid;
        }
        String ref = m.path("message_reference").path("message_id").asText(null);
        if (messageId.equals(ref)) {
          JsonNode author = m.path("author");
          out.add(new Message(mid, author.path("id").asText(), author.path("bot").asBoolean(false),
              m.path("content").asText(""), ref, timestamp(m.path("timestamp").asText(null))));
        }
      }
      if (messages.size() < PAGE) {
        break;
      }
      after = newest;
    }
    out.sort((a, b) -> newerThan(a.id(), b.id()) ? 1 : newerThan(b.id(), a.id()) ? -1 : 0);
    return out;
  }

  @Override
  public void reply(String channel, String messageId, String userId, String text) {
    ObjectNode body = JsonStreams.object();
    body.put("content", text);
    body.putObject("message_reference").put("message_id", messageId).put("fail_if_not_exists", false);
    body.putObject("allowed_mentions").putArray("users").add(userId);
    HttpRequest req = request("/channels/" + id(channel) + "/messages")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JsonStreams.text(body))).build();
    HttpResponse<String> r = http.send("post reply", req, Sender::retryBusy);
    if (r.statusCode() / 100 != 2) {
      throw refused("post reply", r.statusCode());
    }
  }

  /** POST /channels/{id}/messages: one plain message (the weekly summary), mentions disabled. */
  public void postMessage(String channel, String text) {
    if (channel == null || !channel.matches("\\d{1,25}")) {
      throw new IllegalArgumentException("DISCORD_CHANNEL_ID must be a channel id to post the weekly summary");
    }
    ObjectNode body = JsonStreams.object();
    body.put("content", text.length() > 2000 ? text.substring(0, 1999) + "…" : text);
    body.putObject("allowed_mentions").putArray("parse");
    HttpRequest req = request("/channels/" + channel + "/messages")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JsonStreams.text(body))).build();
    HttpResponse<String> r = http.send("post weekly summary", req, Sender::retryBusy);
    if (r.statusCode() / 100 != 2) {
      throw new DownstreamUnavailableException(SERVICE, "post weekly summary: HTTP " + r.statusCode(), null);
    }
  }

  @Override
  public String link(String channel, String messageId) {
    String guild = guildByChannel.computeIfAbsent(channel, c -> {
      try {
        JsonNode ch = get("/channels/" + id(c), "read channel");
        return ch == null ? "@me" : ch.path("guild_id").asText("@me");
      } catch (DownstreamUnavailableException e) {
        return "";
      }
    });
    return guild.isEmpty() ? "" : "https://discord.com/channels/" + guild + "/" + channel + "/" + messageId;
  }

  /** The parsed body, or null on 404 (the message or channel is gone). */
  private JsonNode get(String path, String what) {
    HttpResponse<String> r = http.send(what, request(path).GET().build(), Sender::retryBusy);
    if (r.statusCode() == 404) {
      return null;
    }
    if (r.statusCode() != 200) {
      throw refused(what, r.statusCode());
    }
    try {
      return JsonStreams.read(r.body());
    } catch (IOException e) {
      throw new DownstreamUnavailableException(SERVICE, what + ": response is not JSON", null);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Authorization", "Bot " + botToken)
        .header("User-Agent", "DiscordBot (https://github.com/logsift/logsift, 0.1)");
  }

  private static DownstreamUnavailableException refused(String what, int status) {
    String hint = status == 401 || status == 403 ? " (check DISCORD_BOT_TOKEN and the bot's channel permissions)" : "";
    return new DownstreamUnavailableException(SERVICE, what + ": HTTP " + status + hint, null);
  }

  /** Snowflakes are decimal: anything else must not reach a URL path. */
  private static String id(String s) {
    if (s == null || !s.matches("[0-9]{1,25}")) {
      throw new BadInputException("not a Discord id (expected a numeric snowflake)");
    }
    return s;
  }

  /** Snowflake order: a longer decimal is newer, else the larger one. */
  public static boolean newerThan(String a, String b) {
    return a.length() != b.length() ? a.length() > b.length() : a.compareTo(b) > 0;
  }

  private static Instant timestamp(String s) {
    try {
      return s == null ? null : OffsetDateTime.parse(s).toInstant();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
