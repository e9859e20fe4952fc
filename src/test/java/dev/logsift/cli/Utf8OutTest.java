package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The byte-level writer against the OutputStreamWriter it replaced: the same bytes for any text. */
class Utf8OutTest {
  @Test
  void sameBytesOutAsAnOutputStreamWriter() throws IOException {
    SplittableRandom r = new SplittableRandom(7);
    char[] chars = {'a', ' ', '\t', '"', 'é', '€', '\uD83D', '\uDE00', '\uFFFD', '\u007F', '\u0080', '\u00FF'};
    for (int round = 0; round < 2000; round++) {
      List<String> parts = new ArrayList<>();
      for (int p = r.nextInt(20); p > 0; p--) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(200) == 0 ? r.nextInt(150_000) : r.nextInt(30);
        for (int i = 0; i < n; i++) {
          b.append(r.nextInt(4) == 0 ? chars[r.nextInt(chars.length)] : (char) ('a' + r.nextInt(26)));
        }
        parts.add(b.toString());
      }
      ByteArrayOutputStream want = new ByteArrayOutputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      try (Writer w = new OutputStreamWriter(want, StandardCharsets.UTF_8)) {
        for (String s : parts) {
          w.write(s);
          w.write('\n');
        }
      }
      Utf8Out o = new Utf8Out(got);
      for (String s : parts) {
        o.write(s);
        o.write('\n');
      }
      o.flush();
      assertEquals(HexFormat.of().formatHex(want.toByteArray()), HexFormat.of().formatHex(got.toByteArray()));
    }
  }
}
