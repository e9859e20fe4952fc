package dev.logsift.app;

import dev.logsift.core.AwsEnvironment;

import dev.logsift.core.DownstreamUnavailableException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The process environment with secrets resolved: for each X in {@link Config#SECRETS}, X_SSM_PARAM names
 * a SecureString parameter read once here (cold start). A value set directly in X wins. Nothing for SSM is
 * built when no parameter is named. With the logging bootstrap, the one reader of the process environment:
 * everything else gets what it needs from Config.
 */
public final class Environment {
  private Environment() {}

  public static Map<String, String> load() {
    Map<String, String> env = withCredentialSettings(System.getenv());
    return resolve(env, () -> SsmParameters.fromEnvironment(env));
  }

  /** The SDK's region, endpoint and credentials variables of this process. */
  public static AwsEnvironment aws() {
    return AwsEnvironment.of(withCredentialSettings(System.getenv()));
  }

  /** Those of the named JVM settings that are set (aws.endpointUrlDynamoDb, aws.endpointUrl, ...). */
  public static Map<String, String> jvmSettings(String... names) {
    Map<String, String> out = new HashMap<>();
    for (String name : names) {
      String v = System.getProperty(name);
      if (v != null) {
        out.put(name, v);
      }
    }
    return out;
  }

  /** The variables plus the JVM settings the credentials chain reads (aws.accessKeyId, ...). */
  static Map<String, String> withCredentialSettings(Map<String, String> env) {
    Map<String, String> out = new HashMap<>(env);
    jvmSettings(AwsEnvironment.CREDENTIAL_SETTINGS.toArray(new String[0])).forEach(out::putIfAbsent);
    return out;
  }

  /** @param ssm called at most once, only when some parameter has to be read */
  public static Map<String, String> resolve(Map<String, String> env, Supplier<SsmParameters> ssm) {
    Map<String, String> out = new HashMap<>(env);
    SsmParameters client = null;
    for (String secret : Config.SECRETS) {
      String param = env.get(secret + Config.SSM_PARAM_SUFFIX);
      if (param == null || param.isBlank() || (env.get(secret) != null && !env.get(secret).isBlank())) {
        continue;
      }
      if (client == null) {
        client = ssm.get();
      }
      try {
        out.put(secret, client.get(param.strip()));
      } catch (DownstreamUnavailableException e) {
        throw new DownstreamUnavailableException("ssm",
            "cannot read parameter named by " + secret + Config.SSM_PARAM_SUFFIX + " (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }
}
