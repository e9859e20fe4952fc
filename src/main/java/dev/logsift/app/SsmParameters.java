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
import dev.logsift.http.AwsJsonCall;
import dev.logsift.core.Retrier;
import dev.logsift.core.RetryPolicy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * Reads SecureString parameters from SSM Parameter Store with one SigV4-signed GetParameter call each
 * (JSON 1.1 through http/AwsJsonCall, on the SDK's HTTP client). The full SSM SDK client is about 5 MB of model
 * classes for this one call; dropping it shrinks the jar by a quarter and loads far fewer classes.
 */
public final class SsmParameters {
  private static final JsonFactory JSON = JsonStreams.FACTORY;
  private static final Set<String> THROTTLING = Set.of("ThrottlingException");

  private final AwsJsonCall ssm;

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
    this.ssm = new AwsJsonCall(endpoint, "application/x-amz-json-1.1", "AmazonSSM.",
        new SigV4("ssm", region, credentials, http),
        new Retrier("ssm", POLICY, Clock.systemUTC(), sleeper, new SecureRandom(), () -> INIT_BUDGET_MILLIS));
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
    return ssm.call("GetParameter", requestBody(name), (reason, why) -> "GetParameter failed: " + reason, reply -> {
      String reason = "HTTP " + reply.status() + (reply.errorCode().isEmpty() ? "" : " " + reply.errorCode());
      if (reply.busy(THROTTLING)) {
        return new Retrier.Retry<>(reason, reply.retryAfter());
      }
      if (!reply.ok()) {
        return new Retrier.Fail<>(reason);
      }
      return new Retrier.Done<>(value(reply.body()));
    }, e -> e);
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
}
