package dev.logsift.testing;

import dev.logsift.dynamo.DynamoJsonClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * A local DynamoDB (dynalite from the project's package-lock.json) for *ServerTest classes.
 *
 * <p>{@link #shared()} starts one server per test JVM, stopped at exit; give each test its own table with
 * {@link #newTable()} so tests stay independent. {@link #start()} gives a private server to close yourself.
 * dynalite never expires items and does not implement UpdateTimeToLive, so tests never rely on TTL deletion.
 */
public final class Dynalite implements AutoCloseable {
  public static final String ACCESS_KEY = "test";
  public static final String SECRET_KEY = "test";
  public static final Region REGION = Region.US_EAST_1;

  private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static Dynalite shared;

  private final Process process;
  private final URI endpoint;
  private final Path log;
  private final WireDynamo client;

  private Dynalite(Process process, int port, Path log) {
    this.process = process;
    this.endpoint = URI.create("http://127.0.0.1:" + port);
    this.log = log;
    this.client = newClient(endpoint);
  }

  /** One server for the whole test JVM. */
  public static synchronized Dynalite shared() {
    if (shared == null || !shared.process.isAlive()) {
      shared = start();
    }
    return shared;
  }

  /** A private server; close it when done (it is also stopped when the JVM exits). */
  public static Dynalite start() {
    Path bin = binary();
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = freePort();
      try {
        Path log = Files.createTempFile("dynalite-", ".log");
        Process p = new ProcessBuilder(List.of(bin.toString(), "--host", "127.0.0.1", "--port",
            Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        if (awaitPort(p, port)) {
          // Also stops servers a test forgot to close, and the shared one.
          Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "dynalite-stop"));
          return new Dynalite(p, port, log);
        }
        p.destroyForcibly();
        last = new IOException("dynalite did not start on port " + port + ": " + Files.readString(log));
      } catch (IOException e) {
        last = e;
      }
    }
    throw new IllegalStateException("could not start dynalite", last);
  }

  /** Endpoint for SDK clients (endpointOverride). */
  public URI endpoint() {
    return endpoint;
  }

  /** A client with static credentials for this server; do not close it. */
  public WireDynamo client() {
    return client;
  }

  /**
   * A fresh client for this server (the stores' operations on the production wire client), e.g. one per
   * simulated Lambda instance; close it yourself.
   */
  public static WireDynamo newClient(URI endpoint) {
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    DynamoDbClient sdk = DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(REGION)
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create())
        .build();
    return new WireDynamo(sdk, new DynamoJsonClient(endpoint, REGION, credentials, UrlConnectionHttpClient.create()));
  }

  /**
   * The production client on a port nothing listens on, retrying without waiting: every call fails as a store's
   * call fails when DynamoDB stays unreachable.
   */
  public static DynamoJsonClient unreachable() {
    return new DynamoJsonClient(URI.create("http://127.0.0.1:" + closedPort()), REGION,
        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)),
        UrlConnectionHttpClient.create(), d -> { }, () -> dev.logsift.core.Retrier.DEFAULT_BUDGET_MILLIS);
  }

  /** Creates a table with a unique name in the schema Terraform creates. */
  public String newTable() {
    String name = "logsift-test-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
    createTable(name);
    return name;
  }

  /** Partition key pk (String), on-demand; the TTL attribute expires_at is not set up (dynalite lacks it). */
  public void createTable(String name) {
    client.createTable(b -> b.tableName(name)
        .attributeDefinitions(AttributeDefinition.builder().attributeName("pk")
            .attributeType(ScalarAttributeType.S).build())
        .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
        .billingMode(BillingMode.PAY_PER_REQUEST));
    client.waiter().waitUntilTableExists(b -> b.tableName(name));
  }

  @Override
  public void close() {
    client.close();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException ignored) {
      // a temp file; the OS cleans up
    }
  }

  /** A port nothing listens on, for "DynamoDB unavailable" tests. */
  public static int closedPort() {
    return freePort();
  }

  private static Path binary() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Path bin = d.resolve("node_modules/.bin/dynalite");
      if (Files.isExecutable(bin)) {
        return bin;
      }
      if (Files.exists(d.resolve("package.json"))) {
        break;
      }
    }
    throw new IllegalStateException("dynalite not found in node_modules/.bin under " + dir
        + ": run `npm ci` (make test does)");
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }

  private static boolean awaitPort(Process p, int port) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline && p.isAlive()) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return true;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return false;
  }
}
