package dev.logsift.app;

import dev.logsift.core.JsonStreams;
import dev.logsift.core.AwsClients;
import dev.logsift.core.AwsEnvironment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logsift.core.DownstreamUnavailableException;
import dev.logsift.core.Sleeper;
import dev.logsift.core.SigV4;
import dev.logsift.http.Retrier;
import dev.logsift.http.RetryAfter;
import dev.logsift.http.RetryPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Reads SecureString parameters from SSM Parameter Store with one SigV4-signed GetParameter call each
 * (JSON 1.1 over the SDK's own signer and HTTP client). The full SSM SDK client is about 5 MB of model
 * classes for this one call; dropping it shrinks the jar by a quarter and loads far fewer classes.
 */
public final class SsmParameters {
  private static final JsonFactory JSON = JsonStreams.FACTORY;
  private static final String TARGET = "AmazonSSM.GetParameter";
  private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

  private final URI endpoint;
  private final SigV4 sigV4;
  private final Retrier retrier;

  /**
   * A few quick tries: the reads happen in the cold start, whose init phase Lambda cuts at 10 s, so all of
   * them together stay within INIT_BUDGET_MILLIS.
   */
  static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(1),
      Duration.ofSeconds(3), Duration.ZERO);
  static final long INIT_BUDGET_MILLIS = 6_000;

  public SsmParameters(URI endpoint, String region, AwsCredentialsProvider credentials, SdkHttpClient http) {
    this(endpoint, region, credentials, http, Sleeper.system());
  }

  SsmParameters(URI endpoint, String region, AwsCredentialsProvider credentials, SdkHttpClient http,
      Sleeper sleeper) {
    this.endpoint = endpoint;
    this.sigV4 = new SigV4("ssm", region, credentials, http);
    this.retrier = new Retrier("ssm", POLICY, Clock.systemUTC(), sleeper, new SecureRandom(),
        () -> INIT_BUDGET_MILLIS);
  }

  /**
   * The endpoint as the SDK would pick it: AWS_ENDPOINT_URL_SSM, then AWS_ENDPOINT_URL, then the regional one;
   * region from AWS_REGION; credentials from the SDK's default chain.
   */
  public static SsmParameters fromEnvironment(Map<String, String> env) {
    AwsEnvironment aws = AwsEnvironment.of(env);
    String region = aws.awsRegion().id();
    return new SsmParameters(endpoint(aws.endpoints(), region), region, AwsClients.credentials(aws), AwsClients.http());
  }

  static URI endpoint(Map<String, String> env, String region) {
    for (String name : new String[] {"AWS_ENDPOINT_URL_SSM", "AWS_ENDPOINT_URL"}) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        return URI.create(v.strip());
      }
    }
    String suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    return URI.create("https://ssm." + region + "." + suffix);
  }

  /** The decrypted value of one parameter; DownstreamUnavailableException if SSM cannot give it. */
  public String get(String name) {
    byte[] body = requestBody(name);
    SdkHttpRequest request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(endpoint.resolve("/"))
        .putHeader("Content-Type", CONTENT_TYPE)
        .putHeader("X-Amz-Target", TARGET)
        .putHeader("Content-Length", Integer.toString(body.length))
        .build();
    return retrier.run((reason, why) -> "GetParameter failed: " + reason, timeout -> {
      try {
        HttpExecuteResponse response = sigV4.prepare(request, body).call();
        byte[] answer = SigV4.body(response);
        int status = response.httpResponse().statusCode();
        String reason = "HTTP " + status + errorType(answer);
        if (status >= 500 || status == 429 || reason.endsWith(" ThrottlingException")) {
          return new Retrier.Retry<>(reason, RetryAfter.header(
              response.httpResponse().firstMatchingHeader("Retry-After").orElse(null)));
        }
        if (status / 100 != 2) {
          return new Retrier.Fail<>(reason);
        }
        return new Retrier.Done<>(value(answer));
      } catch (IOException | UncheckedIOException | SdkException e) {
        return new Retrier.Retry<>(e.getClass().getSimpleName(), null, e);
      }
    });
  }

  /** Names the failure, never the parameter or its value. */
  private static DownstreamUnavailableException failed(String reason, Throwable cause) {
    return new DownstreamUnavailableException("ssm", "GetParameter failed: " + reason, cause);
  }

  private static byte[] requestBody(String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("Name", name);
      g.writeBooleanField("WithDecryption", true);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Parameter.Value of the GetParameter answer. */
  static String value(byte[] answer) throws IOException {
    try (JsonParser p = JSON.createParser(answer)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw failed("answer is not a JSON object", null);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (!field.equals("Parameter")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String inner = p.currentName();
          JsonToken t = p.nextToken();
          if (inner.equals("Value") && t == JsonToken.VALUE_STRING) {
            return p.getText();
          }
          p.skipChildren();
        }
      }
    }
    throw failed("answer has no Parameter.Value", null);
  }

  /** The error code only (e.g. ParameterNotFound): AWS's message may echo the parameter name. */
  static String errorType(byte[] answer) {
    try (JsonParser p = JSON.createParser(answer)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return "";
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("__type") && t == JsonToken.VALUE_STRING) {
          String type = p.getText();
          String code = type.substring(type.lastIndexOf('#') + 1);
          return code.matches("[A-Za-z0-9.]{1,100}") ? " " + code : "";
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }
}
