package dev.logsift.rootcause;

/** Reads one string field of a JSON text without parsing the rest, so a cut or broken line still yields it. */
final class JsonField {
  static final int MAX_VALUE_CHARS = 16_384;
  private static final int MAX_TRIES = 64;

  private JsonField() {}

  /**
   * The string value of the first {@code "key": ...} after from; an object value gives its "message" field.
   * Null when there is none.
   */
  static String read(String s, int from, String key) {
    return read(s, from, s.length(), key, true);
  }

  private static String read(String s, int from, int to, String key, boolean objects) {
    String quoted = "\"" + key + "\"";
    int tries = 0;
    for (int i = s.indexOf(quoted, from); i >= 0 && i < to && tries < MAX_TRIES; i = s.indexOf(quoted, i + 1), tries++) {
      int p = skipSpace(s, i + quoted.length(), to);
      if (p >= to || s.charAt(p) != ':') {
        continue;
      }
      p = skipSpace(s, p + 1, to);
      if (p >= to) {
        return null;
      }
      char c = s.charAt(p);
      if (c == '"') {
        return string(s, p + 1, to);
      }
      if (c == '{' && objects) {
        int end = objectEnd(s, p, to);
        String m = read(s, p + 1, end, "message", false);
        if (m != null) {
          String type = read(s, p + 1, end, "type", false);
          if (type == null) {
            type = read(s, p + 1, end, "name", false);
          }
          return type == null || type.isBlank() || m.startsWith(type) ? m : type + ": " + m;
        }
      }
    }
    return null;
  }

  /** Unescapes a JSON string starting after its opening quote; a cut string ends at the cut. */
  static String string(String s, int start, int to) {
    StringBuilder sb = new StringBuilder();
    int limit = Math.min(to, start + MAX_VALUE_CHARS);
    for (int i = start; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        break;
      }
      if (c != '\\' || i + 1 >= limit) {
        sb.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (i + 4 < limit && isHex(s, i + 1, i + 5)) {
            sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            sb.append('u');
          }
        }
        default -> sb.append(e);
      }
    }
    return sb.toString();
  }

  /** Index just past the object's closing brace (or to), counting braces outside strings. */
  private static int objectEnd(String s, int open, int to) {
    int depth = 0;
    boolean inString = false;
    int limit = Math.min(to, open + 4 * MAX_VALUE_CHARS);
    for (int i = open; i < limit; i++) {
      char c = s.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return limit;
  }

  private static int skipSpace(String s, int p, int to) {
    while (p < to && Character.isWhitespace(s.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isHex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
