package dev.logsift.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines split on '\n' only (a stray '\r' inside a line must not make two output lines), with invalid
 * UTF-8 replaced by U+FFFD, in constant memory per line.
 */
final class Lines {
  private final Reader in;
  private final char[] buf = new char[64 * 1024];
  private int pos;
  private int len;
  private boolean eof;
  private boolean first = true;

  Lines(InputStream in) {
    this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /** Next line without its terminator (and without a trailing '\r'), or null at the end. */
  String next() throws IOException {
    StringBuilder sb = null;
    while (true) {
      if (pos >= len) {
        if (eof) {
          return sb == null ? null : strip(sb);
        }
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          eof = true;
          len = 0;
          continue;
        }
      }
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      if (sb == null) {
        sb = new StringBuilder(Math.max(16, pos - start));
      }
      sb.append(buf, start, pos - start);
      if (pos < len) {
        pos++;
        return strip(sb);
      }
    }
  }

  /** True when more input is already buffered, so output may wait for it before flushing. */
  boolean ready() throws IOException {
    return pos < len || in.ready();
  }

  private String strip(StringBuilder sb) {
    if (first) {
      first = false;
      // A byte-order mark is an encoding artefact of the file, not part of its first message.
      if (sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
        sb.deleteCharAt(0);
      }
    }
    int n = sb.length();
    if (n > 0 && sb.charAt(n - 1) == '\r') {
      sb.setLength(n - 1);
    }
    return sb.toString();
  }
}
