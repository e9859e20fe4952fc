package dev.logsift.app.priming;

import com.sun.net.httpserver.HttpServer;
import dev.logsift.core.AwsClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import dev.logsift.http.UrlConnectionHttp;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * The part of the hot path the canned transports cannot reach: the chat client (http/UrlConnectionHttp) and
 * the SDK's HttpURLConnection client (AWS) sending a request and reading the answer over a socket. Throwaway
 * clients of the same kinds as the live ones talk to a server inside this process on the loopback interface, so
 * nothing leaves the process; clients and server are closed before the snapshot (no open socket goes into it).
 */
public final class HttpPriming {
  private static final byte[] ANSWER = "{}".getBytes(StandardCharsets.UTF_8);

  private HttpPriming() {}

  /** Returns the requests made. */
  public static int run(int rounds) throws IOException, InterruptedException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    ExecutorService serving = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().factory());
    server.setExecutor(serving);
    server.createContext("/", ex -> {
      try (ex) {
        ex.getRequestBody().readAllBytes();
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, ANSWER.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(ANSWER);
        }
      }
    });
    server.start();
    int requests = 0;
    try {
      URI uri = URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
          + "/priming");
      try (HttpClient chat = new UrlConnectionHttp(Duration.ofSeconds(2))) {
        for (int i = 0; i < rounds; i++) {
          chat.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).header("Content-Type",
              "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(ANSWER)).build(),
              HttpResponse.BodyHandlers.ofString());
          requests++;
        }
      }
      SdkHttpClient sdk = AwsClients.http();
      try {
        for (int i = 0; i < rounds; i++) {
          SdkHttpRequest req = SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.POST)
              .putHeader("Content-Type", "application/x-amz-json-1.0")
              .putHeader("Content-Length", Integer.toString(ANSWER.length)).build();
          ExecutableHttpRequest call = sdk.prepareRequest(HttpExecuteRequest.builder().request(req)
              .contentStreamProvider(() -> new java.io.ByteArrayInputStream(ANSWER)).build());
          HttpExecuteResponse r = call.call();
          if (r.responseBody().isPresent()) {
            try (InputStream in = r.responseBody().get()) {
              in.readAllBytes();
            }
          }
          requests++;
        }
      } finally {
        sdk.close();
      }
    } finally {
      server.stop(0);
      serving.shutdownNow();
    }
    return requests;
  }
}
