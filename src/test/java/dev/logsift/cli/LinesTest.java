package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The byte-level line reader against the stream decoder it replaced: the same lines for any bytes, in any pieces. */
class LinesTest {
  private static final byte[][] PIECES = {
    {'\n'}, {'\r'}, {'\r', '\n'}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xC3, (byte) 0xA9},
    {(byte) 0xE2, (byte) 0x82, (byte) 0xAC}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xE0, (byte) 0x82}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {'E', 'R', 'R', 'O', 'R', ' '}, {'a'}, {'7'}, {' '}, {'\t'}, {0},
  };

  @Test
  void sameLinesAsTheStreamDecoderForAnyBytesInAnyPieces() throws IOException {
    SplittableRandom r = new SplittableRandom(12);
    for (int round = 0; round < 3000; round++) {
      byte[] in = noise(r, r.nextInt(round < 2990 ? 200 : 300_000));
      List<String> want = reference(in);
      List<String> got = new ArrayList<>();
      Lines lines = new Lines(new Trickle(in, r.split()));
      for (String l = lines.next(); l != null; l = lines.next()) {
        got.add(l);
      }
      assertEquals(want, got, () -> "input " + java.util.HexFormat.of().formatHex(in, 0, Math.min(in.length, 400)));
    }
  }

  @Test
  void findsTheFirstNewlineAtEveryOffset() {
    for (int len = 0; len < 40; len++) {
      for (int at = -1; at < len; at++) {
        byte[] b = new byte[len];
        java.util.Arrays.fill(b, (byte) 0x8A); // '\n' with the high bit set must not count
        if (at >= 0) {
          b[at] = '\n';
          if (at + 3 < len) {
            b[at + 3] = '\n';
          }
        }
        for (int from = 0; from <= len; from++) {
          int want = at >= from ? at : at >= 0 && at + 3 < len && at + 3 >= from ? at + 3 : -1;
          assertEquals(want, Lines.newline(b, from, len), "len " + len + " at " + at + " from " + from);
        }
      }
    }
  }

  private static byte[] noise(SplittableRandom r, int size) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    while (b.size() < size) {
      if (r.nextInt(3) == 0) {
        b.write(r.nextInt(256));
      } else {
        b.writeBytes(PIECES[r.nextInt(PIECES.length)]);
      }
    }
    return b.toByteArray();
  }

  /** What the reader did before it worked on bytes: a stream decoder, then '\n' splitting on chars. */
  static List<String> reference(byte[] in) {
    try (Reader rd = new InputStreamReader(new ByteArrayInputStream(in), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      StringBuilder all = new StringBuilder();
      char[] c = new char[4096];
      for (int n = rd.read(c); n > 0; n = rd.read(c)) {
        all.append(c, 0, n);
      }
      List<String> lines = new ArrayList<>(List.of(all.toString().split("\n", -1)));
      if (lines.get(lines.size() - 1).isEmpty()) {
        lines.remove(lines.size() - 1);
      }
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (i == 0 && l.startsWith("\uFEFF")) {
          l = l.substring(1);
        }
        lines.set(i, l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A stream that hands out its bytes in pieces of random size, as a pipe does. */
  private static final class Trickle extends InputStream {
    private final byte[] b;
    private final SplittableRandom r;
    private int pos;

    Trickle(byte[] b, SplittableRandom r) {
      this.b = b;
      this.r = r;
    }

    @Override
    public int read() {
      return pos < b.length ? b[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] dst, int off, int len) {
      if (pos >= b.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, b.length - pos), 1 + r.nextInt(r.nextBoolean() ? 7 : 300_000));
      System.arraycopy(b, pos, dst, off, n);
      pos += n;
      return n;
    }
  }
}
