package dev.logsift.core;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one thread-safe, shared mapper (on the JsonFactory of {@link JsonStreams}); configured here only, so every
 * adapter reads and writes JSON alike and a change of limits applies everywhere at once. The hot path reads and
 * writes its trees through {@link JsonStreams} instead, so a cold start does not build this mapper.
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper(JsonStreams.FACTORY);

  private Json() {}
}
