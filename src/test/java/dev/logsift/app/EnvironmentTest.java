package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.logsift.core.DownstreamUnavailableException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Endpoint choice and answer parsing of the SSM reader, without a server. */
class EnvironmentTest {
  @Test
  void endpointFollowsTheSdkVariablesThenTheRegion() {
    assertEquals(URI.create("http://127.0.0.1:4583"), SsmParameters.endpoint(Map.of(
        "AWS_ENDPOINT_URL_SSM", "http://127.0.0.1:4583", "AWS_ENDPOINT_URL", "http://127.0.0.1:4566"), "eu-west-1"));
    assertEquals(URI.create("http://127.0.0.1:4566"),
        SsmParameters.endpoint(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:4566"), "eu-west-1"));
    assertEquals(URI.create("https://ssm.eu-west-1.amazonaws.com"), SsmParameters.endpoint(Map.of(), "eu-west-1"));
    assertEquals(URI.create("https://ssm.cn-north-1.amazonaws.com.cn"), SsmParameters.endpoint(Map.of(), "cn-north-1"));
  }

  @Test
  void valueIsReadFromParameterWhateverTheFieldOrder() throws Exception {
    String answer = "{\"Other\":{\"Value\":\"no\"},\"Parameter\":{\"Name\":\"/x\",\"Tags\":[{\"Value\":\"no\"}],"
        + "\"Value\":\"yes\",\"Version\":1}}";
    assertEquals("yes", SsmParameters.value(answer.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void answerWithoutValueIsDownstreamUnavailable() {
    assertThrows(DownstreamUnavailableException.class,
        () -> SsmParameters.value("{\"Parameter\":{\"Name\":\"/x\"}}".getBytes(StandardCharsets.UTF_8)));
  }
}
