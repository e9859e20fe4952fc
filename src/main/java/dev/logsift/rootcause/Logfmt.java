package dev.logsift.rootcause;

/** Reads one key=value (quoted or bare) of a logfmt or klog line. */
final class Logfmt {
  private static final int MAX_TRIES = 64;

  private Logfmt() {}

  static String read(String s, String key) {
    String k = key + "=";
    int tries = 0;
    for (int i = s.indexOf(k); i >= 0 && tries < MAX_TRIES; i = s.indexOf(k, i + 1), tries++) {
      if (i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != ',') {
        continue;
      }
      int p = i + k.length();
      if (p >= s.length()) {
        return null;
      }
      if (s.charAt(p) == '"') {
        return JsonField.string(s, p + 1, s.length());
      }
      int end = p;
      while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
        end++;
      }
      if (end > p) {
        return s.substring(p, end);
      }
    }
    return null;
  }
}
