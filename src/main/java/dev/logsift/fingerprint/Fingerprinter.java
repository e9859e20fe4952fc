package dev.logsift.fingerprint;

/** Port: deterministic and stateless; repeats of one error map to one fingerprint. */
public interface Fingerprinter {
  Fingerprint fingerprint(String message);

  /** Version of the masking rules; part of every id, so a rules change starts new fingerprints. */
  String rulesVersion();
}
