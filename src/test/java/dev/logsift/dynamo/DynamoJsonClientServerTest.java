package dev.logsift.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.AwsEnvironment;
import dev.logsift.core.JsonStreams;
import dev.logsift.testing.Dynalite;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The wire format of each operation, against dynalite and, for what dynalite cannot do, a scripted server. */
class DynamoJsonClientServerTest {
  private static final StaticCredentialsProvider KEYS =
      StaticCredentialsProvider.create(AwsBasicCredentials.create(Dynalite.ACCESS_KEY, Dynalite.SECRET_KEY));
  private static Dynalite db;
  private static String table;
  private static DynamoJsonClient client;

  @BeforeAll
  static void start() {
    db = Dynalite.shared();
    table = db.newTable();
    client = new DynamoJsonClient(db.endpoint(), Dynalite.REGION, KEYS, UrlConnectionHttpClient.create());
  }

  private static DynamoJsonClient scripted(ScriptedServer server, List<Duration> sleeps) {
    return new DynamoJsonClient(server.uri("/"), Region.EU_WEST_1, KEYS, UrlConnectionHttpClient.create(),
        sleeps::add, () -> 20_000);
  }

  private static Map<String, AttributeValue> key(String pk) {
    return Map.of("pk", AttributeValue.fromS(pk));
  }

  @Test
  void everyAttributeTypeRoundTripsThroughPutAndGet() {
    Map<String, AttributeValue> item = Map.ofEntries(
        Map.entry("pk", AttributeValue.fromS("types")),
        Map.entry("n", AttributeValue.fromN("-12.5")),
        Map.entry("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 0xff}))),
        Map.entry("bool", AttributeValue.fromBool(false)),
        Map.entry("nul", AttributeValue.fromNul(true)),
        Map.entry("ss", AttributeValue.fromSs(List.of("a", "b\"\n\u00e9"))),
        Map.entry("ns", AttributeValue.fromNs(List.of("1", "2"))),
        Map.entry("bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x")))),
        Map.entry("m", AttributeValue.fromM(Map.of("inner", AttributeValue.fromL(List.of(AttributeValue.fromN("3"),
            AttributeValue.fromM(Map.of()), AttributeValue.fromS("")))))));
    client.putItem(b -> b.tableName(table).item(item));
    Map<String, AttributeValue> read = client.getItem(b -> b.tableName(table).key(key("types")).consistentRead(true))
        .item();
    assertEquals(item.keySet(), read.keySet());
    item.forEach((k, v) -> {
      if (k.equals("ss") || k.equals("ns")) {
        assertEquals(new java.util.HashSet<>(k.equals("ss") ? v.ss() : v.ns()),
            new java.util.HashSet<>(k.equals("ss") ? read.get(k).ss() : read.get(k).ns()), k);
      } else {
        assertEquals(v, read.get(k), k);
      }
    });
    assertFalse(client.getItem(b -> b.tableName(table).key(key("absent"))).hasItem(), "no item, as the SDK says");
    Map<String, AttributeValue> projected = client.getItem(b -> b.tableName(table).key(key("types"))
        .projectionExpression("#n").expressionAttributeNames(Map.of("#n", "n"))).item();
    assertEquals(Map.of("n", AttributeValue.fromN("-12.5")), projected);
  }

  @Test
  void conditionsUpdatesAndReturnValuesAsTheSdkWritesThem() {
    client.putItem(b -> b.tableName(table).item(Map.of("pk", AttributeValue.fromS("cond"),
        "count", AttributeValue.fromN("1"))));
    Map<String, AttributeValue> old = client.putItem(b -> b.tableName(table)
        .item(Map.of("pk", AttributeValue.fromS("cond"), "count", AttributeValue.fromN("2")))
        .conditionExpression("#c = :one").expressionAttributeNames(Map.of("#c", "count"))
        .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))).returnValues(ReturnValue.ALL_OLD))
        .attributes();
    assertEquals(AttributeValue.fromN("1"), old.get("count"));
    Map<String, AttributeValue> updated = client.updateItem(b -> b.tableName(table).key(key("cond"))
        .updateExpression("SET #c = #c + :d").expressionAttributeNames(Map.of("#c", "count"))
        .expressionAttributeValues(Map.of(":d", AttributeValue.fromN("5"))).returnValues(ReturnValue.ALL_NEW))
        .attributes();
    assertEquals(AttributeValue.fromN("7"), updated.get("count"));
    ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class,
        () -> client.updateItem(b -> b.tableName(table).key(key("cond")).updateExpression("SET #c = :z")
            .conditionExpression("attribute_not_exists(pk)").expressionAttributeNames(Map.of("#c", "count"))
            .expressionAttributeValues(Map.of(":z", AttributeValue.fromN("0")))));
    assertEquals("ConditionalCheckFailedException", e.awsErrorDetails().errorCode());
    assertEquals(400, e.statusCode());
  }

  @Test
  void batchesReadAndWriteSeveralItems() {
    List<WriteRequest> puts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int n = i;
      puts.add(WriteRequest.builder().putRequest(p -> p.item(Map.of("pk", AttributeValue.fromS("batch" + n),
          "v", AttributeValue.fromN(Integer.toString(n)), "w", AttributeValue.fromS("x")))).build());
    }
    puts.add(WriteRequest.builder().deleteRequest(d -> d.key(key("batch-none"))).build());
    BatchWriteItemResponse w = client.batchWriteItem(b -> b.requestItems(Map.of(table, puts)));
    assertTrue(!w.hasUnprocessedItems() || w.unprocessedItems().isEmpty());
    BatchGetItemResponse r = client.batchGetItem(b -> b.requestItems(Map.of(table, KeysAndAttributes.builder()
        .keys(key("batch1"), key("batch3"), key("batch-none")).consistentRead(true)
        .projectionExpression("pk, #v").expressionAttributeNames(Map.of("#v", "v")).build())));
    List<Map<String, AttributeValue>> got = r.responses().get(table);
    assertEquals(2, got.size());
    got.forEach(item -> assertEquals(java.util.Set.of("pk", "v"), item.keySet()));
  }

  @Test
  void aMissingTableIsTheSdksResourceNotFound() {
    assertThrows(ResourceNotFoundException.class,
        () -> client.getItem(b -> b.tableName("no-such-table").key(key("x"))));
  }

  @Test
  void theRequestIsSignedJson10ForTheOperation() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{}"))) {
      List<Duration> sleeps = new ArrayList<>();
      scripted(server, sleeps).updateItem(b -> b.tableName("t").key(key("k")).updateExpression("SET a = :a")
          .expressionAttributeValues(Map.of(":a", AttributeValue.fromN("1")))
          .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD));
      ScriptedServer.Request sent = server.requests().get(0);
      assertEquals("POST", sent.method());
      assertEquals("DynamoDB_20120810.UpdateItem", sent.header("X-Amz-Target"));
      assertEquals("application/x-amz-json-1.0", sent.header("Content-Type"));
      assertTrue(sent.header("Authorization").contains("/eu-west-1/dynamodb/aws4_request"));
      assertEquals(JsonStreams.read("{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"k\"}},\"UpdateExpression\":"
          + "\"SET a = :a\",\"ExpressionAttributeValues\":{\":a\":{\"N\":\"1\"}},"
          + "\"ReturnValuesOnConditionCheckFailure\":\"ALL_OLD\"}"), JsonStreams.read(sent.body()));
    }
  }

  @Test
  void aFailedConditionCarriesTheOldItemWhenAskedFor() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(400, "{\"__type\":"
        + "\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\",\"message\":\"secret-value\","
        + "\"Item\":{\"pk\":{\"S\":\"k\"},\"n\":{\"N\":\"4\"}}}"))) {
      List<Duration> sleeps = new ArrayList<>();
      ConditionalCheckFailedException e = assertThrows(ConditionalCheckFailedException.class,
          () -> scripted(server, sleeps).putItem(b -> b.tableName("t").item(key("k")).conditionExpression("x")
              .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
      assertEquals(Map.of("pk", AttributeValue.fromS("k"), "n", AttributeValue.fromN("4")), e.item());
      assertFalse(e.getMessage().contains("secret-value"), "DynamoDB's text may echo values");
      assertEquals(1, server.requests().size(), "a failed condition is an answer, not retried");
    }
  }

  @Test
  void throttlingIsRetriedThenAnswered() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{\"Item\":{\"pk\":{\"S\":\"k\"}}}"))) {
      server.then(Reply.json(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\"}"))
          .then(Reply.json(400,
              "{\"__type\":\"com.amazon.coral.availability#ProvisionedThroughputExceededException\"}"))
          .then(Reply.json(500, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\"}"));
      List<Duration> sleeps = new ArrayList<>();
      assertEquals("k", scripted(server, sleeps).getItem(b -> b.tableName("t").key(key("k"))).item().get("pk").s());
      assertEquals(4, server.requests().size());
      assertEquals(3, sleeps.size());
    }
  }

  @Test
  void retriesGiveUpWithTheSdksExceptionOfTheLastAnswer() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        Reply.json(400, "{\"__type\":\"com.amazon.coral.availability#ProvisionedThroughputExceededException\"}"))) {
      List<Duration> sleeps = new ArrayList<>();
      assertThrows(ProvisionedThroughputExceededException.class,
          () -> scripted(server, sleeps).getItem(b -> b.tableName("t").key(key("k"))));
      assertEquals(DynamoJsonClient.POLICY.maxAttempts(), server.requests().size());
    }
    try (ScriptedServer server = new ScriptedServer(
        Reply.json(400, "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ThrottlingException\"}"))) {
      assertThrows(ThrottlingException.class,
          () -> scripted(server, new ArrayList<>()).getItem(b -> b.tableName("t").key(key("k"))));
    }
  }

  @Test
  void aValidationErrorIsNotRetried() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        Reply.json(400, "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"v=hunter2\"}"))) {
      DynamoDbException e = assertThrows(DynamoDbException.class,
          () -> scripted(server, new ArrayList<>()).getItem(b -> b.tableName("t").key(key("k"))));
      assertEquals("ValidationException", e.awsErrorDetails().errorCode());
      assertFalse(e.getMessage().contains("hunter2"));
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void unprocessedKeysAndItemsComeBackAsRequests() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{}"))) {
      server.then(Reply.json(200, "{\"Responses\":{\"t\":[{\"pk\":{\"S\":\"a\"}}]},\"UnprocessedKeys\":{\"t\":"
          + "{\"Keys\":[{\"pk\":{\"S\":\"b\"}}],\"ConsistentRead\":true,\"ProjectionExpression\":\"pk, #v\","
          + "\"ExpressionAttributeNames\":{\"#v\":\"v\"}}},\"ConsumedCapacity\":[{\"TableName\":\"t\"}]}"))
          .then(Reply.json(200, "{\"UnprocessedItems\":{\"t\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"c\"}}}},"
              + "{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"d\"}}}}]}}"));
      DynamoJsonClient c = scripted(server, new ArrayList<>());
      BatchGetItemResponse r = c.batchGetItem(b -> b.requestItems(Map.of("t",
          KeysAndAttributes.builder().keys(key("a"), key("b")).build())));
      assertEquals(List.of(key("a")), r.responses().get("t"));
      assertEquals(KeysAndAttributes.builder().keys(key("b")).consistentRead(true).projectionExpression("pk, #v")
          .expressionAttributeNames(Map.of("#v", "v")).build(), r.unprocessedKeys().get("t"));
      BatchWriteItemResponse w = c.batchWriteItem(b -> b.requestItems(Map.of("t",
          List.of(WriteRequest.builder().putRequest(p -> p.item(key("c"))).build()))));
      assertEquals(List.of(WriteRequest.builder().putRequest(p -> p.item(key("c"))).build(),
          WriteRequest.builder().deleteRequest(d -> d.key(key("d"))).build()), w.unprocessedItems().get("t"));
      assertEquals(JsonStreams.read("{\"RequestItems\":{\"t\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"c\"}}}}]}}"),
          JsonStreams.read(server.requests().get(1).body()));
    }
  }

  @Test
  void aDeadServerIsAnSdkClientExceptionAfterRetries() {
    DynamoJsonClient dead = new DynamoJsonClient(URI.create("http://127.0.0.1:9"), Region.EU_WEST_1, KEYS,
        UrlConnectionHttpClient.create(), d -> { }, () -> 20_000);
    SdkClientException e = assertThrows(SdkClientException.class,
        () -> dead.getItem(b -> b.tableName("t").key(key("k"))));
    assertFalse(e.getMessage().contains("127.0.0.1"));
  }

  @Test
  void theEndpointIsPickedAsTheSdkPicksIt() {
    Region r = Region.EU_WEST_1;
    assertEquals(URI.create("https://dynamodb.eu-west-1.amazonaws.com"),
        DynamoJsonClient.endpoint(Map.of(), AwsEnvironment.NONE, r));
    AwsEnvironment env = new AwsEnvironment("eu-west-1", Map.of("AWS_ENDPOINT_URL", "http://all:1",
        "AWS_ENDPOINT_URL_DYNAMODB", "http://ddb:2"));
    assertEquals(URI.create("http://ddb:2"), DynamoJsonClient.endpoint(Map.of(), env, r));
    assertEquals(URI.create("http://jvm:3"),
        DynamoJsonClient.endpoint(Map.of("aws.endpointUrlDynamoDb", "http://jvm:3"), env, r));
    assertEquals(URI.create("http://all:1"), DynamoJsonClient.endpoint(Map.of(),
        new AwsEnvironment("eu-west-1", Map.of("AWS_ENDPOINT_URL", "http://all:1")), r));
  }

  @Test
  void otherOperationsAreUnsupported() {
    assertThrows(UnsupportedOperationException.class, () -> client.scan(b -> b.tableName(table)));
    assertInstanceOf(StaticCredentialsProvider.class, client.serviceClientConfiguration().credentialsProvider());
  }
}
