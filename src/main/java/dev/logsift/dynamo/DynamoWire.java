package dev.logsift.dynamo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The DynamoDB JSON 1.0 wire format of the five operations the stores use, written straight from and read
 * straight into our own requests and {@link Attr}s. Fields of an answer the stores never read (consumed
 * capacity, metrics) are skipped.
 */
final class DynamoWire {
  private DynamoWire() {}

  static void get(JsonGenerator g, Get r) throws IOException {
    g.writeStartObject();
    g.writeStringField("TableName", r.table());
    g.writeFieldName("Key");
    item(g, r.key());
    g.writeBooleanField("ConsistentRead", r.consistent());
    g.writeEndObject();
  }

  static void put(JsonGenerator g, Put r) throws IOException {
    g.writeStartObject();
    g.writeStringField("TableName", r.table());
    g.writeFieldName("Item");
    item(g, r.item());
    expressions(g, r.condition(), r.names(), r.values());
    g.writeEndObject();
  }

  static void update(JsonGenerator g, Update r) throws IOException {
    g.writeStartObject();
    g.writeStringField("TableName", r.table());
    g.writeFieldName("Key");
    item(g, r.key());
    optional(g, "UpdateExpression", r.expression());
    expressions(g, r.condition(), r.names(), r.values());
    if (r.returns() != Update.Returns.NONE) {
      g.writeStringField("ReturnValues", r.returns().name());
    }
    g.writeEndObject();
  }

  static void batchGet(JsonGenerator g, BatchGet r) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("RequestItems");
    g.writeObjectFieldStart(r.table());
    g.writeArrayFieldStart("Keys");
    for (Map<String, Attr> key : r.keys()) {
      item(g, key);
    }
    g.writeEndArray();
    g.writeBooleanField("ConsistentRead", r.consistent());
    if (r.projection() != null) {
      g.writeStringField("ProjectionExpression", r.projection());
      names(g, r.names());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  static void batchPut(JsonGenerator g, String table, List<Map<String, Attr>> items) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("RequestItems");
    g.writeArrayFieldStart(table);
    for (Map<String, Attr> item : items) {
      g.writeStartObject();
      g.writeObjectFieldStart("PutRequest");
      g.writeFieldName("Item");
      item(g, item);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void expressions(JsonGenerator g, String condition, Map<String, String> names,
      Map<String, Attr> values) throws IOException {
    optional(g, "ConditionExpression", condition);
    if (!names.isEmpty()) {
      names(g, names);
    }
    if (!values.isEmpty()) {
      g.writeFieldName("ExpressionAttributeValues");
      item(g, values);
    }
  }

  private static void names(JsonGenerator g, Map<String, String> names) throws IOException {
    g.writeObjectFieldStart("ExpressionAttributeNames");
    for (Map.Entry<String, String> e : names.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  static void item(JsonGenerator g, Map<String, Attr> item) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Attr> e : item.entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeEndObject();
  }

  static void value(JsonGenerator g, Attr v) throws IOException {
    g.writeStartObject();
    switch (v.type()) {
      case S -> g.writeStringField("S", v.s());
      case N -> g.writeStringField("N", v.n());
      case B -> {
        g.writeFieldName("B");
        g.writeBinary(v.b());
      }
      case BOOL -> g.writeBooleanField("BOOL", v.bool());
      case NUL -> g.writeBooleanField("NULL", true);
      case SS -> strings(g, "SS", v.ss());
      case NS -> strings(g, "NS", v.ns());
      case M -> {
        g.writeFieldName("M");
        item(g, v.m());
      }
      case L -> {
        g.writeArrayFieldStart("L");
        for (Attr e : v.l()) {
          value(g, e);
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  // Answers. Each reader is given a parser on the answer's opening brace.

  /** The one item field of an answer (null when absent); every other field is skipped. */
  static Map<String, Attr> onlyItem(JsonParser p, String name) throws IOException {
    Map<String, Attr> found = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals(name)) {
        found = item(p);
      } else {
        p.skipChildren();
      }
    }
    return found;
  }

  static BatchGet.Answer batchGetAnswer(JsonParser p, BatchGet request) throws IOException {
    List<Map<String, Attr>> items = new ArrayList<>();
    List<Map<String, Attr>> unprocessed = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("Responses")) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          p.nextToken();
          items.addAll(items(p));
        }
      } else if (field.equals("UnprocessedKeys")) {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          p.nextToken();
          unprocessed.addAll(onlyItems(p, "Keys"));
        }
      } else {
        p.skipChildren();
      }
    }
    return new BatchGet.Answer(items, unprocessed.isEmpty() ? null : request.withKeys(unprocessed));
  }

  static List<Map<String, Attr>> batchPutAnswer(JsonParser p) throws IOException {
    List<Map<String, Attr>> unprocessed = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (!field.equals("UnprocessedItems")) {
        p.skipChildren();
        continue;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        p.nextToken();
        while (p.nextToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String kind = p.currentName();
            p.nextToken();
            Map<String, Attr> item = onlyItem(p, "Item");
            if (kind.equals("PutRequest") && item != null) {
              unprocessed.add(item);
            }
          }
        }
      }
    }
    return unprocessed;
  }

  /** The list of items in one field of an object; every other field is skipped. */
  private static List<Map<String, Attr>> onlyItems(JsonParser p, String name) throws IOException {
    List<Map<String, Attr>> found = List.of();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals(name)) {
        found = items(p);
      } else {
        p.skipChildren();
      }
    }
    return found;
  }

  private static List<Map<String, Attr>> items(JsonParser p) throws IOException {
    List<Map<String, Attr>> items = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      items.add(item(p));
    }
    return items;
  }

  /** An item (or key, or value map) from its opening brace to its closing one. */
  static Map<String, Attr> item(JsonParser p) throws IOException {
    Map<String, Attr> item = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      item.put(name, value(p));
    }
    return item;
  }

  private static Attr value(JsonParser p) throws IOException {
    Attr v = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String type = p.currentName();
      p.nextToken();
      v = switch (type) {
        case "S" -> Attr.fromS(p.getText());
        case "N" -> Attr.fromN(p.getText());
        case "B" -> Attr.fromB(p.getBinaryValue());
        case "BOOL" -> Attr.fromBool(p.getBooleanValue());
        case "NULL" -> Attr.fromNul();
        case "SS" -> Attr.fromSs(strings(p));
        case "NS" -> Attr.fromNs(strings(p));
        case "M" -> Attr.fromM(item(p));
        case "L" -> {
          List<Attr> l = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            l.add(value(p));
          }
          yield Attr.fromL(l);
        }
        default -> {
          p.skipChildren();
          yield v;
        }
      };
    }
    if (v == null) {
      throw new IOException("attribute value of an unknown type");
    }
    return v;
  }

  private static List<String> strings(JsonParser p) throws IOException {
    List<String> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(p.getText());
    }
    return values;
  }
}
