package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
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
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** The stand-ins the stores and notifiers are wired with while their clients are still being built. */
@Tag("server")
class LaterClientsServerTest {
  @Test
  void everyDynamoDbOperationTheStoresUseWaitsForTheClientThenReachesIt() throws Exception {
    CountDownLatch built = new CountDownLatch(1);
    Recording real = new Recording();
    StartUp start = new StartUp();
    DynamoDbClient client = new LaterDynamoDb(start.first(() -> {
      await(built);
      return real;
    }));
    start.done();
    Thread caller = Thread.ofPlatform().start(() -> client.getItem(b -> b.tableName("t").key(key())));
    caller.join(200);
    assertTrue(caller.isAlive(), "a call returned before the client was built");
    built.countDown();
    caller.join(10_000);
    client.putItem(b -> b.tableName("t").item(key()));
    client.updateItem(b -> b.tableName("t").key(key()).updateExpression("SET #a = :a"));
    client.batchGetItem(b -> b.requestItems(Map.of()));
    client.batchWriteItem(b -> b.requestItems(Map.of()));
    assertEquals(List.of("GetItem", "PutItem", "UpdateItem", "BatchGetItem", "BatchWriteItem"), real.calls);
    assertEquals(DynamoDbClient.SERVICE_NAME, client.serviceName());
    // An operation no store uses is not passed on: a store that starts using one fails here first.
    assertThrows(UnsupportedOperationException.class, () -> client.deleteItem(b -> b.tableName("t").key(key())));
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

  private static Map<String, AttributeValue> key() {
    return Map.of("pk", AttributeValue.fromS("fp#1"));
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** A DynamoDB client that answers the stores' five operations with empty responses and records them. */
  private static final class Recording implements DynamoDbClient {
    final List<String> calls = new ArrayList<>();

    @Override
    public GetItemResponse getItem(GetItemRequest r) {
      calls.add("GetItem");
      return GetItemResponse.builder().build();
    }

    @Override
    public PutItemResponse putItem(PutItemRequest r) {
      calls.add("PutItem");
      return PutItemResponse.builder().build();
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest r) {
      calls.add("UpdateItem");
      return UpdateItemResponse.builder().build();
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest r) {
      calls.add("BatchGetItem");
      return BatchGetItemResponse.builder().build();
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest r) {
      calls.add("BatchWriteItem");
      return BatchWriteItemResponse.builder().build();
    }

    @Override
    public String serviceName() {
      return SERVICE_NAME;
    }

    @Override
    public void close() {}
  }
}
