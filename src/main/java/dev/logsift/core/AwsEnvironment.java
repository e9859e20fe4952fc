package dev.logsift.core;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;

/**
 * The SDK's standard variables our hand-made clients (S3, SSM) and the client factories need: the region
 * and the endpoint overrides. Read once by the wiring from the environment; never keys or secrets, so it
 * may be printed.
 *
 * @param region AWS_REGION, else AWS_DEFAULT_REGION, or null
 * @param endpoints AWS_ENDPOINT_URL and every AWS_ENDPOINT_URL_&lt;SERVICE&gt; that is set
 * @param credentials the variables the credentials chain reads (see {@link CredentialsChain}); they may hold
 *     keys, so they are left out of {@link #toString}
 */
public record AwsEnvironment(String region, Map<String, String> endpoints, Map<String, String> credentials) {
  public static final AwsEnvironment NONE = new AwsEnvironment(null, Map.of());
  private static final java.util.Set<String> CREDENTIAL_VARIABLES = java.util.Set.of("AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_PROFILE",
      "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "HOME");
  /** The JVM settings the SDK's chain reads; the wiring hands them over with the variables (never read here). */
  public static final java.util.List<String> CREDENTIAL_SETTINGS = java.util.List.of("aws.accessKeyId",
      "aws.secretAccessKey", "aws.sessionToken", "aws.webIdentityTokenFile", "aws.profile", "user.home");

  public AwsEnvironment {
    endpoints = Map.copyOf(endpoints);
    credentials = Map.copyOf(credentials);
  }

  /** Without credential variables: the chain is then the SDK's, reading the process environment itself. */
  public AwsEnvironment(String region, Map<String, String> endpoints) {
    this(region, endpoints, Map.of());
  }

  @Override
  public String toString() {
    return "AwsEnvironment[region=" + region + ", endpoints=" + endpoints + "]";
  }

  public static AwsEnvironment of(Map<String, String> env) {
    String region = null;
    for (String name : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
      String r = env.get(name);
      if (region == null && r != null && !r.isBlank()) {
        region = r.strip();
      }
    }
    Map<String, String> endpoints = new TreeMap<>();
    Map<String, String> credentials = new TreeMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith("AWS_ENDPOINT_URL") && v != null && !v.isBlank()) {
        endpoints.put(k, v);
      }
      if (v != null && (CREDENTIAL_VARIABLES.contains(k) || CREDENTIAL_SETTINGS.contains(k) || k.startsWith("AWS_CONTAINER_"))) {
        credentials.put(k, v);
      }
    });
    return new AwsEnvironment(region, endpoints, credentials);
  }

  /**
   * A service's endpoint as the SDK's clients pick it: the service's own setting, then the shared one, each
   * as a JVM setting (read by the wiring) before the variable, else the regional endpoint.
   *
   * @param jvmKey e.g. aws.endpointUrlDynamoDb
   * @param envKey e.g. AWS_ENDPOINT_URL_DYNAMODB
   * @param host the regional host's first label, e.g. dynamodb
   */
  public java.net.URI endpoint(Map<String, String> jvmSettings, Region region, String jvmKey, String envKey, String host) {
    String[][] order = {{jvmKey, envKey}, {"aws.endpointUrl", "AWS_ENDPOINT_URL"}};
    for (String[] names : order) {
      for (String v : new String[] {jvmSettings.get(names[0]), endpoints.get(names[1])}) {
        if (v != null && !v.isBlank()) {
          return java.net.URI.create(v.strip());
        }
      }
    }
    String suffix = region.id().startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
    return java.net.URI.create("https://" + host + "." + region.id() + "." + suffix);
  }

  /**
   * The region, else the profile file's, else us-east-1. The SDK's default chain would also ask the EC2
   * metadata service, which stalls a laptop for seconds.
   */
  public Region awsRegion() {
    if (region != null) {
      return Region.of(region);
    }
    try {
      return new AwsProfileRegionProvider().getRegion();
    } catch (RuntimeException e) {
      return Region.US_EAST_1;
    }
  }
}
