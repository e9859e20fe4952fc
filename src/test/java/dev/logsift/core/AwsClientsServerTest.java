package dev.logsift.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/** The SDK's HTTP client on connections the JDK opens: the timeouts must still hold. */
@Tag("server")
class AwsClientsServerTest {
  @Test
  void sendsAndReadsAndGivesUpOnAServerThatDoesNotAnswerInTime() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", ex -> {
      byte[] in = ex.getRequestBody().readAllBytes();
      if (ex.getRequestURI().getPath().equals("/slow")) {
        try {
          Thread.sleep(5_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      ex.sendResponseHeaders(200, in.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(in);
      }
    });
    server.start();
    try {
      SdkHttpClient http = AwsClients.http(Duration.ofSeconds(2), Duration.ofMillis(300));
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      HttpExecuteResponse r = post(http, base + "/fast", "{\"TableName\":\"t\"}");
      try (InputStream body = r.responseBody().orElseThrow()) {
        assertEquals("{\"TableName\":\"t\"}", new String(body.readAllBytes(), StandardCharsets.UTF_8));
      }
      assertThrows(SocketTimeoutException.class, () -> post(http, base + "/slow", "{}"),
          "the read timeout was not set on the connection");
    } finally {
      server.stop(0);
    }
  }

  private static HttpExecuteResponse post(SdkHttpClient http, String uri, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    SdkHttpRequest req = SdkHttpRequest.builder().uri(URI.create(uri)).method(SdkHttpMethod.POST)
        .putHeader("Content-Length", Integer.toString(bytes.length)).build();
    return http.prepareRequest(HttpExecuteRequest.builder().request(req)
        .contentStreamProvider(() -> new ByteArrayInputStream(bytes)).build()).call();
  }
}
