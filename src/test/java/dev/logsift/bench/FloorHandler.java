package dev.logsift.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.SubscriptionDecoder;
import java.util.Map;

/** The floor: a handler that only decodes the subscription event (base64, gunzip, JSON) and counts it. */
public final class FloorHandler implements RequestHandler<CloudWatchLogsEvent, Map<String, Object>> {
  private final SubscriptionDecoder decoder = new SubscriptionDecoder();

  @Override
  public Map<String, Object> handleRequest(CloudWatchLogsEvent event, Context context) {
    LogBatch batch = decoder.decodeData(event.getAwsLogs().getData());
    return Map.of("events", batch.logEvents().size());
  }
}
