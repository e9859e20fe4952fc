package dev.logsift.fingerprint;

/** Port: deterministic and stateless; repeats of one error map to one fingerprint. */
public interface Fingerprinter {
  Fingerprint fingerprint(String message);

  /** Version of the masking rules; part of every id, so a rules change starts new fingerprints. */
  String rulesVersion();

  /**
   * The fingerprints of one service's batch, in order. A learning fingerprinter learns from the whole
   * batch before it answers, so every event of a group gets the group's id.
   */
  default java.util.List<Fingerprint> fingerprintAll(String service, java.util.List<String> messages) {
    return messages.stream().map(this::fingerprint).toList();
  }
}
