package dev.logsift.testing;

import dev.logsift.dynamo.Attr;
import dev.logsift.dynamo.BatchGet;
import dev.logsift.dynamo.DynamoDb;
import dev.logsift.dynamo.DynamoJsonClient;
import dev.logsift.dynamo.Get;
import dev.logsift.dynamo.Put;
import dev.logsift.dynamo.Update;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * The tests' DynamoDB client: the stores' five operations ({@link DynamoDb}) go over the production client
 * ({@link DynamoJsonClient}), so every store server test runs on its wire format; what only tests do (tables,
 * scans, deletes, looking at items) goes to the SDK's client, a second opinion on what the stores wrote.
 */
public final class WireDynamo implements DynamoDbClient, DynamoDb {
  private final DynamoDbClient sdk;
  private final DynamoJsonClient wire;

  WireDynamo(DynamoDbClient sdk, DynamoJsonClient wire) {
    this.sdk = sdk;
    this.wire = wire;
  }

  @Override
  public Map<String, Attr> get(Get request) {
    return wire.get(request);
  }

  @Override
  public void put(Put request) {
    wire.put(request);
  }

  @Override
  public Map<String, Attr> update(Update request) {
    return wire.update(request);
  }

  @Override
  public BatchGet.Answer batchGet(BatchGet request) {
    return wire.batchGet(request);
  }

  @Override
  public List<Map<String, Attr>> batchPut(String table, List<Map<String, Attr>> items) {
    return wire.batchPut(table, items);
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return sdk.getItem(request);
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return sdk.putItem(request);
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return sdk.updateItem(request);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return sdk.batchGetItem(request);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return sdk.batchWriteItem(request);
  }

  @Override
  public CreateTableResponse createTable(CreateTableRequest request) {
    return sdk.createTable(request);
  }

  @Override
  public ScanResponse scan(ScanRequest request) {
    return sdk.scan(request);
  }

  @Override
  public DeleteItemResponse deleteItem(DeleteItemRequest request) {
    return sdk.deleteItem(request);
  }

  @Override
  public DynamoDbWaiter waiter() {
    return sdk.waiter();
  }

  @Override
  public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
    return sdk.serviceClientConfiguration();
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  @Override
  public void close() {
    sdk.close();
  }
}
