package dev.logsift.app;

import dev.logsift.core.AwsClients;

import dev.logsift.core.DownstreamUnavailableException;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;

/**
 * The process environment with secrets resolved: for each X in {@link Config#SECRETS}, X_SSM_PARAM names
 * a SecureString parameter read once here (cold start). A value set directly in X wins. No SSM client is
 * built when no parameter is named.
 */
public final class Environment {
  private Environment() {}

  public static Map<String, String> load() {
    return resolve(System.getenv(), null);
  }

  /** @param ssm a client to use, or null to build one only if needed */
  public static Map<String, String> resolve(Map<String, String> env, SsmClient ssm) {
    Map<String, String> out = new HashMap<>(env);
    SsmClient client = ssm;
    try {
      for (String secret : Config.SECRETS) {
        String param = env.get(secret + Config.SSM_PARAM_SUFFIX);
        if (param == null || param.isBlank() || (env.get(secret) != null && !env.get(secret).isBlank())) {
          continue;
        }
        if (client == null) {
          client = SsmClient.builder().httpClient(AwsClients.http()).region(AwsClients.region())
              .credentialsProvider(AwsClients.credentials()).build();
        }
        try {
          String value = client.getParameter(GetParameterRequest.builder().name(param.strip()).withDecryption(true)
              .build()).parameter().value();
          out.put(secret, value);
        } catch (SdkException e) {
          throw new DownstreamUnavailableException("ssm",
              "cannot read parameter named by " + secret + Config.SSM_PARAM_SUFFIX + " (" + e.getClass().getSimpleName()
                  + ")", e);
        }
      }
    } finally {
      if (client != null && ssm == null) {
        client.close();
      }
    }
    return out;
  }
}
