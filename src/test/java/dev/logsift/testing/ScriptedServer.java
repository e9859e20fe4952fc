package dev.logsift.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The one local HTTP server for tests of our HTTP clients (Discord, Slack, S3 faults, SSM): replies are
 * scripted in order (status, headers, body, delay), then the fallback reply repeats, or a responder computes
 * each reply from the request. Every request is recorded with its body. A HEAD answer never has a body.
 */
public final class ScriptedServer implements AutoCloseable {
  /** @param path decoded; rawPath as sent (percent-encoded); query raw */
  public record Request(String method, String path, String query, Map<String, List<String>> headers, String body,
      String rawPath) {
    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body, 0);
    }

    public static Reply text(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "text/html"), body, 0);
    }

    public Reply withHeader(String name, String value) {
      var h = new java.util.HashMap<>(headers);
      h.put(name, value);
      return new Reply(status, Map.copyOf(h), body, delayMillis);
    }

    public Reply delayed(long millis) {
      return new Reply(status, headers, body, millis);
    }
  }

  private final HttpServer server;
  private final ExecutorService pool = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());
  private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Reply> responder;

  public ScriptedServer(Reply fallback) throws IOException {
    this(request -> fallback);
  }

  /** @param responder the reply to each request once the script is used up (a fake with some logic) */
  public ScriptedServer(Function<Request, Reply> responder) throws IOException {
    this.responder = responder;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  public ScriptedServer then(Reply r) {
    script.add(r);
    return this;
  }

  public void always(Reply r) {
    responder = request -> r;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Request request = new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(),
          ex.getRequestURI().getRawQuery(), Map.copyOf(ex.getRequestHeaders()), body, ex.getRequestURI().getRawPath());
      requests.add(request);
      Reply r = script.poll();
      if (r == null) {
        r = responder.apply(request);
      }
      if (r.delayMillis() > 0) {
        try {
          Thread.sleep(r.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      r.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      byte[] bytes = r.body() == null || ex.getRequestMethod().equals("HEAD") ? new byte[0]
          : r.body().getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      // The client gave up (timeout test): nothing to answer.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
