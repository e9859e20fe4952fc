package dev.logsift.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Port: one plain message to the team's channel (the weekly summary), mentions disabled. */
public interface ChannelMessage {
  void post(String text);

  /** POST /channels/{id}/messages with the bot token. */
  static ChannelMessage discordBot(HttpClient client, String baseUrl, String botToken, String channel, Sleeper sleeper) {
    RetryingHttp http = new RetryingHttp(client, sleeper, "discord");
    String base = baseUrl.replaceAll("/+$", "");
    if (channel == null || !channel.matches("\\d{1,25}")) {
      throw new IllegalArgumentException("DISCORD_CHANNEL_ID must be a channel id to post the weekly summary");
    }
    return text -> {
      ObjectNode body = CorrectionJson.MAPPER.createObjectNode();
      body.put("content", text.length() > 2000 ? text.substring(0, 1999) + "…" : text);
      body.putObject("allowed_mentions").putArray("parse");
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/channels/" + channel + "/messages"))
          .timeout(Duration.ofSeconds(10))
          .header("Authorization", "Bot " + botToken)
          .header("User-Agent", "DiscordBot (https://github.com/logsift/logsift, 0.1)")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
      HttpResponse<String> r = http.send(req, "post weekly summary");
      if (r.statusCode() / 100 != 2) {
        throw new DownstreamUnavailableException("discord", "post weekly summary: HTTP " + r.statusCode(), null);
      }
    };
  }

  /** chat.postMessage with the bot token. */
  static ChannelMessage slackBot(HttpClient client, String baseUrl, String botToken, String channel, Sleeper sleeper) {
    RetryingHttp http = new RetryingHttp(client, sleeper, "slack");
    String base = baseUrl.replaceAll("/+$", "");
    return text -> {
      ObjectNode body = CorrectionJson.MAPPER.createObjectNode();
      body.put("channel", channel).put("text", text).put("link_names", false).put("unfurl_links", false);
      HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/chat.postMessage"))
          .timeout(Duration.ofSeconds(5))
          .header("Authorization", "Bearer " + botToken)
          .header("Content-Type", "application/json; charset=utf-8")
          .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
      HttpResponse<String> r = http.send(req, "chat.postMessage");
      JsonNode answer = null;
      try {
        answer = r.statusCode() == 200 ? CorrectionJson.MAPPER.readTree(r.body()) : null;
      } catch (IOException e) {
        // Reported below as a refusal.
      }
      if (answer == null || !answer.path("ok").asBoolean(false)) {
        throw new DownstreamUnavailableException("slack", "chat.postMessage (weekly summary) refused", null);
      }
    };
  }
}
