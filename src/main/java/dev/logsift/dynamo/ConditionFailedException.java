package dev.logsift.dynamo;

import java.util.Map;

/** The condition of a put or update did not hold: a lost race or a state changed, not an error. */
public final class ConditionFailedException extends DynamoException {
  private final transient Map<String, Attr> item;

  public ConditionFailedException(String operation, int status, Map<String, Attr> item) {
    super(operation, "ConditionalCheckFailedException", status, null);
    this.item = item;
  }

  /** The item as it was, when asked for; else null. */
  public Map<String, Attr> item() {
    return item;
  }
}
