package dev.logsift.corrections;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A local stand-in for a Lambda function URL: turns real HTTP requests into the payload-2.0 event (lower-cased
 * headers, body base64-encoded when asked) and the handler's response back into HTTP.
 */
final class FunctionUrl implements AutoCloseable {
  private final HttpServer server;
  volatile boolean base64Bodies;

  FunctionUrl(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> handle(handler, ex));
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, HttpExchange ex)
      throws IOException {
    byte[] raw = ex.getRequestBody().readAllBytes();
    Map<String, String> headers = new HashMap<>();
    for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
      headers.put(h.getKey().toLowerCase(Locale.ROOT), String.join(",", h.getValue()));
    }
    APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0").withRouteKey("$default").withRawPath(ex.getRequestURI().getRawPath())
        .withHeaders(headers)
        .withBody(base64Bodies ? Base64.getEncoder().encodeToString(raw) : new String(raw, StandardCharsets.UTF_8))
        .withIsBase64Encoded(base64Bodies)
        .build();
    APIGatewayV2HTTPResponse r;
    try {
      r = handler.handleRequest(event, null);
    } catch (RuntimeException e) {
      ex.sendResponseHeaders(502, -1);
      ex.close();
      return;
    }
    byte[] out = r.getBody() == null ? new byte[0] : r.getBody().getBytes(StandardCharsets.UTF_8);
    if (r.getHeaders() != null) {
      r.getHeaders().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
    }
    ex.sendResponseHeaders(r.getStatusCode(), out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      ex.getResponseBody().write(out);
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
