package dev.logsift.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The SDK's default credentials chain, with its two Lambda cases done here: keys in JVM settings or variables
 * (the plain runtime) and container credentials (SnapStart). Whenever another link of the SDK's chain could
 * answer before the container one (web identity, a profile file or AWS_PROFILE) or nothing here applies (EC2
 * metadata), the SDK's chain itself answers. Building the SDK's chain and its first resolution load ~130
 * classes and cost ~70 ms of CPU in every cold start, and in the first batch after a SnapStart restore.
 * Resolved at every request: keys change after a restore.
 */
public final class CredentialsChain implements AwsCredentialsProvider {
  private final AwsCredentials keys;
  private final ContainerCredentials container;
  private DefaultCredentialsProvider sdk;

  /**
   * @param env the process environment and the JVM settings of {@link AwsEnvironment#CREDENTIAL_SETTINGS},
   *     as read by the wiring
   */
  public CredentialsChain(Map<String, String> env, Clock clock) {
    this(env, clock, Sleeper.system());
  }

  /** @param sleeper waits between tries of the container endpoint */
  CredentialsChain(Map<String, String> env, Clock clock, Sleeper sleeper) {
    Map<String, String> copy = Map.copyOf(env);
    // the wiring's snapshot of the settings and variables does not change: the keys, if any, are fixed
    AwsCredentials settings = keys(copy.get("aws.accessKeyId"), copy.get("aws.secretAccessKey"), copy.get("aws.sessionToken"));
    this.keys = settings != null ? settings
        : keys(copy.get("AWS_ACCESS_KEY_ID"), copy.get("AWS_SECRET_ACCESS_KEY"), copy.get("AWS_SESSION_TOKEN"));
    this.container = keys == null && ContainerCredentials.configured(copy) && !sdkFirst(copy)
        ? new ContainerCredentials(copy, clock, sleeper) : null;
  }

  @Override
  public AwsCredentials resolveCredentials() {
    if (keys != null) {
      return keys;
    }
    return container != null ? container.resolveCredentials() : sdk().resolveCredentials();
  }

  private synchronized DefaultCredentialsProvider sdk() {
    if (sdk == null) {
      sdk = DefaultCredentialsProvider.builder().build();
    }
    return sdk;
  }

  private static AwsCredentials keys(String id, String secret, String session) {
    if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
      return null;
    }
    return session == null || session.isBlank() ? AwsBasicCredentials.create(id.strip(), secret.strip())
        : AwsSessionCredentials.create(id.strip(), secret.strip(), session.strip());
  }

  /** The links of the SDK's chain between the keys and the container: web identity and profiles. */
  static boolean sdkFirst(Map<String, String> env) {
    if (present(env.get("AWS_WEB_IDENTITY_TOKEN_FILE")) || present(env.get("AWS_PROFILE"))
        || present(env.get("aws.webIdentityTokenFile")) || present(env.get("aws.profile"))) {
      return true;
    }
    String home = present(env.get("HOME")) ? env.get("HOME") : env.get("user.home");
    String credentials = env.get("AWS_SHARED_CREDENTIALS_FILE");
    String config = env.get("AWS_CONFIG_FILE");
    return exists(present(credentials) ? credentials : home == null ? null : home + "/.aws/credentials")
        || exists(present(config) ? config : home == null ? null : home + "/.aws/config");
  }

  private static boolean exists(String file) {
    return file != null && Files.exists(Path.of(file));
  }

  private static boolean present(String v) {
    return v != null && !v.isBlank();
  }
}
