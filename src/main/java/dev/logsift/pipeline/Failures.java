package dev.logsift.pipeline;

import dev.logsift.core.DownstreamUnavailableException;

/** Turns anything an adapter throws into the typed failure the pipeline accounts for. */
final class Failures {
  private Failures() {}

  /**
   * A typed failure passes through. Anything else keeps its class and stack but not its message: an
   * exception raised while building a request can carry a header value (a token) or log text.
   */
  static DownstreamUnavailableException typed(String where, Throwable e) {
    if (e instanceof DownstreamUnavailableException d) {
      return d;
    }
    RuntimeException scrubbed = new RuntimeException(e.getClass().getName());
    scrubbed.setStackTrace(e.getStackTrace());
    return new DownstreamUnavailableException(where, "unexpected " + e.getClass().getSimpleName(), scrubbed);
  }
}
