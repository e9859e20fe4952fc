package dev.logsift.fingerprint;

/**
 * Multi-line events that are records of fields rather than traces: a Windows event rendered as text ("Log Name:",
 * "Source:", "Event ID:", then its description) and a PowerShell transcript's error record. What says which failure
 * it is sits in named lines a trace reader would skip; the rest (the machine, the user, the times) are values.
 */
final class Records {
  /** Description lines of a Windows event kept, and the characters of a kept line. */
  private static final int MAX_LINES = 12;
  private static final int MAX_LINE = 1000;
  private static final java.util.regex.Pattern PADDING = java.util.regex.Pattern.compile("\\s{2,}");

  private final LineMasker masker;

  Records(LineMasker masker) {
    this.masker = masker;
  }

  /** Writes the template of a record into out and returns true, or returns false when text is no record. */
  boolean template(String text, StringBuilder out, int maxChars) {
    String kept = text.startsWith("Log Name:") ? windowsEvent(text) : powerShellError(text);
    if (kept == null) {
      return false;
    }
    masker.mask(kept, 0, Math.min(kept.length(), maxChars * 4), out);
    return true;
  }

  /** "Source: Application Error | Event ID: 1000 | Faulting module name: clr.dll ... | Exception code: 0xc00000fd". */
  private static String windowsEvent(String text) {
    String[] lines = text.split("\r?\n", 200);
    StringBuilder b = new StringBuilder();
    boolean description = false;
    int kept = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (!description) {
        if (line.startsWith("Source:") || line.startsWith("Event ID:")) {
          append(b, collapse(line));
        } else if (line.equals("Description:")) {
          description = true;
        }
      } else if (!line.isEmpty() && kept++ < MAX_LINES) {
        append(b, collapse(line));
      }
    }
    return description ? b.toString() : null;
  }

  /**
   * A PowerShell error record: "Copy-Item : Access to the path '...' is denied." above "At C:\Jobs\x.ps1:87 char:9",
   * and its "+ FullyQualifiedErrorId : CopyFileInfoItemUnauthorizedAccessError,...". The transcript's header
   * around it (start time, user, machine, process id) is left out.
   */
  private static String powerShellError(String text) {
    int id = text.indexOf("+ FullyQualifiedErrorId : ");
    if (id < 0) {
      return null;
    }
    String[] lines = text.split("\r?\n", 400);
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("At ") && line.contains(" char:") && !lines[i - 1].isBlank()) {
        append(b, lines[i - 1].strip());
      } else if (line.startsWith("+ FullyQualifiedErrorId : ")) {
        append(b, line.substring(2));
      }
    }
    return b.isEmpty() ? null : b.toString();
  }

  private static void append(StringBuilder b, String line) {
    b.append(b.isEmpty() ? "" : " | ").append(line, 0, Math.min(line.length(), MAX_LINE));
  }

  /** "Event ID:      1000": the padding of the rendered columns goes. */
  private static String collapse(String line) {
    return PADDING.matcher(line).replaceAll(" ");
  }
}
