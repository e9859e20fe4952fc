package dev.logsift.dynamo;

/** The condition of a put or update did not hold: a lost race or a state changed, not an error. */
public final class ConditionFailedException extends DynamoException {
  public ConditionFailedException(String operation, int status) {
    super(operation, "ConditionalCheckFailedException", status, null);
  }
}
