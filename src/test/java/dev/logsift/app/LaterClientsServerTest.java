package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.BatchGet;
import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Get;
import dev.logsift.dynamo.Put;
import dev.logsift.dynamo.Update;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The stand-ins the stores and notifiers are wired with while their clients are still being built. */
@Tag("server")
class LaterClientsServerTest {
  @Test
  void everyDynamoDbOperationTheStoresUseWaitsForTheClientThenReachesIt() throws Exception {
    CountDownLatch built = new CountDownLatch(1);
    Recording real = new Recording();
    StartUp start = new StartUp();
    DynamoDb client = new LaterDynamoDb(start.first(() -> {
      await(built);
      return real;
    }));
    start.done();
    Thread caller = Thread.ofPlatform().start(() -> client.get(new Get("t", key(), true)));
    caller.join(200);
    assertTrue(caller.isAlive(), "a call returned before the client was built");
    built.countDown();
    caller.join(10_000);
    client.put(Put.of("t", key()));
    client.update(Update.builder("t", key()).updateExpression("SET #a = :a").build());
    client.batchGet(new BatchGet("t", List.of(key()), false, null, Map.of()));
    client.batchPut("t", List.of(key()));
    assertEquals(List.of("GetItem", "PutItem", "UpdateItem", "BatchGetItem", "BatchWriteItem"), real.calls);
  }

  @Test
  void chatRequestsGoToTheBuiltClient() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    server.createContext("/", ex -> {
      byte[] body = ("echo " + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
          .getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(body);
      }
    });
    server.start();
    StartUp start = new StartUp();
    try (HttpClient client = new LaterHttpClient(start.then(Notifiers::newChatHttp))) {
      start.done();
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + server.getAddress().getPort() + "/hook")).POST(HttpRequest.BodyPublishers.ofString("card")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals("echo card", r.body());
      assertEquals(HttpClient.Redirect.NEVER, client.followRedirects(), "not the chat client's settings");
    } finally {
      server.stop(0);
    }
  }

  private static Map<String, Attr> key() {
    return Map.of("pk", Attr.fromS("fp#1"));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** A DynamoDB client that answers the stores' five operations with empty answers and records them. */
  private static final class Recording implements DynamoDb {
    final List<String> calls = new ArrayList<>();

    @Override
    public Map<String, Attr> get(Get r) {
      calls.add("GetItem");
      return null;
    }

    @Override
    public void put(Put r) {
      calls.add("PutItem");
    }

    @Override
    public Map<String, Attr> update(Update r) {
      calls.add("UpdateItem");
      return Map.of();
    }

    @Override
    public BatchGet.Answer batchGet(BatchGet r) {
      calls.add("BatchGetItem");
      return new BatchGet.Answer(List.of(), null);
    }

    @Override
    public List<Map<String, Attr>> batchPut(String table, List<Map<String, Attr>> items) {
      calls.add("BatchWriteItem");
      return List.of();
    }
  }
}
