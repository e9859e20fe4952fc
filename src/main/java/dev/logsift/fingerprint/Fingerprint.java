package dev.logsift.fingerprint;

/** A message's template (variable parts masked) and a stable id: hash of rules version + template (see inService). */
public record Fingerprint(String id, String template) {

  /**
   * The id this error goes by in one service: the same template in two services is two errors (two owners,
   * two cards; "Task timed out after 30.03 seconds" from two Lambdas are two functions too slow). A service of
   * "" (plain lines, one service) keeps the id as it is.
   */
  public Fingerprint inService(String service) {
    return service == null || service.isEmpty() ? this : new Fingerprint(Ids.scoped(id, service), template);
  }
}
