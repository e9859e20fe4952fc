package dev.logsift.corrections;

import java.util.List;
import java.util.Optional;

/**
 * Port: a small object store (S3 or a directory). Keys are slash-separated paths. Every method throws
 * DownstreamUnavailableException when the store stays unavailable.
 */
public interface CorrectionStore {
  /** Writes the object unless the key exists; true when this call wrote it. */
  boolean putIfAbsent(String key, byte[] body);

  /** Writes the object, replacing any earlier version (state that changes: the poll's cursor, a service's latest examples). */
  void put(String key, byte[] body);

  boolean exists(String key);

  Optional<byte[]> read(String key);

  /** Keys starting with the prefix and sorting after startAfter (null: all), in key order. */
  List<String> list(String prefix, String startAfter);
}
