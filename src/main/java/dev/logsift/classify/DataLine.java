package dev.logsift.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A line of a rules file in the jar that is neither blank nor a comment, with its number for error messages. */
record DataLine(int number, String text) {
  /** @param resource a path from the class path root, e.g. "classify-rules.tsv" */
  static List<DataLine> read(String resource) {
    List<DataLine> out = new ArrayList<>();
    try (InputStream in = DataLine.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(new DataLine(n, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
