package dev.logsift.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.AwsClients;
import dev.logsift.core.AwsEnvironment;
import dev.logsift.core.JsonStreams;
import dev.logsift.testing.Dynalite;
import dev.logsift.testing.ScriptedServer;
import dev.logsift.testing.ScriptedServer.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The wire format of each operation, against dynalite (with the SDK's client as a second reader and writer of
 * the same items) and, for what dynalite cannot do, a scripted server.
 */
@Tag("server")
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

  private static Map<String, Attr> key(String pk) {
    return Map.of("pk", Attr.fromS(pk));
  }

  @Test
  void everyAttributeTypeRoundTripsAndTheSdkReadsItAlike() {
    Map<String, Attr> item = Map.ofEntries(
        Map.entry("pk", Attr.fromS("types")),
        Map.entry("n", Attr.fromN("-12.5")),
        Map.entry("b", Attr.fromB(new byte[] {0, 1, (byte) 0xff})),
        Map.entry("bool", Attr.fromBool(false)),
        Map.entry("nul", Attr.fromNul()),
        Map.entry("ss", Attr.fromSs(List.of("a", "b\"\n\u00e9"))),
        Map.entry("ns", Attr.fromNs(List.of("1", "2"))),
        Map.entry("m", Attr.fromM(Map.of("inner", Attr.fromL(List.of(Attr.fromN("3"), Attr.fromM(Map.of()),
            Attr.fromS("")))))));
    client.put(Put.of(table, item));
    Map<String, Attr> read = client.get(new Get(table, key("types"), true));
    assertEquals(item.keySet(), read.keySet());
    item.forEach((k, v) -> {
      if (k.equals("ss") || k.equals("ns")) {
        assertEquals(new HashSet<>(k.equals("ss") ? v.ss() : v.ns()),
            new HashSet<>(k.equals("ss") ? read.get(k).ss() : read.get(k).ns()), k);
      } else {
        assertEquals(v, read.get(k), k);
      }
    });
    Map<String, AttributeValue> sdk = db.client().getItem(b -> b.tableName(table).key(Map.of("pk",
        AttributeValue.fromS("types"))).consistentRead(true)).item();
    assertEquals(AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 0xff})), sdk.get("b"));
    assertEquals(AttributeValue.fromN("-12.5"), sdk.get("n"));
    assertEquals(AttributeValue.fromNul(true), sdk.get("nul"));
    assertEquals("", sdk.get("m").m().get("inner").l().get(2).s());
    assertNull(client.get(new Get(table, key("absent"), false)), "no item");
  }

  @Test
  void conditionsUpdatesAndReturnValues() {
    client.put(Put.of(table, Map.of("pk", Attr.fromS("cond"), "count", Attr.fromN("1"))));
    client.put(Put.of(table, Map.of("pk", Attr.fromS("cond"), "count", Attr.fromN("2")))
        .when("#c = :one", Map.of("#c", "count"), Map.of(":one", Attr.fromN("1"))));
    Map<String, Attr> old = client.update(Update.builder(table, key("cond")).updateExpression("SET #c = #c + :d")
        .expressionAttributeNames(Map.of("#c", "count")).expressionAttributeValues(Map.of(":d", Attr.fromN("5")))
        .returnValues(Update.Returns.ALL_OLD).build());
    assertEquals(Attr.fromN("2"), old.get("count"));
    Map<String, Attr> updated = client.update(Update.builder(table, key("cond")).updateExpression("SET #c = #c + :d")
        .expressionAttributeNames(Map.of("#c", "count")).expressionAttributeValues(Map.of(":d", Attr.fromN("5")))
        .returnValues(Update.Returns.ALL_NEW).build());
    assertEquals(Attr.fromN("12"), updated.get("count"));
    assertEquals(Map.of(), client.update(Update.builder(table, key("cond")).updateExpression("SET x = :x")
        .expressionAttributeValues(Map.of(":x", Attr.fromS("y"))).build()), "nothing asked, nothing given");
    ConditionFailedException e = assertThrows(ConditionFailedException.class,
        () -> client.update(Update.builder(table, key("cond")).updateExpression("SET #c = :z")
            .conditionExpression("attribute_not_exists(pk)").expressionAttributeNames(Map.of("#c", "count"))
            .expressionAttributeValues(Map.of(":z", Attr.fromN("0"))).build()));
    assertEquals("ConditionalCheckFailedException", e.code());
    assertEquals(400, e.status());
    assertThrows(ConditionFailedException.class, () -> client.put(Put.of(table, key("cond"))
        .when("attribute_not_exists(pk)", Map.of(), Map.of())));
  }

  @Test
  void batchesReadAndWriteSeveralItems() {
    List<Map<String, Attr>> puts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      puts.add(Map.of("pk", Attr.fromS("batch" + i), "v", Attr.fromN(Integer.toString(i)), "w", Attr.fromS("x")));
    }
    assertEquals(List.of(), client.batchPut(table, puts));
    BatchGet.Answer r = client.batchGet(new BatchGet(table, List.of(key("batch1"), key("batch3"), key("batch-none")),
        true, "pk, #v", Map.of("#v", "v")));
    assertEquals(2, r.items().size());
    assertNull(r.unprocessed());
    r.items().forEach(item -> assertEquals(Set.of("pk", "v"), item.keySet()));
    assertEquals(5, db.client().scan(b -> b.tableName(table).filterExpression("begins_with(pk, :b)")
        .expressionAttributeValues(Map.of(":b", AttributeValue.fromS("batch")))).count(), "the SDK sees them");
  }

  @Test
  void aMissingTableIsResourceNotFound() {
    DynamoException e = assertThrows(DynamoException.class, () -> client.get(new Get("no-such-table", key("x"),
        false)));
    assertEquals("ResourceNotFoundException", e.code());
  }

  @Test
  void theRequestIsSignedJson10ForTheOperation() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{}"))) {
      scripted(server, new ArrayList<>()).update(Update.builder("t", key("k")).updateExpression("SET a = :a")
          .expressionAttributeValues(Map.of(":a", Attr.fromN("1"))).returnValues(Update.Returns.ALL_NEW).build());
      ScriptedServer.Request sent = server.requests().get(0);
      assertEquals("POST", sent.method());
      assertEquals("DynamoDB_20120810.UpdateItem", sent.header("X-Amz-Target"));
      assertEquals("application/x-amz-json-1.0", sent.header("Content-Type"));
      assertTrue(sent.header("Authorization").contains("/eu-west-1/dynamodb/aws4_request"));
      assertEquals(JsonStreams.read("{\"TableName\":\"t\",\"Key\":{\"pk\":{\"S\":\"k\"}},\"UpdateExpression\":"
          + "\"SET a = :a\",\"ExpressionAttributeValues\":{\":a\":{\"N\":\"1\"}},\"ReturnValues\":\"ALL_NEW\"}"),
          JsonStreams.read(sent.body()));
    }
  }

  @Test
  void aFailedConditionIsAnAnswerWithoutDynamoDbsText() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(400, "{\"__type\":"
        + "\"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException\",\"message\":\"secret-value\"}"))) {
      ConditionFailedException e = assertThrows(ConditionFailedException.class,
          () -> scripted(server, new ArrayList<>()).put(Put.of("t", key("k")).when("x", Map.of(), Map.of())));
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
      assertEquals("k", scripted(server, sleeps).get(new Get("t", key("k"), true)).get("pk").s());
      assertEquals(4, server.requests().size());
      assertEquals(3, sleeps.size());
    }
  }

  @Test
  void retriesGiveUpWithTheCodeOfTheLastAnswer() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        Reply.json(400, "{\"__type\":\"com.amazon.coral.availability#ProvisionedThroughputExceededException\"}"))) {
      DynamoException e = assertThrows(DynamoException.class,
          () -> scripted(server, new ArrayList<>()).get(new Get("t", key("k"), true)));
      assertEquals("ProvisionedThroughputExceededException", e.code());
      assertEquals(DynamoJsonClient.POLICY.maxAttempts(), server.requests().size());
    }
  }

  @Test
  void aValidationErrorIsNotRetried() throws Exception {
    try (ScriptedServer server = new ScriptedServer(
        Reply.json(400, "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"v=hunter2\"}"))) {
      DynamoException e = assertThrows(DynamoException.class,
          () -> scripted(server, new ArrayList<>()).get(new Get("t", key("k"), true)));
      assertEquals("ValidationException", e.code());
      assertFalse(e.getMessage().contains("hunter2"));
      assertEquals(1, server.requests().size());
    }
  }

  @Test
  void unprocessedKeysAndItemsComeBack() throws Exception {
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{}"))) {
      server.then(Reply.json(200, "{\"Responses\":{\"t\":[{\"pk\":{\"S\":\"a\"}}]},\"UnprocessedKeys\":{\"t\":"
          + "{\"Keys\":[{\"pk\":{\"S\":\"b\"}}],\"ConsistentRead\":true,\"ProjectionExpression\":\"pk, #v\","
          + "\"ExpressionAttributeNames\":{\"#v\":\"v\"}}},\"ConsumedCapacity\":[{\"TableName\":\"t\"}]}"))
          .then(Reply.json(200, "{\"UnprocessedItems\":{\"t\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"c\"}}}}]}}"));
      DynamoJsonClient c = scripted(server, new ArrayList<>());
      BatchGet asked = new BatchGet("t", List.of(key("a"), key("b")), true, "pk, #v", Map.of("#v", "v"));
      BatchGet.Answer r = c.batchGet(asked);
      assertEquals(List.of(key("a")), r.items());
      assertEquals(asked.withKeys(List.of(key("b"))), r.unprocessed());
      assertEquals(List.of(key("c")), c.batchPut("t", List.of(key("c"))));
      assertEquals(JsonStreams.read("{\"RequestItems\":{\"t\":[{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"c\"}}}}]}}"),
          JsonStreams.read(server.requests().get(1).body()));
    }
  }

  @Test
  void anAttemptNeverWaitsLongerThanTheInvocationHasLeft() throws Exception {
    // The production HTTP client waits up to 10 s for an answer; the invocation has 400 ms left.
    try (ScriptedServer server = new ScriptedServer(Reply.json(200, "{}").delayed(3_000))) {
      DynamoJsonClient c = new DynamoJsonClient(server.uri("/"), Region.EU_WEST_1, KEYS, AwsClients.http(),
          d -> { }, () -> 400);
      long t0 = System.nanoTime();
      DynamoException e = assertThrows(DynamoException.class, () -> c.get(new Get("t", key("k"), true)));
      long tookMillis = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(tookMillis < 2_000, "the attempt outlasted the budget: " + tookMillis + " ms");
      assertEquals("TimedOut", e.code());
      assertEquals(1, server.requests().size(), "no time was left for another attempt");
    }
  }

  @Test
  void aDeadServerIsADynamoExceptionAfterRetriesWithoutTheAddress() {
    DynamoJsonClient dead = new DynamoJsonClient(URI.create("http://127.0.0.1:" + Dynalite.closedPort()),
        Region.EU_WEST_1, KEYS, UrlConnectionHttpClient.create(), d -> { }, () -> 20_000);
    DynamoException e = assertThrows(DynamoException.class, () -> dead.get(new Get("t", key("k"), true)));
    assertEquals(0, e.status());
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
  void attributeValuesNeverPrintTheirContent() {
    assertEquals("Attr[S]", Attr.fromS("password=hunter2").toString());
    assertFalse(new DynamoException("GetItem", "ValidationException", 400, null).getMessage().contains("hunter2"));
  }
}
