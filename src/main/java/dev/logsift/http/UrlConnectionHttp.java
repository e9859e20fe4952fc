package dev.logsift.http;

import dev.logsift.core.Retrier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The chat adapters' HttpClient on HttpURLConnection (HTTP/1.1, no redirects, the JDK's default TLS context and
 * proxy selector), which the AWS clients load anyway. The JDK's own HttpClient loads ~270 classes and starts a
 * selector thread in every cold start for the few posts of a batch. Methods HttpURLConnection does not know
 * (Discord's PATCH) go to the JDK's client, built the first time one is needed. Synchronous: sendAsync runs
 * the call before it returns.
 */
public final class UrlConnectionHttp extends SyncHttpClient {
  private static final Set<String> KNOWN = Set.of("GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS");

  private final Duration connectTimeout;
  private HttpClient other;

  public UrlConnectionHttp(Duration connectTimeout) {
    super(connectTimeout);
    this.connectTimeout = connectTimeout;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    if (!KNOWN.contains(request.method())) {
      return other().send(request, handler);
    }
    HttpURLConnection c = (HttpURLConnection) request.uri().toURL().openConnection();
    try {
      c.setInstanceFollowRedirects(false);
      c.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
      request.timeout().ifPresent(t -> c.setReadTimeout(Math.toIntExact(Math.max(1, t.toMillis()))));
      c.setRequestMethod(request.method());
      request.headers().map().forEach((name, values) -> values.forEach(v -> c.addRequestProperty(name, v)));
      byte[] body = body(request);
      if (body != null) {
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = c.getOutputStream()) {
          out.write(body);
        }
      }
      int status = c.getResponseCode();
      byte[] answer;
      try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
        answer = in == null ? new byte[0] : in.readAllBytes();
      }
      // HttpHeaders refuses two names that differ only in case, which a server may send
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      c.getHeaderFields().forEach((k, v) -> {
        if (k != null) {
          headers.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v);
        }
      });
      HttpHeaders h = HttpHeaders.of(headers, (k, v) -> true);
      // Read to its end and closed, the connection goes back to the JDK's keep-alive cache for the next post;
      // only a failed one is dropped.
      return answer(request, handler, status, h, answer);
    } catch (SocketTimeoutException e) {
      c.disconnect();
      throw timeout(e);
    } catch (IOException | RuntimeException e) {
      c.disconnect();
      throw e;
    }
  }

  private static HttpTimeoutException timeout(SocketTimeoutException e) {
    HttpTimeoutException t = e.getMessage() != null && e.getMessage().startsWith("connect")
        ? new HttpConnectTimeoutException("connect timed out") : new HttpTimeoutException("request timed out");
    t.initCause(Retrier.scrubbed(e));
    return t;
  }

  /** The request body, or null for none. */
  private static byte[] body(HttpRequest request) throws IOException, InterruptedException {
    if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    request.bodyPublisher().get().subscribe(new Flow.Subscriber<>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ByteBuffer b) {
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.writeBytes(chunk);
      }

      @Override
      public void onError(Throwable e) {
        done.completeExceptionally(e);
      }

      @Override
      public void onComplete() {
        done.complete(out.toByteArray());
      }
    });
    return await(done);
  }

  private synchronized HttpClient other() {
    if (other == null) {
      other = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(Redirect.NEVER).build();
    }
    return other;
  }
}
