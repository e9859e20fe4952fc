package dev.logsift.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Buffered UTF-8 output that copies ASCII text byte for byte and hands anything else to the JDK's encoder,
 * which replaces a lone surrogate with '?' as an OutputStreamWriter does. Callers never split a surrogate
 * pair across two writes, so the bytes are those an OutputStreamWriter would write.
 */
final class Utf8Out {
  private final OutputStream out;
  private final byte[] buf = new byte[64 * 1024];
  private int n;

  Utf8Out(OutputStream out) {
    this.out = out;
  }

  void write(String s) throws IOException {
    int len = s.length();
    if (len > buf.length - n) {
      drain();
      if (len > buf.length) {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    byte[] b = buf;
    int at = n;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        encoded(s);
        return;
      }
      b[at + i] = (byte) c;
    }
    n = at + len;
  }

  void write(char ascii) throws IOException {
    if (n == buf.length) {
      drain();
    }
    buf[n++] = (byte) ascii;
  }

  void flush() throws IOException {
    drain();
    out.flush();
  }

  private void encoded(String s) throws IOException {
    byte[] e = s.getBytes(StandardCharsets.UTF_8);
    if (e.length > buf.length - n) {
      drain();
      if (e.length > buf.length) {
        out.write(e);
        return;
      }
    }
    System.arraycopy(e, 0, buf, n, e.length);
    n += e.length;
  }

  private void drain() throws IOException {
    if (n > 0) {
      out.write(buf, 0, n);
      n = 0;
    }
  }
}
