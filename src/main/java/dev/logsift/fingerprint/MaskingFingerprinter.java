package dev.logsift.fingerprint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Placeholder fingerprinter: masks every token with a digit. Replaced by the rule-file scanner. */
public final class MaskingFingerprinter implements Fingerprinter {
  private static final Pattern DIGITS = Pattern.compile("\\S*\\d\\S*");

  @Override
  public Fingerprint fingerprint(String message) {
    String first = message.lines().findFirst().orElse("");
    String template = DIGITS.matcher(first).replaceAll("<*>");
    return new Fingerprint(hash(rulesVersion() + "\n" + template), template);
  }

  @Override
  public String rulesVersion() {
    return "0";
  }

  static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
