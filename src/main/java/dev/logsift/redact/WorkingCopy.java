package dev.logsift.redact;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A decoded copy of a text (percent-escapes, HTML entities and \\uXXXX escapes resolved, invisible characters
 * dropped) that remembers, for each of its characters, the range of the text it came from. Secrets hidden behind
 * an encoding ("password%3Dx", "&quot;password&quot;:&quot;x&quot;", "jane%40example.com") are found in the copy
 * and redacted in the text. One linear pass per round.
 */
final class WorkingCopy {
  private static final String[][] ENTITIES = {{"quot", "\""}, {"amp", "&"}, {"lt", "<"}, {"gt", ">"},
      {"apos", "'"}, {"nbsp", " "}, {"colon", ":"}, {"equals", "="}, {"commat", "@"}, {"sol", "/"},
      {"num", "#"}, {"percnt", "%"}, {"period", "."}, {"comma", ","}, {"semi", ";"}, {"plus", "+"}};

  /**
   * Cyrillic and Greek letters that look like Latin ones ("раssword=x" with a Cyrillic р and а): read as the Latin
   * letter, so a key name spelled with them is still a key name. Only the copy changes; the output keeps them.
   */
  private static final String CONFUSABLE = "аеорсхуіјѕԁһӏАВЕКМНОРСТХЅІЈοαρνυιΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";
  private static final String LATIN = "aeopcxyijsdhlABEKMHOPCTXSIJoapvuiABEZHIKMNOPTYX";

  /** A Cyrillic or Greek letter that the copy reads as a Latin one. */
  static boolean confusable(char c) {
    return c >= 0x370 && c < 0x530 && CONFUSABLE.indexOf(c) >= 0;
  }

  final String text;
  /** Start (inclusive) and end (exclusive) of the range of the original text each character comes from. */
  private final int[] from;
  private final int[] to;

  private WorkingCopy(String text, int[] from, int[] to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** The original range of characters [start, end) of this copy. */
  int originalStart(int start) {
    return from[start];
  }

  int originalEnd(int end) {
    return to[end - 1];
  }

  /**
   * Zero-width characters, bidi controls, soft hyphens and Unicode tag characters render as nothing, so they
   * can hide a key name from the rules ("p\\u200bassword=x"); they go before anything else.
   */
  static String withoutInvisible(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !invisibleAt(s, i)) {
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    for (; i < n; i++) {
      if (invisibleAt(s, i)) {
        if (Character.isHighSurrogate(s.charAt(i))) {
          i++;
        }
      } else {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  static boolean invisibleAt(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c < 0xad) {
      return false;
    }
    if (c == 0xad || c == 0x34f || c == 0x61c || c == 0x180e || c >= 0x200b && c <= 0x200f
        || c >= 0x202a && c <= 0x202e || c >= 0x2060 && c <= 0x206f || c == 0xfeff) {
      return true;
    }
    // Tags (U+E0000..U+E007F) smuggle ASCII invisibly: a high surrogate 0xDB40 and a low one up to 0xDC7F.
    return c == 0xdb40 && i + 1 < s.length() && s.charAt(i + 1) >= 0xdc00 && s.charAt(i + 1) <= 0xdc7f;
  }

  /** The decoded copy of {@code text}, or null when nothing in it decodes. */
  static WorkingCopy of(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !decodableAt(text, i)) {
      i++;
    }
    if (i == n) {
      return null;
    }
    StringBuilder sb = new StringBuilder(n);
    int[] from = new int[n];
    int[] to = new int[n];
    int len = 0;
    for (int k = 0; k < i; k++) {
      from[k] = k;
      to[k] = k + 1;
    }
    sb.append(text, 0, i);
    len = i;
    while (i < n) {
      int end = decodedEnd(text, i);
      if (end < 0) {
        if (!invisibleAt(text, i)) {
          sb.append(text.charAt(i));
          from[len] = i;
          to[len] = i + 1;
          len++;
        }
        i++;
        continue;
      }
      String decoded = decode(text, i, end);
      for (int k = 0; k < decoded.length(); k++) {
        if (!invisibleAt(decoded, k)) {
          sb.append(decoded.charAt(k));
          from[len] = i;
          to[len] = end;
          len++;
        }
      }
      i = end;
    }
    return new WorkingCopy(sb.toString(), from, to);
  }

  /** The copy of this copy decoded once more (for double encodings like %2540), mapped to the original text. */
  WorkingCopy again() {
    WorkingCopy next = of(text);
    if (next == null) {
      return null;
    }
    int n = next.text.length();
    int[] f = new int[n];
    int[] t = new int[n];
    for (int k = 0; k < n; k++) {
      f[k] = from[next.from[k]];
      t[k] = to[next.to[k] - 1];
    }
    return new WorkingCopy(next.text, f, t);
  }

  private static boolean decodableAt(String s, int i) {
    char c = s.charAt(i);
    return (c == '%' || c == '&' || c == '\\' || c >= 0xad) && (decodedEnd(s, i) >= 0 || invisibleAt(s, i));
  }

  /** The end of the escape starting at i, or -1 if none starts there. */
  private static int decodedEnd(String s, int i) {
    char c = s.charAt(i);
    int n = s.length();
    if (c >= 0x370 && c < 0x530) {
      return CONFUSABLE.indexOf(c) >= 0 ? i + 1 : -1;
    }
    if (c == '%') {
      if (i + 2 >= n || !hex(s.charAt(i + 1)) || !hex(s.charAt(i + 2))) {
        return -1;
      }
      int b = Integer.parseInt(s, i + 1, i + 3, 16);
      int more = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
      if (more < 0) {
        return -1;
      }
      int end = i + 3;
      for (int k = 0; k < more; k++, end += 3) {
        if (end + 2 >= n || s.charAt(end) != '%' || !hex(s.charAt(end + 1)) || !hex(s.charAt(end + 2))) {
          return -1;
        }
      }
      return decode(s, i, end) == null ? -1 : end;
    }
    if (c == '\\') {
      if (i + 5 < n && s.charAt(i + 1) == 'u' && hex(s.charAt(i + 2)) && hex(s.charAt(i + 3))
          && hex(s.charAt(i + 4)) && hex(s.charAt(i + 5))) {
        return i + 6;
      }
      return -1;
    }
    if (c == '&') {
      int semi = -1;
      for (int k = i + 1; k < n && k <= i + 10; k++) {
        if (s.charAt(k) == ';') {
          semi = k;
          break;
        }
      }
      if (semi < 0) {
        return -1;
      }
      return entity(s, i + 1, semi) == null ? -1 : semi + 1;
    }
    return -1;
  }

  private static String decode(String s, int i, int end) {
    char c = s.charAt(i);
    int confusable = c >= 0x370 && c < 0x530 ? CONFUSABLE.indexOf(c) : -1;
    if (confusable >= 0) {
      return String.valueOf(LATIN.charAt(confusable));
    }
    if (c == '%') {
      byte[] bytes = new byte[(end - i) / 3];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = (byte) Integer.parseInt(s, i + 3 * k + 1, i + 3 * k + 3, 16);
      }
      try {
        CharBuffer out = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        return out.toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
    if (c == '\\') {
      return String.valueOf((char) Integer.parseInt(s, i + 2, i + 6, 16));
    }
    return entity(s, i + 1, end - 1);
  }

  private static String entity(String s, int start, int semi) {
    if (start >= semi) {
      return null;
    }
    if (s.charAt(start) == '#') {
      boolean x = start + 1 < semi && (s.charAt(start + 1) == 'x' || s.charAt(start + 1) == 'X');
      int digits = start + (x ? 2 : 1);
      if (digits >= semi || semi - digits > 7) {
        return null;
      }
      for (int k = digits; k < semi; k++) {
        char d = s.charAt(k);
        if (x ? !hex(d) : d < '0' || d > '9') {
          return null;
        }
      }
      int cp = Integer.parseInt(s, digits, semi, x ? 16 : 10);
      return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
    }
    for (String[] e : ENTITIES) {
      if (e[0].length() == semi - start && s.regionMatches(true, start, e[0], 0, e[0].length())) {
        return e[1];
      }
    }
    return null;
  }

  private static boolean hex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
