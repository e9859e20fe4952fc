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
    StringBuilder scripts = new StringBuilder();
    String kept = text.startsWith("Log Name:") ? windowsEvent(text) : powerShellError(text, scripts);
    if (kept == null) {
      return false;
    }
    masker.mask(kept, 0, Math.min(kept.length(), maxChars * 4), out);
    out.append(scripts); // code, as a trace's frames are: not masked
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
   * and its "+ FullyQualifiedErrorId : CopyFileInfoItemUnauthorizedAccessError,...". The message is the first line
   * of the lines above "At" (those after it are its detail: a trace id, a time, "The statement has been
   * terminated."), the script its file's name. The transcript's header around it (start time, user, machine,
   * process id) is left out.
   */
  private static String powerShellError(String text, StringBuilder scripts) {
    int id = text.indexOf("+ FullyQualifiedErrorId : ");
    if (id < 0) {
      return null;
    }
    String[] lines = text.split("\r?\n", 400);
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("At ") && line.contains(" char:") && !lines[i - 1].isBlank()) {
        int first = i - 1;
        while (first > 0 && !lines[first - 1].isBlank() && i - first < 8 && !lines[first - 1].strip().startsWith("+ ")) {
          first--;
        }
        // the message is the block's first line that reads like one ("Invoke-RestMethod : ...", "Exception calling
        // ..."), not a line of the caller's own fields above it ("ci=DUBLIN-UTIL sys_id=...")
        int message = first;
        while (message < i - 1 && !lines[message].contains(" : ") && !lines[message].contains("Exception")) {
          message++;
        }
        append(b, lines[message].strip());
        // "At char:9" names no place: "At" and " char:" share its space
        int where = line.indexOf(" char:");
        if (scripts.length() < 512 && where >= 3) {
          scripts.append(" | at ").append(scriptName(line.substring(3, where)));
        }
      } else if (line.startsWith("+ FullyQualifiedErrorId : ")) {
        append(b, line.substring(2));
      }
    }
    return b.isEmpty() ? null : b.toString();
  }

  /**
   * "C:\Scripts\HR\Sync-HRUsers.ps1:42" is "Sync-HRUsers.ps1", its folder and line are values, whatever the folder's
   * name holds ("C:\Program Files\..."); "line:3", typed at a prompt, is "line".
   */
  private static String scriptName(String where) {
    int colon = where.lastIndexOf(':');
    String file = colon > 1 && Shapes.digits(where, colon + 1, where.length()) ? where.substring(0, colon) : where;
    return StackTraces.baseName(file);
  }

  private static void append(StringBuilder b, String line) {
    b.append(b.isEmpty() ? "" : " | ").append(line, 0, Math.min(line.length(), MAX_LINE));
  }

  /** "Event ID:      1000": the padding of the rendered columns goes. */
  private static String collapse(String line) {
    return PADDING.matcher(line).replaceAll(" ");
  }
}
