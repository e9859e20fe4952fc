package dev.logsift.classify;

import dev.logsift.core.AwsEnvironment;
import dev.logsift.core.SigV4;
import dev.logsift.http.AwsJsonCall;
import dev.logsift.http.TimedCall;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Bedrock's InvokeModel as one POST signed by core/SigV4 over the SDK's HTTP client. The SDK's
 * bedrock-runtime client loaded its whole request machinery (interceptors, endpoint rules, marshallers) at
 * the first model call of every cold start, for a call whose body we already write ourselves. One attempt
 * only: the classifier's loop decides about retries.
 */
public final class InvokeModelHttp {

  /** What Bedrock answered: the body on 2xx; else the status and error code (never Bedrock's message). */
  public record Response(int status, String errorCode, String body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  private final URI endpoint;
  private final Region region;
  private final SigV4 sigV4;

  public InvokeModelHttp(URI endpoint, Region region, AwsCredentialsProvider credentials, SdkHttpClient http) {
    this.endpoint = endpoint;
    this.region = region;
    this.sigV4 = new SigV4("bedrock", region.id(), credentials, http);
  }

  /**
   * The endpoint as the SDK's client picked it: the service's own setting, then the shared one, each as a JVM
   * setting (aws.endpointUrlBedrockRuntime, aws.endpointUrl; read by the wiring) before the variable, else the
   * regional one.
   */
  public static URI endpoint(Map<String, String> jvmSettings, AwsEnvironment aws, Region region) {
    return aws.endpoint(jvmSettings, region, "aws.endpointUrlBedrockRuntime", "AWS_ENDPOINT_URL_BEDROCK_RUNTIME", "bedrock-runtime");
  }

  Region region() {
    return region;
  }

  AwsCredentialsProvider credentials() {
    return sigV4.credentials();
  }

  /** The request before signing: the model id as one encoded path segment. */
  private SdkHttpRequest request(String modelId, byte[] body) {
    String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
    SdkHttpRequest.Builder request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .protocol(endpoint.getScheme())
        .host(endpoint.getHost())
        // An inference profile id holds ':' (and an ARN '/'): one path segment, encoded as the SDK did.
        .encodedPath(base + "/model/" + SdkHttpUtils.urlEncode(modelId) + "/invoke")
        .putHeader("Content-Type", "application/json")
        .putHeader("Accept", "application/json")
        .putHeader("Content-Length", Integer.toString(body.length));
    if (endpoint.getPort() != -1) {
      request.port(endpoint.getPort());
    }
    return request.build();
  }

  /** One attempt, aborted after {@code timeout} (a {@link TimedCall.TimedOut}). */
  public Response invoke(String modelId, byte[] body, Duration timeout) throws IOException {
    TimedCall.Answer answer = TimedCall.call(sigV4.prepare(request(modelId, body), body), timeout);
    int status = answer.head().statusCode();
    return status / 100 == 2 ? new Response(status, "", new String(answer.body(), StandardCharsets.UTF_8))
        : new Response(status, AwsJsonCall.errorCode(answer.head(), answer.body()), "");
  }
}
