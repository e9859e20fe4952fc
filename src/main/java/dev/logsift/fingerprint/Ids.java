package dev.logsift.fingerprint;

import java.nio.charset.StandardCharsets;

/**
 * Fingerprint ids: a 64-bit hash of rulesVersion + '\n' + template as 16 lowercase hex digits.
 * The UTF-16 chars are taken four at a time into a murmur3-style block mix, finished with murmur3's
 * fmix64. Not cryptographic (ids are keys, not secrets; 2^32 templates before a likely collision)
 * and a fraction of SHA-256's cost on the hot path. The formula must never change without a rules
 * version bump, since stored dedup items are keyed by it.
 */
final class Ids {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  /** The state after the rules version, which is the same for every id of a process: hashed once. */
  private static volatile Seed seed = new Seed("", mixIn(0x9e3779b97f4a7c15L, ""));

  private record Seed(String version, long state) {}

  private Ids() {}

  static String id(String version, String template) {
    Seed v = seed;
    if (!v.version.equals(version)) {
      v = new Seed(version, mixIn(0x9e3779b97f4a7c15L, version));
      seed = v;
    }
    return finish(mixIn(v.state ^ '\n', template) ^ (version.length() + 1L + template.length()));
  }

  /** The id of a template in one service: the template's id and the service's name hashed as above. */
  static String scoped(String id, String service) {
    return finish(mixIn(mixIn(0x9e3779b97f4a7c15L ^ 's', id) ^ '\n', service) ^ (id.length() + 1L + service.length()));
  }

  /** murmur3's fmix64, written as 16 hex digits. */
  private static String finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return hex(h);
  }

  private static String hex(long h) {
    byte[] hex = new byte[16];
    for (int i = 15; i >= 0; i--, h >>>= 4) {
      hex[i] = HEX[(int) h & 15];
    }
    return new String(hex, StandardCharsets.ISO_8859_1);
  }

  private static long mixIn(long h, String s) {
    int n = s.length();
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      long k = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
          | (long) s.charAt(i + 3) << 48;
      h = block(h, k);
    }
    long k = 0;
    for (int shift = 0; i < n; i++, shift += 16) {
      k |= (long) s.charAt(i) << shift;
    }
    return block(h, k ^ (n & 3));
  }

  private static long block(long h, long k) {
    k *= C1;
    k = Long.rotateLeft(k, 31);
    k *= C2;
    h ^= k;
    return Long.rotateLeft(h, 27) * 5 + 0x52dce729;
  }
}
