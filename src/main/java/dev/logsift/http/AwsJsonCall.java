package dev.logsift.http;

import dev.logsift.core.Retrier;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.logsift.core.JsonStreams;
import dev.logsift.core.SigV4;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * One operation of an AWS JSON-protocol service (SSM, DynamoDB): a POST to the endpoint's root that names the
 * operation in X-Amz-Target, signed by core/SigV4 and retried by the client's own Retrier, each attempt aborted
 * once it outlives the time the Retrier gives it. Which answers are done, worth another try or failed stays with
 * the client: only it knows its error codes. Here rather than in core because it needs the retry loop, and http
 * already builds on core.
 */
public final class AwsJsonCall {
  /** One attempt's answer: status, AWS's error code ("" when none is named), body, the server's own wait. */
  public record Reply(int status, String errorCode, byte[] body, Duration retryAfter) {
    public boolean ok() {
      return status / 100 == 2;
    }

    /** 5xx, 429 or one of the client's throttling codes. */
    public boolean busy(Set<String> throttling) {
      return status >= 500 || status == 429 || throttling.contains(errorCode);
    }
  }

  /** What the client makes of one reply; an IOException (an unreadable answer) is retried as I/O failures are. */
  @FunctionalInterface
  public interface Judge<T> {
    Retrier.Verdict<T> judge(Reply reply) throws IOException;
  }

  private final URI endpoint;
  private final String contentType;
  private final String targetPrefix;
  private final SigV4 sigV4;
  private final Retrier retrier;

  /**
   * @param contentType application/x-amz-json-1.0 or 1.1, as the service's protocol version has it
   * @param targetPrefix X-Amz-Target up to the operation, e.g. "DynamoDB_20120810."
   */
  public AwsJsonCall(URI endpoint, String contentType, String targetPrefix, SigV4 sigV4, Retrier retrier) {
    this.endpoint = endpoint.resolve("/");
    this.contentType = contentType;
    this.targetPrefix = targetPrefix;
    this.sigV4 = sigV4;
    this.retrier = retrier;
  }

  /**
   * @param failure the cause to carry for an I/O or SDK client failure (retried under the exception's type
   *     name), already stripped of whatever the client must not pass on
   */
  public <T> T call(String operation, byte[] body, Retrier.Naming naming, Judge<T> judge,
      Function<Exception, Throwable> failure) {
    SdkHttpRequest request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(endpoint)
        .putHeader("Content-Type", contentType)
        .putHeader("X-Amz-Target", targetPrefix + operation)
        .putHeader("Content-Length", Integer.toString(body.length))
        .build();
    return retrier.run(naming, timeout -> {
      try {
        // The HTTP client's own read timeout is fixed; the attempt may only take what the retrier gives it.
        TimedCall.Answer timed = TimedCall.call(sigV4.prepare(request, body), timeout);
        byte[] answer = timed.body();
        SdkHttpResponse head = timed.head();
        int status = head.statusCode();
        return judge.judge(new Reply(status, status / 100 == 2 ? "" : errorCode(head, answer), answer,
            RetryAfter.header(head.firstMatchingHeader("Retry-After").orElse(null))));
      } catch (IOException | UncheckedIOException | SdkException e) {
        // The SDK's HTTP client and credentials chain throw their own exceptions; callers see only ours.
        return new Retrier.Retry<>(e.getClass().getSimpleName(), null, failure.apply(e));
      }
    });
  }

  /**
   * AWS's error code from x-amzn-ErrorType ("ThrottlingException:http://internal.amazon.com/...") or else the
   * body's __type or code ("com.amazonaws.ssm#ParameterNotFound"); "" when neither names one. The message is
   * never read: it may echo a key, a parameter name or a prompt.
   */
  public static String errorCode(SdkHttpResponse head, byte[] body) {
    String type = head.firstMatchingHeader("x-amzn-ErrorType").orElse(null);
    if (type == null || type.isBlank()) {
      type = bodyType(body);
    }
    if (type == null) {
      return "";
    }
    int colon = type.indexOf(':');
    String code = colon >= 0 ? type.substring(0, colon) : type;
    code = code.substring(code.lastIndexOf('#') + 1).strip();
    return code.matches("[A-Za-z0-9.]{1,100}") ? code : "";
  }

  private static String bodyType(byte[] body) {
    try (JsonParser p = JsonStreams.FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if ((field.equals("__type") || field.equals("code")) && t == JsonToken.VALUE_STRING) {
          return p.getText();
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      // An unreadable error body still gives its status.
    }
    return null;
  }
}
