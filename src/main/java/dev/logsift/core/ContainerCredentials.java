package dev.logsift.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Container credentials as the SDK's ContainerCredentialsProvider reads them (what Lambda SnapStart and ECS
 * give): a GET of AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (on 169.254.170.2) or _FULL_URI with the authorization
 * token of AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (read at every fetch) or _TOKEN. The answer is kept until five
 * minutes before it expires, and used while a refresh fails until one minute before. Our own because the SDK's
 * loads its shaded JSON parser, profile and cache machinery (~130 classes, ~70 ms of CPU) on the first request.
 */
final class ContainerCredentials implements AwsCredentialsProvider {
  private static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);
  private static final Duration USABLE_UNTIL = Duration.ofMinutes(1);
  private static final Set<String> CONTAINER_HOSTS = Set.of("169.254.170.2", "169.254.170.23", "fd00:ec2:0:0:0:0:0:23",
      "[fd00:ec2::23]");
  /**
   * Every thread that signs a request waits while one fetch runs, so a fetch backs off between its three tries
   * and gives up within BUDGET_MILLIS in all; the endpoint is local, an answer takes milliseconds.
   */
  static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400),
      Duration.ofSeconds(2), Duration.ZERO);
  static final long BUDGET_MILLIS = 3_000;
  private static final long CONNECT_MILLIS = 500;

  private final Map<String, String> env;
  private final Clock clock;
  private final Retrier retrier;
  private Held held;
  /** Fetches done; read before the lock, so a caller that waited out a failed fetch is given its failure. */
  private volatile long fetches;
  private RuntimeException failed;

  private record Held(AwsCredentials credentials, Instant expires) {}

  ContainerCredentials(Map<String, String> env, Clock clock, Sleeper sleeper) {
    this.env = env;
    this.clock = clock;
    // SecureRandom: instances restored from one SnapStart snapshot must not retry in step
    this.retrier = new Retrier("credentials", POLICY, clock, sleeper, new SecureRandom(), () -> BUDGET_MILLIS);
  }

  static boolean configured(Map<String, String> env) {
    return set(env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")) || set(env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI"));
  }

  @Override
  public AwsCredentials resolveCredentials() {
    long seen = fetches;
    synchronized (this) {
      Instant now = clock.instant();
      if (held != null && now.isBefore(held.expires().minus(REFRESH_BEFORE))) {
        return held.credentials();
      }
      // Waiting threads would each run a whole failing fetch in turn: one that failed meanwhile answers them all.
      RuntimeException failure = fetches != seen ? failed : null;
      if (failure == null) {
        try {
          held = fetch(now);
          failed = null;
          return held.credentials();
        } catch (SdkClientException | DownstreamUnavailableException e) {
          failed = e;
          failure = e;
        } finally {
          fetches++;
        }
      }
      if (held != null && now.isBefore(held.expires().minus(USABLE_UNTIL))) {
        return held.credentials();
      }
      throw failure;
    }
  }

  private Held fetch(Instant now) {
    URI uri = uri();
    String token = token();
    return retrier.run((reason, why) -> "container credentials unavailable, "
        + Retrier.Naming.PLAIN.message(reason, why), timeout -> attempt(uri, token, timeout, now));
  }

  /** 5xx and I/O failures are tried again; any other status is the endpoint's answer. */
  private static Retrier.Verdict<Held> attempt(URI uri, String token, Duration timeout, Instant now) {
    try {
      HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
      // connect and read share the attempt's time, so no attempt outlasts what the fetch has left
      int connect = (int) Math.max(1, Math.min(CONNECT_MILLIS, timeout.toMillis() / 2));
      c.setConnectTimeout(connect);
      c.setReadTimeout((int) Math.max(1, timeout.toMillis() - connect));
      if (token != null) {
        c.setRequestProperty("Authorization", token);
      }
      int status = c.getResponseCode();
      if (status == 200) {
        try (InputStream in = c.getInputStream()) {
          return new Retrier.Done<>(parse(in.readAllBytes(), now));
        }
      }
      c.disconnect();
      String reason = "HTTP " + status;
      return status >= 500 ? new Retrier.Retry<>(reason, null) : new Retrier.Fail<>(reason);
    } catch (IOException e) {
      return new Retrier.Retry<>(e.getClass().getSimpleName(), null, Retrier.scrubbed(e));
    }
  }

  /** The answer's keys; without an Expiration they are fetched again for the next request. */
  static Held parse(byte[] body, Instant now) {
    String id = null;
    String secret = null;
    String session = null;
    Instant expires = now;
    try (JsonParser p = JsonStreams.FACTORY.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not an object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "AccessKeyId" -> id = p.getValueAsString();
          case "SecretAccessKey" -> secret = p.getValueAsString();
          case "Token" -> session = p.getValueAsString();
          case "Expiration" -> expires = Instant.parse(p.getValueAsString());
          default -> p.skipChildren();
        }
      }
    } catch (IOException | RuntimeException e) {
      throw unavailable("container credentials unreadable (" + e.getClass().getSimpleName() + ")");
    }
    if (!set(id) || !set(secret)) {
      throw unavailable("container credentials incomplete");
    }
    AwsCredentials c = set(session) ? AwsSessionCredentials.create(id, secret, session)
        : software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(id, secret);
    return new Held(c, expires);
  }

  /** The relative URI wins, as with the SDK; a full http URI must stay on this host or the container agent. */
  private URI uri() {
    String relative = env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
    if (set(relative)) {
      return URI.create("http://169.254.170.2" + relative.strip());
    }
    URI full = URI.create(env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI").strip());
    if ("https".equals(full.getScheme())) {
      return full;
    }
    if (!"http".equals(full.getScheme()) || full.getHost() == null || !allowedHost(full.getHost())) {
      throw SdkClientException.create("AWS_CONTAINER_CREDENTIALS_FULL_URI must be https, loopback or the "
          + "container agent");
    }
    return full;
  }

  private static boolean allowedHost(String host) {
    if (CONTAINER_HOSTS.contains(host)) {
      return true;
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(host)) {
        if (!a.isLoopbackAddress() && !CONTAINER_HOSTS.contains(a.getHostAddress())) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private String token() {
    String file = env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE");
    String token = env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN");
    if (set(file)) {
      try {
        token = Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw SdkClientException.create("container authorization token file unreadable");
      }
    }
    if (token == null) {
      return null;
    }
    token = token.strip();
    if (token.indexOf('\r') >= 0 || token.indexOf('\n') >= 0) {
      throw SdkClientException.create("container authorization token holds a line break");
    }
    return token;
  }

  /** The endpoint's failure, named by its status or a short reason, never its answer, URI or token. */
  private static DownstreamUnavailableException unavailable(String message) {
    return new DownstreamUnavailableException("credentials", message, null);
  }

  private static boolean set(String v) {
    return v != null && !v.isBlank();
  }
}
