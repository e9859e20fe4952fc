package dev.logsift.ingest;

/** Derives a service name from a log group; the name picks the known-failures file. */
public final class ServiceNames {
  private ServiceNames() {}

  public static String fromLogGroup(String logGroup) {
    if (logGroup == null || logGroup.isBlank()) {
      return "unknown";
    }
    String g = logGroup.strip();
    while (g.endsWith("/")) {
      g = g.substring(0, g.length() - 1);
    }
    int slash = g.lastIndexOf('/');
    String last = slash >= 0 ? g.substring(slash + 1) : g;
    // Keep file-name-safe characters only: the name selects known-failures/<service>.md.
    StringBuilder sb = new StringBuilder(last.length());
    for (int i = 0; i < last.length() && sb.length() < 100; i++) {
      char c = last.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.') {
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append('-');
      }
    }
    String s = sb.toString().replaceAll("^[.-]+", "");
    return s.isEmpty() ? "unknown" : s;
  }
}
