package dev.logsift.chat.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies Slack's request signature: v0= hex HMAC-SHA256(secret, "v0:" + timestamp + ":" + raw body). */
public final class SlackSignature {
  public enum Result { VALID, MISSING, STALE, INVALID }

  /** Slack's recommended replay window. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private final byte[] secret;
  private final Clock clock;

  public SlackSignature(String signingSecret, Clock clock) {
    if (signingSecret == null || signingSecret.isBlank()) {
      throw new IllegalArgumentException("SLACK_SIGNING_SECRET is required to accept Slack events");
    }
    this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  /**
   * @param timestamp the X-Slack-Request-Timestamp header, or null
   * @param signature the X-Slack-Signature header, or null
   * @param body the raw request body, exactly as received
   */
  public Result check(String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
      return Result.MISSING;
    }
    long ts;
    try {
      ts = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Result.INVALID;
    }
    long now = clock.instant().getEpochSecond();
    long skew = MAX_SKEW.toSeconds();
    // Compared without subtracting: now - ts overflows for a timestamp near Long.MIN_VALUE and would pass.
    if (ts < now - skew || ts > now + skew) {
      return Result.STALE;
    }
    byte[] expected = sign(secret, timestamp.strip(), body).getBytes(StandardCharsets.UTF_8);
    boolean same = MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
    return same ? Result.VALID : Result.INVALID;
  }

  /** The header value Slack would send; used to sign recorded test events. */
  public static String sign(String signingSecret, String timestamp, byte[] body) {
    return sign(signingSecret.getBytes(StandardCharsets.UTF_8), timestamp, body);
  }

  private static String sign(byte[] key, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
