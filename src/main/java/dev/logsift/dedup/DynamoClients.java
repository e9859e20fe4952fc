package dev.logsift.dedup;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the one DynamoDB client per cold start. Region and credentials are set explicitly in Lambda because
 * walking the default chains costs start-up time; the endpoint is the SDK's own business
 * (AWS_ENDPOINT_URL_DYNAMODB or the aws.endpointUrlDynamoDb system property), so we add no variable of ours.
 */
final class DynamoClients {
  private DynamoClients() {}

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);

  static DynamoDbClient dynamoDb(Map<String, String> env) {
    DynamoDbClientBuilder b = DynamoDbClient.builder()
        .httpClient(UrlConnectionHttpClient.builder()
            .connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(SOCKET_TIMEOUT)
            .build())
        .credentialsProvider(credentials(env));
    String region = env.get("AWS_REGION");
    if (region != null && !region.isBlank()) {
      b.region(Region.of(region.strip()));
    }
    return b.build();
  }

  static AwsCredentialsProvider credentials(Map<String, String> env) {
    return env.containsKey("AWS_LAMBDA_FUNCTION_NAME") ? EnvironmentVariableCredentialsProvider.create()
        : DefaultCredentialsProvider.builder().build();
  }
}
