package dev.logsift.rootcause;

/** Port: finds the root cause of one (redacted) error event. Deterministic, bounded work on any input. */
public interface RootCauseExtractor {
  int MAX_CAUSE_CHARS = 1000;

  RootCause extract(String message);

  /** Java, .NET, Node, Python and Go traces, logfmt/JSON error fields, Lambda's formats. */
  static RootCauseExtractor standard() {
    return new TraceRootCause();
  }
}
