package dev.logsift.corrections.s3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class S3ConnectionTest {
  @Test
  void theEndpointIsPickedAsTheSdkWouldPickIt() {
    assertEquals(URI.create("http://127.0.0.1:4569"), S3CorrectionStore.Connection.endpoint(
        Map.of("AWS_ENDPOINT_URL_S3", " http://127.0.0.1:4569 ", "AWS_ENDPOINT_URL", "http://other"), "eu-west-1"));
    assertEquals(URI.create("http://localstack:4566"),
        S3CorrectionStore.Connection.endpoint(Map.of("AWS_ENDPOINT_URL_S3", " ", "AWS_ENDPOINT_URL",
            "http://localstack:4566"), "eu-west-1"));
    assertEquals(URI.create("https://s3.eu-west-1.amazonaws.com"),
        S3CorrectionStore.Connection.endpoint(Map.of(), "eu-west-1"));
    assertEquals(URI.create("https://s3.cn-north-1.amazonaws.com.cn"),
        S3CorrectionStore.Connection.endpoint(Map.of(), "cn-north-1"));
  }

  @Test
  void aStoreNeedsABucket() {
    assertThrows(IllegalArgumentException.class, () -> new S3CorrectionStore(null, " "));
  }
}
