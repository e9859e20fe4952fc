package dev.logsift.chat.slack;

import dev.logsift.core.JsonStreams;

import dev.logsift.core.Sleeper;
import dev.logsift.http.HttpTransport;
import dev.logsift.core.RetryPolicy;
import dev.logsift.http.Sender;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.logsift.core.DownstreamUnavailableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Adapter: chat.postMessage with the bot token (Slack answers 200 with ok:false for most errors). */
public final class SlackApi implements SlackThreads {
  private static final String SERVICE = "slack";
  private final String baseUrl;
  private final String botToken;
  /** A thread reply or the weekly message: three tries, five seconds each at most. */
  public static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4),
      Duration.ofSeconds(5), Duration.ofMillis(500));

  private final Sender http;

  /** @param baseUrl SLACK_API_URL, e.g. https://slack.com/api */
  public SlackApi(HttpClient http, String baseUrl, String botToken, Sleeper sleeper) {
    this(HttpTransport.withoutDeadline(http, sleeper, POLICY), baseUrl, botToken);
  }

  /** @param transport its remaining-millis supplier is the invocation's deadline */
  public SlackApi(HttpTransport transport, String baseUrl, String botToken) {
    if (botToken == null || botToken.isBlank()) {
      throw new IllegalArgumentException("SLACK_BOT_TOKEN is required to reply in threads");
    }
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.botToken = botToken;
    this.http = new Sender(SERVICE, transport);
  }

  @Override
  public void reply(String channel, String threadTs, String text) {
    ObjectNode body = JsonStreams.object();
    body.put("channel", channel).put("thread_ts", threadTs).put("text", text);
    HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/chat.postMessage"))
        .header("Authorization", "Bearer " + botToken)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(JsonStreams.text(body))).build();
    HttpResponse<String> r = http.send("chat.postMessage", req, Sender::retryBusy);
    if (r.statusCode() != 200) {
      throw new DownstreamUnavailableException(SERVICE, "chat.postMessage: HTTP " + r.statusCode(), null);
    }
    JsonNode answer;
    try {
      answer = JsonStreams.read(r.body());
    } catch (IOException e) {
      throw new DownstreamUnavailableException(SERVICE, "chat.postMessage: response is not JSON", null);
    }
    if (answer == null || !answer.path("ok").asBoolean(false)) {
      // Slack's error codes (not_in_channel, invalid_auth, ...) name the problem, never message text.
      String code = answer == null ? "no body" : answer.path("error").asText("unknown");
      throw new DownstreamUnavailableException(SERVICE, "chat.postMessage refused: " + code.replaceAll("[^a-z_]", ""),
          null);
    }
  }

  /** chat.postMessage of one plain message (the weekly summary), no mentions or unfurls. */
  public void postMessage(String channel, String text) {
    ObjectNode body = JsonStreams.object();
    body.put("channel", channel).put("text", text).put("link_names", false).put("unfurl_links", false);
    HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + "/chat.postMessage"))
        .header("Authorization", "Bearer " + botToken)
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(JsonStreams.text(body))).build();
    HttpResponse<String> r = http.send("chat.postMessage", req, Sender::retryBusy);
    JsonNode answer = null;
    try {
      answer = r.statusCode() == 200 ? JsonStreams.read(r.body()) : null;
    } catch (IOException e) {
      // Reported below as a refusal.
    }
    if (answer == null || !answer.path("ok").asBoolean(false)) {
      throw new DownstreamUnavailableException(SERVICE, "chat.postMessage (weekly summary) refused", null);
    }
  }
}
