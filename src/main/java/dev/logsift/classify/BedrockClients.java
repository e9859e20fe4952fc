package dev.logsift.classify;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;

/** Builds the InvokeModel transport once per cold start. */
final class BedrockClients {
  private BedrockClients() {}

  /**
   * Region from the AWS environment; endpoint as the SDK's client picked it (see
   * {@link InvokeModelHttp#endpoint}); credentials from the default chain (core/CredentialsChain; container
   * credentials under SnapStart).
   *
   * @param http and credentials: replacements (SnapStart priming), or null for the defaults
   */
  static InvokeModelHttp newClient(BedrockSettings settings, BedrockClassifier.Limits limits, SdkHttpClient http,
      AwsCredentialsProvider credentialsOverride) {
    Region region = settings.aws().awsRegion();
    return new InvokeModelHttp(InvokeModelHttp.endpoint(settings.jvmEndpoints(), settings.aws(), region), region,
        credentialsOverride != null ? credentialsOverride : dev.logsift.core.AwsClients.credentials(settings.aws()),
        http != null ? http : http(limits));
  }

  /** Its own lightweight HTTP client: reads may take as long as one attempt, longer than the shared client allows. */
  static SdkHttpClient http(BedrockClassifier.Limits limits) {
    return dev.logsift.core.AwsClients.http(Duration.ofSeconds(3), limits.attemptTimeout());
  }
}
