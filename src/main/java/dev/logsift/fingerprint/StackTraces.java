package dev.logsift.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multi-line events (Java, .NET, Node, Python, Go traces): the exception line(s) masked, the top
 * application frames without line numbers or arguments, and the root cause's type. Line numbers
 * move with every deploy; the method that threw does not.
 */
final class StackTraces {
  private final LineMasker masker;
  private final List<String> framework;
  private final int keep;

  StackTraces(Rules rules, LineMasker masker) {
    this.masker = masker;
    this.framework = rules.list("framework");
    this.keep = rules.stackFrames;
  }

  private record Frame(String name, boolean app) {}

  void template(String text, StringBuilder out) {
    String[] lines = text.split("\r?\n");
    List<String> header = new ArrayList<>();
    List<Frame> frames = new ArrayList<>();
    String cause = null;
    boolean python = lines[0].startsWith("Traceback ");
    String pythonError = null;
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      String line = raw.strip();
      if (line.startsWith("---> ")) {
        cause = exceptionType(line.substring(5).strip()); // .NET inner exception
        continue;
      }
      if (line.isEmpty() || line.startsWith("...") || line.startsWith("---") || line.startsWith("goroutine ")) {
        continue;
      }
      Frame f = frame(line, raw, i + 1 < lines.length ? lines[i + 1] : "");
      if (f != null) {
        frames.add(f);
        if (python || line.startsWith("File \"")) {
          i++; // the source line printed under a Python frame
        }
        continue;
      }
      if (raw.length() > 0 && LineMasker.space(raw.charAt(0))) {
        continue; // indented detail (Go file:line, wrapped text)
      }
      if (line.startsWith("Caused by:")) {
        cause = exceptionType(line.substring("Caused by:".length()).strip());
      } else if (python && i > 0) {
        pythonError = line; // the last unindented line is the exception
      } else if (frames.isEmpty() && header.size() < 2) {
        header.add(line);
      }
    }
    if (pythonError != null) {
      header.clear();
      header.add(pythonError);
      java.util.Collections.reverse(frames); // innermost first, like the other runtimes
    }
    for (String h : header) {
      if (out.length() > 0) {
        out.append(" | ");
      }
      masker.mask(h, 0, h.length(), out);
    }
    int added = 0;
    boolean anyApp = frames.stream().anyMatch(Frame::app);
    for (Frame f : frames) {
      if (added == keep) {
        break;
      }
      if (f.app || !anyApp) {
        out.append(" | at ").append(f.name);
        added++;
      }
    }
    if (cause != null) {
      out.append(" | caused by ").append(cause);
    }
  }

  /** A frame's stable name, or null when the line is not a frame. */
  private Frame frame(String line, String raw, String next) {
    if (line.startsWith("at ")) {
      String rest = line.substring(3).strip();
      if (rest.startsWith("async ")) {
        rest = rest.substring(6);
      }
      int paren = rest.indexOf('(');
      String name;
      String where;
      if (paren > 0) {
        name = rest.substring(0, paren).strip();
        where = rest.substring(paren);
      } else {
        name = stripLineNumbers(rest);
        where = rest;
      }
      // "(index 0)", "(native)", "(<anonymous>)": runtime internals have no file in their location
      boolean file = where.indexOf('/') >= 0 || where.indexOf('\\') >= 0 || where.indexOf('.') >= 0;
      return new Frame(name, file && app(name) && app(where));
    }
    if (line.startsWith("File \"")) {
      int close = line.indexOf('"', 6);
      if (close < 0) {
        return null;
      }
      String file = line.substring(6, close);
      int in = line.indexOf(", in ", close);
      String func = in >= 0 ? line.substring(in + 5).strip() : "";
      String base = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      return new Frame(base + ":" + func, app(file));
    }
    // Go: "pkg.fn(0xc000...)" over an indented "/path/file.go:42 +0x1d"
    if (!raw.isEmpty() && !LineMasker.space(raw.charAt(0)) && line.endsWith(")") && next.contains(".go:")) {
      int paren = line.lastIndexOf('(');
      if (paren > 0) {
        String name = line.substring(0, paren);
        return new Frame(name, app(name) && app(next.strip()));
      }
    }
    return null;
  }

  private boolean app(String where) {
    String w = where.toLowerCase(Locale.ROOT);
    for (String f : framework) {
      if (w.startsWith(f) || (f.length() > 6 && w.contains(f))) {
        return false;
      }
    }
    return true;
  }

  private static String stripLineNumbers(String location) {
    // /app/src/x.js:10:5 -> /app/src/x.js
    int end = location.length();
    for (int k = 0; k < 2; k++) {
      int colon = location.lastIndexOf(':', end - 1);
      if (colon > 0 && Shapes.hasDigit(location, colon + 1, end) && allDigits(location, colon + 1, end)) {
        end = colon;
      }
    }
    return location.substring(0, end);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Shapes.digit(s.charAt(i))) {
        return false;
      }
    }
    return to > from;
  }

  private static String exceptionType(String line) {
    int colon = line.indexOf(':');
    String t = colon > 0 ? line.substring(0, colon) : line;
    int space = t.indexOf(' ');
    return space > 0 ? t.substring(0, space) : t;
  }
}
