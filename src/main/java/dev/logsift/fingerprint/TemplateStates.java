package dev.logsift.fingerprint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Encodes what a service has learned as the ordered list of its most recent templates, each with
 * the id of the group it answers to (gzip of a small binary format). Learning is a function of
 * the order in which distinct templates arrive, so replaying the list rebuilds the state; each
 * template comes back under its group's id, so ids survive even when evidence was cut.
 */
final class TemplateStates {
  private static final int FORMAT = 1;
  /** DynamoDB items hold 400 KB; the state stays well under it. */
  static final int MAX_BYTES = 300_000;
  private static final int MAX_INPUT = 8 << 20;

  record Entry(String template, String groupId) {}

  private TemplateStates() {}

  static byte[] encode(List<Entry> entries) {
    List<Entry> kept = entries;
    while (true) {
      byte[] bytes = gzip(kept);
      if (bytes.length <= MAX_BYTES || kept.size() <= 1) {
        return bytes;
      }
      kept = kept.subList(kept.size() / 2, kept.size()); // drop the oldest half
    }
  }

  static List<Entry> decode(byte[] data) {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(data)))) {
      if (in.readInt() != FORMAT) {
        throw new IOException("unknown template state format");
      }
      int n = in.readInt();
      if (n < 0 || n > 1_000_000) {
        throw new IOException("bad template count");
      }
      List<Entry> out = new ArrayList<>(Math.min(n, 10_000));
      long read = 0;
      for (int i = 0; i < n; i++) {
        String t = in.readUTF();
        String id = in.readUTF();
        read += t.length() + id.length();
        if (read > MAX_INPUT) {
          throw new IOException("template state too large");
        }
        out.add(new Entry(t, id));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      throw new TemplateStore.Unavailable("corrupt template state", e);
    }
  }

  private static byte[] gzip(List<Entry> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeInt(FORMAT);
      out.writeInt(entries.size());
      for (Entry e : entries) {
        out.writeUTF(cut(e.template()));
        out.writeUTF(e.groupId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** writeUTF holds 65,535 bytes; templates are capped far below that, this only guards the format. */
  private static String cut(String s) {
    return s.length() > 16_000 ? s.substring(0, 16_000) : s;
  }
}
