package dev.logsift.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceNamesTest {
  @ParameterizedTest
  @CsvSource({
    "/aws/lambda/checkout-api, checkout-api",
    "/ecs/Payments/, payments",
    "plain, plain",
    "'', unknown",
    "/x/../../etc/passwd, passwd",
    "/x/.., unknown",
    "'/a/b c!d', b-c-d",
  })
  void derivesAFileSafeName(String group, String service) {
    assertEquals(service, ServiceNames.fromLogGroup(group));
  }
}
