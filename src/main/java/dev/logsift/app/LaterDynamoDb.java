package dev.logsift.app;

import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.BatchGet;
import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.Get;
import dev.logsift.dynamo.Put;
import dev.logsift.dynamo.Update;
import java.util.List;
import java.util.Map;

/**
 * The DynamoDB client the stores are built with while the real one is still being built on a start-up thread
 * (its credentials chain, signer and HTTP client): each call waits for it, then goes to it.
 */
final class LaterDynamoDb implements DynamoDb {
  private final Later<DynamoDb> client;

  LaterDynamoDb(Later<DynamoDb> client) {
    this.client = client;
  }

  @Override
  public Map<String, Attr> get(Get request) {
    return client.get().get(request);
  }

  @Override
  public void put(Put request) {
    client.get().put(request);
  }

  @Override
  public Map<String, Attr> update(Update request) {
    return client.get().update(request);
  }

  @Override
  public BatchGet.Answer batchGet(BatchGet request) {
    return client.get().batchGet(request);
  }

  @Override
  public List<Map<String, Attr>> batchPut(String table, List<Map<String, Attr>> items) {
    return client.get().batchPut(table, items);
  }
}
