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
  private static final int ATTEMPTS = 3;

  private final Map<String, String> env;
  private final Clock clock;
  private Held held;

  private record Held(AwsCredentials credentials, Instant expires) {}

  ContainerCredentials(Map<String, String> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  static boolean configured(Map<String, String> env) {
    return set(env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")) || set(env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI"));
  }

  @Override
  public synchronized AwsCredentials resolveCredentials() {
    Instant now = clock.instant();
    if (held != null && now.isBefore(held.expires().minus(REFRESH_BEFORE))) {
      return held.credentials();
    }
    try {
      held = fetch(now);
      return held.credentials();
    } catch (SdkClientException e) {
      if (held != null && now.isBefore(held.expires().minus(USABLE_UNTIL))) {
        return held.credentials();
      }
      throw e;
    }
  }

  private Held fetch(Instant now) {
    URI uri = uri();
    String token = token();
    String failure = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
        c.setConnectTimeout(1_000);
        c.setReadTimeout(2_000);
        if (token != null) {
          c.setRequestProperty("Authorization", token);
        }
        int status = c.getResponseCode();
        if (status == 200) {
          try (InputStream in = c.getInputStream()) {
            return parse(in.readAllBytes(), now);
          }
        }
        failure = "HTTP " + status;
        c.disconnect();
        if (status < 500) {
          break;
        }
      } catch (IOException e) {
        failure = e.getClass().getSimpleName();
      }
    }
    throw SdkClientException.create("container credentials unavailable (" + failure + ")");
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
      throw SdkClientException.create("container credentials unreadable (" + e.getClass().getSimpleName() + ")");
    }
    if (!set(id) || !set(secret)) {
      throw SdkClientException.create("container credentials incomplete");
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

  private static boolean set(String v) {
    return v != null && !v.isBlank();
  }
}
