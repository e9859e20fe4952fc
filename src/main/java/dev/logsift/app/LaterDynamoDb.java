package dev.logsift.app;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
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

/**
 * The DynamoDB client the stores are built with while the real one is still being built on a start-up thread
 * (its credentials chain, signer and classes; no longer the SDK client's ~300 ms): each call waits for it, then
 * goes to it. The operations the stores use are passed on; the SDK's other operations are left unsupported, so a
 * store that starts using one fails its server tests until it is added here.
 */
final class LaterDynamoDb implements DynamoDbClient {
  private final Later<DynamoDbClient> client;

  LaterDynamoDb(Later<DynamoDbClient> client) {
    this.client = client;
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return client.get().getItem(request);
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return client.get().putItem(request);
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return client.get().updateItem(request);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return client.get().batchGetItem(request);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return client.get().batchWriteItem(request);
  }

  @Override
  public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
    return client.get().serviceClientConfiguration();
  }

  @Override
  public String serviceName() {
    return DynamoDbClient.SERVICE_NAME;
  }

  @Override
  public void close() {
    client.get().close();
  }
}
