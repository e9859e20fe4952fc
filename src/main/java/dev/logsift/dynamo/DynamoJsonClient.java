package dev.logsift.dynamo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logsift.core.AwsEnvironment;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.JsonStreams;
import dev.logsift.core.Sleeper;
import dev.logsift.core.SigV4;
import dev.logsift.http.AwsJsonCall;
import dev.logsift.core.Retrier;
import dev.logsift.core.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * The stores' DynamoDB client: the five operations they use, as JSON 1.0 through http/AwsJsonCall on the SDK's
 * HTTP client, on our own requests and {@link Attr}s. Building the SDK's client and making its first call cost
 * ~350 ms of every cold start (plus ~15 ms per further operation), most of it the SDK's interceptor,
 * endpoint-rule and marshaller machinery this needs none of; its model objects another ~100 ms.
 */
public final class DynamoJsonClient implements DynamoDb {
  private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
  private static final String TARGET = "DynamoDB_20120810.";

  /**
   * What the SDK's client did by default for DynamoDB: up to 8 retries from a 25 ms base, on throttling, 5xx and
   * I/O failures; no overall deadline but the HTTP client's timeouts, here a generous budget.
   */
  static final RetryPolicy POLICY = new RetryPolicy(9, Duration.ofMillis(25), Duration.ofSeconds(2),
      Duration.ofSeconds(10), Duration.ZERO);
  private static final Set<String> THROTTLING = Set.of("ThrottlingException", "ProvisionedThroughputExceededException",
      "RequestLimitExceeded", "RequestThrottledException", "TransactionInProgressException",
      "ThrottledException", "TooManyRequestsException", "SlowDown", "LimitExceededException");

  private final AwsJsonCall dynamo;

  public DynamoJsonClient(URI endpoint, Region region, AwsCredentialsProvider credentials, SdkHttpClient http) {
    this(endpoint, region, credentials, http, Sleeper.system(), () -> Retrier.DEFAULT_BUDGET_MILLIS);
  }

  public DynamoJsonClient(URI endpoint, Region region, AwsCredentialsProvider credentials, SdkHttpClient http,
      Sleeper sleeper, LongSupplier budgetMillis) {
    this.dynamo = new AwsJsonCall(endpoint, CONTENT_TYPE, TARGET, new SigV4("dynamodb", region.id(), credentials, http),
        new Retrier("dynamodb", POLICY, Clock.systemUTC(), sleeper, new SecureRandom(), budgetMillis));
  }

  /**
   * The endpoint as the SDK picks it: the service's own setting, then the shared one, each as a JVM setting
   * (aws.endpointUrlDynamoDb, aws.endpointUrl; read by the wiring) before the variable, else the regional one.
   */
  public static URI endpoint(Map<String, String> jvmSettings, AwsEnvironment aws, Region region) {
    return aws.endpoint(jvmSettings, region, "aws.endpointUrlDynamoDb", "AWS_ENDPOINT_URL_DYNAMODB", "dynamodb");
  }

  @Override
  public Map<String, Attr> get(Get request) {
    return call("GetItem", g -> DynamoWire.get(g, request), p -> DynamoWire.onlyItem(p, "Item"));
  }

  @Override
  public void put(Put request) {
    call("PutItem", g -> DynamoWire.put(g, request), p -> DynamoWire.onlyItem(p, "Attributes"));
  }

  @Override
  public Map<String, Attr> update(Update request) {
    Map<String, Attr> attributes = call("UpdateItem", g -> DynamoWire.update(g, request),
        p -> DynamoWire.onlyItem(p, "Attributes"));
    return attributes == null ? Map.of() : attributes;
  }

  @Override
  public BatchGet.Answer batchGet(BatchGet request) {
    return call("BatchGetItem", g -> DynamoWire.batchGet(g, request), p -> DynamoWire.batchGetAnswer(p, request));
  }

  @Override
  public List<Map<String, Attr>> batchPut(String table, List<Map<String, Attr>> items) {
    return call("BatchWriteItem", g -> DynamoWire.batchPut(g, table, items), DynamoWire::batchPutAnswer);
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private interface Answer<T> {
    T read(JsonParser p) throws IOException;
  }

  private <T> T call(String operation, Body body, Answer<T> answer) {
    try {
      return dynamo.call(operation, payload(body),
          (reason, why) -> operation + " failed: " + Retrier.Naming.PLAIN.message(reason, why),
          reply -> judge(operation, reply, answer),
          e -> new DynamoException(operation, e.getClass().getSimpleName(), 0, Retrier.scrubbed(e)));
    } catch (DownstreamUnavailableException e) {
      // Given up: the last failure, which the stores name in their own errors.
      if (e.getCause() instanceof DynamoException last) {
        throw last;
      }
      throw new DynamoException(operation, "Unavailable", 0, e);
    }
  }

  private static <T> Retrier.Verdict<T> judge(String operation, AwsJsonCall.Reply reply, Answer<T> answer) {
    if (reply.ok()) {
      try (JsonParser p = JsonStreams.FACTORY.createParser(reply.body())) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new IOException("answer is not a JSON object");
        }
        return new Retrier.Done<>(answer.read(p));
      } catch (IOException | RuntimeException e) {
        throw new DynamoException(operation, "UnreadableAnswer", reply.status(), null);
      }
    }
    DynamoException error = error(operation, reply.status(), reply.errorCode());
    if (reply.busy(THROTTLING)) {
      return new Retrier.Retry<>("HTTP " + reply.status() + " " + error.code(), reply.retryAfter(), error);
    }
    throw error;
  }

  /**
   * DynamoDB's error as our exception. The message is the error code only, never DynamoDB's own text, which may
   * echo keys or values.
   */
  static DynamoException error(String operation, int status, String code) {
    if (code.isEmpty()) {
      code = status >= 500 ? "InternalServerError" : "HTTP" + status;
    }
    if (code.equals("ConditionalCheckFailedException")) {
      return new ConditionFailedException(operation, status);
    }
    return new DynamoException(operation, code, status, null);
  }

  private static byte[] payload(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = JsonStreams.FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
