package dev.logsift.testing;

import dev.logsift.corrections.s3.S3CorrectionStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Test harness: a real s3rver process (npm, from the project's package-lock) on a free port with one
 * bucket, its data in a temporary directory. Close it to stop the process and delete the data.
 */
public final class S3rver implements AutoCloseable {
  /**
   * s3rver's built-in key pair. For SigV4 s3rver checks only that the access key exists (it does not
   * recompute the signature), so an unknown access key is what it refuses.
   */
  public static final String ACCESS_KEY = "S3RVER";
  public static final String SECRET_KEY = "S3RVER";

  private final Process process;
  private final Path dataDir;
  private final int port;
  private final String bucket;

  private S3rver(Process process, Path dataDir, int port, String bucket) {
    this.process = process;
    this.dataDir = dataDir;
    this.port = port;
    this.bucket = bucket;
  }

  public static S3rver start(String bucket) throws IOException {
    return start(bucket, false);
  }

  public static S3rver start(String bucket, boolean allowMismatchedSignatures) throws IOException {
    Path bin = projectRoot().resolve("node_modules/.bin/s3rver");
    if (!Files.isExecutable(bin)) {
      throw new IllegalStateException("s3rver is not installed: run `npm ci` (or `make node`) in "
          + projectRoot() + " first; expected " + bin);
    }
    Path data = Files.createTempDirectory("s3rver-");
    int port = freePort();
    List<String> cmd = new ArrayList<>(List.of(bin.toString(), "--directory", data.toString(), "--address",
        "127.0.0.1", "--port", Integer.toString(port), "--configure-bucket", bucket, "--silent"));
    if (allowMismatchedSignatures) {
      cmd.add("--allow-mismatched-signatures");
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    // s3rver encrypts ListObjectsV2 continuation tokens with DES, which OpenSSL 3 (Node 17+) only has in its
    // legacy provider: without it every truncated list page is a 500.
    String nodeOptions = pb.environment().getOrDefault("NODE_OPTIONS", "");
    pb.environment().put("NODE_OPTIONS", (nodeOptions + " --openssl-legacy-provider").strip());
    Process p = pb.start();
    S3rver s = new S3rver(p, data, port, bucket);
    try {
      s.awaitPort();
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  public String bucket() {
    return bucket;
  }

  /** The real SDK client (test scope only), pointed at this server with path-style addressing. */
  public S3Client client() {
    return S3Client.builder()
        .endpointOverride(endpoint())
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        // Over plain http the SDK signs the payload in aws-chunked frames, which s3rver stores verbatim.
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .build();
  }

  /** What the corrections store needs to reach this server with its built-in key pair; retries do not wait. */
  public S3CorrectionStore.Connection connection() {
    return new S3CorrectionStore.Connection(endpoint(), Region.US_EAST_1.id(),
        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)),
        UrlConnectionHttpClient.create(), Clock.systemUTC(), d -> { });
  }

  private void awaitPort() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("s3rver exited with " + process.exitValue() + " before listening");
      }
      try (Socket sock = new Socket()) {
        sock.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for s3rver");
        }
      }
    }
    throw new IOException("s3rver did not listen on port " + port + " within 30 s");
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // Temporary data only.
    }
  }

  static Path projectRoot() {
    Path p = Path.of("").toAbsolutePath();
    for (Path d = p; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("package.json")) && Files.isRegularFile(d.resolve("pom.xml"))) {
        return d;
      }
    }
    return p;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }
}
