package dev.logsift.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.logsift.testing.Dynalite;
import dev.logsift.testing.S3rver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under SnapStart the Java runtime sets no AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, only container
 * credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI + AWS_CONTAINER_AUTHORIZATION_TOKEN). The environment of a
 * running JVM cannot be changed, so the handler runs in a JVM of its own with exactly that environment, and
 * every AWS request (SSM at cold start, DynamoDB, Bedrock, S3) must be signed with the container's keys.
 */
@Tag("server")
class ContainerCredentialsServerTest {
  private static final String KEY_ID = S3rver.ACCESS_KEY; // s3rver refuses any other key id
  private static final String SESSION_TOKEN = "container-session-token-7f3a";
  private static final String AUTH_TOKEN = "container-authorization-token";
  private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/]+)/");
  private static final String TOOL_INPUT = "{\"category\":\"application\",\"confidence\":\"high\",\"summary\":"
      + "\"Orders crash the tax calculator.\",\"first_response\":\"Check OrderService.\",\"known_failure_id\":\"\"}";

  /** service -> "key id|session token" of every signed request it received */
  private final Map<String, List<String>> signed = new HashMap<>();
  private final List<String> credentialFetches = new CopyOnWriteArrayList<>();
  private final List<HttpServer> servers = new ArrayList<>();

  @TempDir
  Path home;

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  @Test
  void theHandlerAndTheS3SignerUseContainerCredentialsWhenNoKeyVariablesAreSet() throws Exception {
    Dynalite dynamo = Dynalite.shared();
    String table = dynamo.newTable();
    try (S3rver s3 = S3rver.start("container-creds")) {
      HttpClient forward = HttpClient.newHttpClient();
      URI credentials = serve("credentials", ex -> {
        credentialFetches.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
        if (!AUTH_TOKEN.equals(ex.getRequestHeaders().getFirst("Authorization"))) {
          return reply(ex, 401, "{}");
        }
        return reply(ex, 200, "{\"AccessKeyId\":\"" + KEY_ID + "\",\"SecretAccessKey\":\"" + S3rver.SECRET_KEY
            + "\",\"Token\":\"" + SESSION_TOKEN + "\",\"Expiration\":\"2099-01-01T00:00:00Z\"}");
      });
      URI ssm = serve("ssm", ex -> reply(ex, 200,
          "{\"Parameter\":{\"Name\":\"/logsift/slack-signing-secret\",\"Type\":\"SecureString\",\"Value\":\"s3cr3t\"}}"));
      URI bedrock = serve("bedrock", ex -> reply(ex, 200, "{\"id\":\"msg_bdrk_01\",\"type\":\"message\","
          + "\"role\":\"assistant\",\"model\":\"claude-haiku-4-5-20251001\",\"content\":[{\"type\":\"tool_use\","
          + "\"id\":\"toolu_bdrk_01\",\"name\":\"classify\",\"input\":" + TOOL_INPUT + "}],\"stop_reason\":\"tool_use\","
          + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":800,\"output_tokens\":90}}"));
      // DynamoDB goes through a recording proxy to dynalite, which accepts any key.
      URI dynamodb = serve("dynamodb", ex -> {
        HttpRequest.Builder b = HttpRequest.newBuilder(dynamo.endpoint().resolve(ex.getRequestURI().getRawPath()));
        for (String h : List.of("Content-Type", "X-Amz-Target", "Authorization", "X-Amz-Date",
            "X-Amz-Security-Token")) {
          String v = ex.getRequestHeaders().getFirst(h);
          if (v != null) {
            b.header(h, v);
          }
        }
        HttpResponse<byte[]> r;
        try {
          r = forward.send(b.POST(HttpRequest.BodyPublishers.ofByteArray(ex.getRequestBody().readAllBytes())).build(),
              HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
        return reply(ex, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
      });

      Map<String, String> env = new HashMap<>();
      env.put("HOME", home.toString());
      env.put("AWS_CONFIG_FILE", home.resolve("no-config").toString());
      env.put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-credentials").toString());
      env.put("AWS_EC2_METADATA_DISABLED", "true");
      env.put("AWS_LAMBDA_FUNCTION_NAME", "logsift-classifier");
      env.put("AWS_REGION", "us-east-1");
      env.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", credentials + "/2018-06-01/credentials");
      env.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTH_TOKEN);
      env.put("AWS_ENDPOINT_URL_DYNAMODB", dynamodb.toString());
      env.put("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", bedrock.toString());
      env.put("AWS_ENDPOINT_URL_SSM", ssm.toString());
      env.put("AWS_ENDPOINT_URL_S3", s3.endpoint().toString());
      env.put("DEDUP_TABLE", table);
      env.put("BEDROCK_MODEL_ID", "us.anthropic.claude-haiku-4-5-20251001-v1:0");
      env.put("SLACK_SIGNING_SECRET_SSM_PARAM", "/logsift/slack-signing-secret");
      env.put("LOG_LEVEL", "warn");

      String out = runChild(env, Path.of("events/cloudwatch-checkout-java.json").toAbsolutePath(), s3.bucket());

      assertTrue(out.contains(" s3=true"), out);
      assertTrue(out.matches("(?s).*RESULT notified=[1-9].*"), out);
      assertTrue(out.contains("model="), "Bedrock classified the cards: " + out);
      assertFalse(credentialFetches.isEmpty(), "the container endpoint was never asked");
      assertTrue(credentialFetches.stream().allMatch(AUTH_TOKEN::equals), credentialFetches.toString());
      for (String service : List.of("ssm", "dynamodb", "bedrock")) {
        List<String> seen = signed.getOrDefault(service, List.of());
        assertFalse(seen.isEmpty(), service + " was not called");
        assertEquals(Set.of(KEY_ID + "|" + SESSION_TOKEN), Set.copyOf(seen), service);
      }
    }
  }

  private interface Handler {
    boolean handle(HttpExchange ex) throws IOException;
  }

  /** A loopback server that records the SigV4 key id and session token of every request, then answers. */
  private URI serve(String service, Handler handler) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      Matcher m = auth == null ? null : CREDENTIAL.matcher(auth);
      if (m != null && m.find()) {
        synchronized (signed) {
          signed.computeIfAbsent(service, k -> new ArrayList<>())
              .add(m.group(1) + "|" + ex.getRequestHeaders().getFirst("X-Amz-Security-Token"));
        }
      }
      handler.handle(ex);
    });
    server.start();
    servers.add(server);
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static boolean reply(HttpExchange ex, int status, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json");
    ex.sendResponseHeaders(status, b.length);
    ex.getResponseBody().write(b);
    ex.close();
    return true;
  }

  /** The test classpath (surefire passes it as a property; its own java.class.path may be a booter jar). */
  private static String runChild(Map<String, String> env, Path event, String bucket) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp",
        classpath, ContainerCredentialsChild.class.getName(), event.toString(), bucket).redirectErrorStream(true);
    pb.environment().clear();
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    String out = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
