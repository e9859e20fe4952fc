package dev.logsift.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines split on '\n' only (a stray '\r' inside a line must not make two output lines), with invalid
 * UTF-8 replaced by U+FFFD, in memory proportional to the longest line. Lines are cut as bytes and each is
 * decoded on its own: '\n' and '\r' never occur inside a UTF-8 sequence, so this gives the same text as
 * decoding the stream as a whole, without a char buffer and a copy in between (LinesTest holds the two
 * side by side).
 */
final class Lines {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long NEWLINES = ONES * '\n';

  private final InputStream in;
  private byte[] buf = new byte[128 * 1024];
  private int pos;
  private int len;
  private boolean eof;
  private boolean first = true;

  Lines(InputStream in) {
    this.in = in;
  }

  /** Next line without its terminator (and without a trailing '\r'), or null at the end. */
  String next() throws IOException {
    int from = pos;
    while (true) {
      int nl = newline(buf, from, len);
      if (nl >= 0) {
        String s = decode(pos, nl);
        pos = nl + 1;
        return s;
      }
      if (eof) {
        if (pos >= len) {
          return null;
        }
        String s = decode(pos, len);
        pos = len;
        return s;
      }
      from = len - pos;
      fill();
    }
  }

  /** True when more input is already buffered, so output may wait for it before flushing. */
  boolean ready() throws IOException {
    return pos < len || in.available() > 0;
  }

  /** Moves the unread part to the front (growing the buffer for a long line) and reads more after it. */
  private void fill() throws IOException {
    int rest = len - pos;
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, rest);
    } else if (rest == buf.length) {
      buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
    pos = 0;
    len = rest;
    int n = in.read(buf, len, buf.length - len);
    if (n <= 0) {
      eof = true;
    } else {
      len += n;
    }
  }

  private String decode(int start, int end) {
    if (first) {
      first = false;
      // A byte-order mark is an encoding artefact of the file, not part of its first message.
      if (end - start >= 3 && buf[start] == (byte) 0xEF && buf[start + 1] == (byte) 0xBB && buf[start + 2] == (byte) 0xBF) {
        start += 3;
      }
    }
    if (end > start && buf[end - 1] == '\r') {
      end--;
    }
    return new String(buf, start, end - start, StandardCharsets.UTF_8);
  }

  /** Index of the first '\n' in b[from, to), or -1; eight bytes per step, as most lines are long. */
  static int newline(byte[] b, int from, int to) {
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
