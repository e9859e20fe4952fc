package dev.logsift.redact;

/**
 * A check that looks at the whole line around a candidate. The line looked at last is remembered, so
 * candidates asked in order read each line once and a megabyte line full of candidates stays linear.
 */
abstract class LineCandidates implements Check.Candidates {
  protected final String text;
  private int lineStart = -1;
  private int lineEnd = -1;

  LineCandidates(String text) {
    this.text = text;
  }

  /** Reads the line [lineStart, lineEnd) once, when a candidate first falls on it. */
  abstract void readLine(int lineStart, int lineEnd);

  /** Whether the candidate [start, end) on the line read last is accepted. */
  abstract boolean acceptsOnLine(int start, int end);

  @Override
  public final boolean accepts(int start, int end) {
    if (start < lineStart || end > lineEnd) {
      lineStart = start;
      while (lineStart > 0 && !newline(text.charAt(lineStart - 1))) {
        lineStart--;
      }
      lineEnd = end;
      while (lineEnd < text.length() && !newline(text.charAt(lineEnd))) {
        lineEnd++;
      }
      readLine(lineStart, lineEnd);
    }
    return acceptsOnLine(start, end);
  }

  private static boolean newline(char c) {
    return c == '\n' || c == '\r';
  }
}
