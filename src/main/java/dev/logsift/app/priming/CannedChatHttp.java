package dev.logsift.app.priming;

import dev.logsift.http.SyncHttpClient;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A chat HTTP client that never opens a socket: every request gets a 200 both Discord and Slack accept. */
public final class CannedChatHttp extends SyncHttpClient {
  private static final byte[] BODY = "{\"ok\":true,\"id\":\"1\",\"channel_id\":\"1\",\"channel\":\"C1\",\"ts\":\"1.1\"}"
      .getBytes(StandardCharsets.UTF_8);
  private static final HttpHeaders HEADERS = HttpHeaders.of(Map.of("Content-Type", List.of("application/json")),
      (a, b) -> true);
  private final AtomicInteger calls = new AtomicInteger();

  public CannedChatHttp() {
    super(null);
  }

  /** Requests answered so far (priming reports them). */
  public int calls() {
    return calls.get();
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    calls.incrementAndGet();
    return answer(request, handler, 200, HEADERS, BODY);
  }
}
