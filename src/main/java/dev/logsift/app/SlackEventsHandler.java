package dev.logsift.app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.logsift.corrections.SlackEvents;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;

/**
 * Lambda entry point behind a function URL for the Slack Events API. The signature is computed over the
 * body bytes exactly as Slack sent them, so a base64-encoded body is decoded, never re-serialised.
 */
public final class SlackEventsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
  private final SlackEvents events;
  private final Deadline deadline;
  private final InvocationLog invocations = new InvocationLog();

  /** Used by Lambda: wires from the environment once per cold start. */
  public SlackEventsHandler() {
    this(CorrectionsWiring.build(Config.fromEnv(Environment.load()), Clock.systemUTC()));
  }

  public SlackEventsHandler(CorrectionsWiring wiring) {
    if (wiring.slackEvents() == null) {
      throw new IllegalArgumentException(Config.SLACK_SIGNING_SECRET + " is required for the Slack events endpoint");
    }
    this.events = wiring.slackEvents();
    this.deadline = wiring.deadline();
  }

  @Override
  public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
    byte[] body;
    if (event == null || event.getBody() == null) {
      body = new byte[0];
    } else if (event.getIsBase64Encoded()) {
      try {
        body = Base64.getDecoder().decode(event.getBody());
      } catch (IllegalArgumentException e) {
        return response(new SlackEvents.Response(400, "application/json", "{\"error\":\"body is not valid base64\"}"));
      }
    } else {
      body = event.getBody().getBytes(StandardCharsets.UTF_8);
    }
    try (InvocationLog.Scope scope = invocations.start(context)) {
      deadline.startInvocation(context == null ? Deadline.UNSET_BUDGET_MILLIS : context.getRemainingTimeInMillis());
      return response(events.handle(event == null ? Map.of() : event.getHeaders(), body));
    }
  }

  private static APIGatewayV2HTTPResponse response(SlackEvents.Response r) {
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(r.status())
        .withHeaders(Map.of("Content-Type", r.contentType()))
        .withBody(r.body())
        .withIsBase64Encoded(false)
        .build();
  }
}
