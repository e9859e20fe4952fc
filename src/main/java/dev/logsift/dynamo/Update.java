package dev.logsift.dynamo;

import java.util.Map;

/**
 * UpdateItem. Built step by step like the SDK's request, since the stores assemble the expressions in parts.
 *
 * @param condition null for none
 * @param returns which attributes the answer carries
 */
public record Update(String table, Map<String, Attr> key, String expression, String condition,
    Map<String, String> names, Map<String, Attr> values, Returns returns) {

  /** DynamoDB's ReturnValues, of those the stores ask for. */
  public enum Returns { NONE, ALL_OLD, ALL_NEW }

  public static Builder builder(String table, Map<String, Attr> key) {
    return new Builder(table, key);
  }

  /** Mutable; the stores' names for its steps are the SDK's. */
  public static final class Builder {
    private final String table;
    private final Map<String, Attr> key;
    private String expression;
    private String condition;
    private Map<String, String> names = Map.of();
    private Map<String, Attr> values = Map.of();
    private Returns returns = Returns.NONE;

    private Builder(String table, Map<String, Attr> key) {
      this.table = table;
      this.key = key;
    }

    public Builder updateExpression(String expression) {
      this.expression = expression;
      return this;
    }

    public Builder conditionExpression(String condition) {
      this.condition = condition;
      return this;
    }

    public Builder expressionAttributeNames(Map<String, String> names) {
      this.names = names;
      return this;
    }

    public Builder expressionAttributeValues(Map<String, Attr> values) {
      this.values = values;
      return this;
    }

    public Builder returnValues(Returns returns) {
      this.returns = returns;
      return this;
    }

    public Update build() {
      return new Update(table, key, expression, condition, names, values, returns);
    }
  }
}
