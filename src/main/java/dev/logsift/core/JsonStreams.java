package dev.logsift.core;

import com.fasterxml.jackson.core.JsonFactory;

/**
 * The one factory for streaming JSON, shared by {@link Json#MAPPER}. A holder of its own so that streaming code
 * (the fingerprinter, the CLI's line framing) does not load the data-binding classes: ~90 ms of start-up.
 */
public final class JsonStreams {
  public static final JsonFactory FACTORY = new JsonFactory();

  private JsonStreams() {}
}
