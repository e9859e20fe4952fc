package dev.logsift.dynamo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logsift.core.AwsEnvironment;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.JsonStreams;
import dev.logsift.core.Sleeper;
import dev.logsift.core.SigV4;
import dev.logsift.http.Retrier;
import dev.logsift.http.RetryAfter;
import dev.logsift.http.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbServiceClientConfiguration;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ThrottlingException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The stores' DynamoDB client: the five operations they use, as SigV4-signed JSON 1.0 over the SDK's signer and
 * HTTP client, taking and giving the SDK's model objects and throwing the SDK's exceptions, so the stores cannot
 * tell it from the SDK's client. Building the SDK's client and making its first call cost ~350 ms of every cold
 * start (plus ~15 ms per further operation), most of it the SDK's interceptor, endpoint-rule and marshaller
 * machinery this needs none of. Every other operation is unsupported: a store that starts using one fails its
 * server tests until it is added here.
 */
public final class DynamoJsonClient implements DynamoDbClient {
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

  private final URI endpoint;
  private final Region region;
  private final SigV4 sigV4;
  private final Retrier retrier;

  public DynamoJsonClient(URI endpoint, Region region, AwsCredentialsProvider credentials, SdkHttpClient http) {
    this(endpoint, region, credentials, http, Sleeper.system(), () -> Retrier.DEFAULT_BUDGET_MILLIS);
  }

  public DynamoJsonClient(URI endpoint, Region region, AwsCredentialsProvider credentials, SdkHttpClient http,
      Sleeper sleeper, LongSupplier budgetMillis) {
    this.endpoint = endpoint.resolve("/");
    this.region = region;
    this.sigV4 = new SigV4("dynamodb", region.id(), credentials, http);
    this.retrier = new Retrier("dynamodb", POLICY, Clock.systemUTC(), sleeper, new SecureRandom(), budgetMillis);
  }

  /**
   * The endpoint as the SDK picks it: the service's own setting, then the shared one, each as a JVM setting
   * (aws.endpointUrlDynamoDb, aws.endpointUrl; read by the wiring) before the variable, else the regional one.
   */
  public static URI endpoint(Map<String, String> jvmSettings, AwsEnvironment aws, Region region) {
    return aws.endpoint(jvmSettings, region, "aws.endpointUrlDynamoDb", "AWS_ENDPOINT_URL_DYNAMODB", "dynamodb");
  }

  @Override
  public GetItemResponse getItem(GetItemRequest request) {
    return call("GetItem", g -> DynamoWire.getItem(g, request), DynamoWire::getItemResponse);
  }

  @Override
  public PutItemResponse putItem(PutItemRequest request) {
    return call("PutItem", g -> DynamoWire.putItem(g, request), DynamoWire::putItemResponse);
  }

  @Override
  public UpdateItemResponse updateItem(UpdateItemRequest request) {
    return call("UpdateItem", g -> DynamoWire.updateItem(g, request), DynamoWire::updateItemResponse);
  }

  @Override
  public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
    return call("BatchGetItem", g -> DynamoWire.batchGetItem(g, request), DynamoWire::batchGetItemResponse);
  }

  @Override
  public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
    return call("BatchWriteItem", g -> DynamoWire.batchWriteItem(g, request), DynamoWire::batchWriteItemResponse);
  }

  @Override
  public DynamoDbServiceClientConfiguration serviceClientConfiguration() {
    return DynamoDbServiceClientConfiguration.builder().region(region).credentialsProvider(sigV4.credentials())
        .endpointOverride(endpoint).build();
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** The HTTP client is shared with the other AWS clients and closed with them, never here. */
  @Override
  public void close() {}

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private interface Answer<T> {
    T read(JsonParser p) throws IOException;
  }

  private <T> T call(String operation, Body body, Answer<T> answer) {
    byte[] payload = payload(body);
    SdkHttpRequest request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(endpoint)
        .putHeader("Content-Type", CONTENT_TYPE)
        .putHeader("X-Amz-Target", TARGET + operation)
        .putHeader("Content-Length", Integer.toString(payload.length))
        .build();
    try {
      return retrier.run((reason, why) -> operation + " failed: " + Retrier.Naming.PLAIN.message(reason, why),
          timeout -> attempt(operation, request, payload, answer));
    } catch (DownstreamUnavailableException e) {
      // Given up: the last failure as the SDK's client would have thrown it, which is what the stores catch.
      if (e.getCause() instanceof SdkException sdk) {
        throw sdk;
      }
      throw SdkClientException.builder().message(e.getMessage()).cause(e).build();
    }
  }

  private <T> Retrier.Verdict<T> attempt(String operation, SdkHttpRequest request, byte[] payload,
      Answer<T> answer) {
    HttpExecuteResponse response;
    byte[] bytes;
    try {
      response = sigV4.prepare(request, payload).call();
      bytes = SigV4.body(response);
    } catch (IOException | UncheckedIOException e) {
      SdkClientException failed = SdkClientException.builder()
          .message(operation + " request failed: " + e.getClass().getSimpleName())
          .cause(Retrier.scrubbed(e)).build();
      return new Retrier.Retry<>(e.getClass().getSimpleName(), null, failed);
    } catch (SdkClientException e) {
      return new Retrier.Retry<>(e.getClass().getSimpleName(), null, e);
    }
    SdkHttpResponse head = response.httpResponse();
    int status = head.statusCode();
    if (status / 100 == 2) {
      try (JsonParser p = JsonStreams.FACTORY.createParser(bytes)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw new IOException("answer is not a JSON object");
        }
        return new Retrier.Done<>(answer.read(p));
      } catch (IOException | RuntimeException e) {
        throw SdkClientException.builder().message(operation + " answer unreadable: " + e.getClass().getSimpleName())
            .build();
      }
    }
    AwsServiceException error = error(operation, head, bytes);
    String code = error.awsErrorDetails().errorCode();
    if (status >= 500 || status == 429 || THROTTLING.contains(code)) {
      return new Retrier.Retry<>("HTTP " + status + " " + code,
          RetryAfter.header(head.firstMatchingHeader("Retry-After").orElse(null)), error);
    }
    throw error;
  }

  /**
   * DynamoDB's error as the SDK's exception of the same name. The message is the error code only, never
   * DynamoDB's own text, which may echo keys or values.
   */
  static AwsServiceException error(String operation, SdkHttpResponse head, byte[] bytes) {
    String type = "";
    Map<String, AttributeValue> item = null;
    try (JsonParser p = JsonStreams.FACTORY.createParser(bytes)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken t = p.nextToken();
          if (field.equals("__type") && t == JsonToken.VALUE_STRING) {
            type = p.getText();
          } else if (field.equals("Item") && t == JsonToken.START_OBJECT) {
            item = DynamoWire.item(p);
          } else {
            p.skipChildren();
          }
        }
      }
    } catch (IOException e) {
      // An unreadable error body still gives its status.
    }
    String code = type.substring(type.lastIndexOf('#') + 1);
    if (!code.matches("[A-Za-z0-9.]{1,100}")) {
      code = head.statusCode() >= 500 ? "InternalServerError" : "HTTP" + head.statusCode();
    }
    AwsErrorDetails details = AwsErrorDetails.builder().errorCode(code)
        .errorMessage(operation + ": " + code).serviceName("DynamoDb").sdkHttpResponse(head).build();
    AwsServiceException.Builder b = switch (code) {
      case "ConditionalCheckFailedException" -> {
        ConditionalCheckFailedException.Builder c = ConditionalCheckFailedException.builder();
        if (item != null) {
          c.item(item);
        }
        yield c;
      }
      case "ProvisionedThroughputExceededException" -> ProvisionedThroughputExceededException.builder();
      case "RequestLimitExceeded" -> RequestLimitExceededException.builder();
      case "ThrottlingException" -> ThrottlingException.builder();
      case "ResourceNotFoundException" -> ResourceNotFoundException.builder();
      case "InternalServerError" -> InternalServerErrorException.builder();
      default -> DynamoDbException.builder();
    };
    return b.awsErrorDetails(details).statusCode(head.statusCode())
        .requestId(head.firstMatchingHeader("x-amzn-RequestId").orElse(null)).build();
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
