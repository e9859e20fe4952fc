package dev.logsift.fingerprint;

/**
 * Fingerprint ids: 64-bit FNV-1a over the UTF-16 chars of rulesVersion + '\n' + template, finished
 * with the murmur3 fmix64 mixer, as 16 lowercase hex digits. Not cryptographic (ids are keys, not
 * secrets) and a fraction of SHA-256's cost on the hot path; the formula must never change without a
 * rules version bump, since stored dedup items are keyed by it.
 */
final class Ids {
  private Ids() {}

  static String id(String version, String template) {
    long h = 0xcbf29ce484222325L;
    h = mix(h, version);
    h = (h ^ '\n') * 0x100000001b3L;
    h = mix(h, template);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    String hex = Long.toHexString(h);
    return hex.length() == 16 ? hex : "0".repeat(16 - hex.length()) + hex;
  }

  private static long mix(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
