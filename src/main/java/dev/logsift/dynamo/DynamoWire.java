package dev.logsift.dynamo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The DynamoDB JSON 1.0 wire format of the five operations the stores use, written from and read into the
 * SDK's own model objects, so the stores are the same on this client as on the SDK's. Fields the stores never
 * set are not written; fields of an answer they never read (consumed capacity, metrics) are skipped.
 */
final class DynamoWire {
  private DynamoWire() {}

  static void getItem(JsonGenerator g, GetItemRequest r) throws IOException {
    g.writeStartObject();
    g.writeStringField("TableName", r.tableName());
    if (r.hasKey()) {
      g.writeFieldName("Key");
      item(g, r.key());
    }
    if (r.consistentRead() != null) {
      g.writeBooleanField("ConsistentRead", r.consistentRead());
    }
    optional(g, "ProjectionExpression", r.projectionExpression());
    if (r.hasExpressionAttributeNames()) {
      names(g, r.expressionAttributeNames());
    }
    if (r.hasAttributesToGet()) {
      strings(g, "AttributesToGet", r.attributesToGet());
    }
    g.writeEndObject();
  }

  static void putItem(JsonGenerator g, PutItemRequest r) throws IOException {
    g.writeStartObject();
    g.writeStringField("TableName", r.tableName());
    if (r.hasItem()) {
      g.writeFieldName("Item");
      item(g, r.item());
    }
    optional(g, "ConditionExpression", r.conditionExpression());
    expressionMaps(g, r.hasExpressionAttributeNames(), r.expressionAttributeNames(),
        r.hasExpressionAttributeValues(), r.expressionAttributeValues());
    optional(g, "ReturnValues", r.returnValuesAsString());
    optional(g, "ReturnValuesOnConditionCheckFailure", r.returnValuesOnConditionCheckFailureAsString());
    g.writeEndObject();
  }

  static void updateItem(JsonGenerator g, UpdateItemRequest r) throws IOException {
    g.writeStartObject();
    g.writeStringField("TableName", r.tableName());
    if (r.hasKey()) {
      g.writeFieldName("Key");
      item(g, r.key());
    }
    optional(g, "UpdateExpression", r.updateExpression());
    optional(g, "ConditionExpression", r.conditionExpression());
    expressionMaps(g, r.hasExpressionAttributeNames(), r.expressionAttributeNames(),
        r.hasExpressionAttributeValues(), r.expressionAttributeValues());
    optional(g, "ReturnValues", r.returnValuesAsString());
    optional(g, "ReturnValuesOnConditionCheckFailure", r.returnValuesOnConditionCheckFailureAsString());
    g.writeEndObject();
  }

  static void batchGetItem(JsonGenerator g, BatchGetItemRequest r) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("RequestItems");
    for (Map.Entry<String, KeysAndAttributes> e : r.requestItems().entrySet()) {
      g.writeFieldName(e.getKey());
      keysAndAttributes(g, e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static void batchWriteItem(JsonGenerator g, BatchWriteItemRequest r) throws IOException {
    g.writeStartObject();
    g.writeFieldName("RequestItems");
    writeRequests(g, r.requestItems());
    g.writeEndObject();
  }

  private static void keysAndAttributes(JsonGenerator g, KeysAndAttributes k) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("Keys");
    for (Map<String, AttributeValue> key : k.keys()) {
      item(g, key);
    }
    g.writeEndArray();
    if (k.consistentRead() != null) {
      g.writeBooleanField("ConsistentRead", k.consistentRead());
    }
    optional(g, "ProjectionExpression", k.projectionExpression());
    if (k.hasExpressionAttributeNames()) {
      names(g, k.expressionAttributeNames());
    }
    if (k.hasAttributesToGet()) {
      strings(g, "AttributesToGet", k.attributesToGet());
    }
    g.writeEndObject();
  }

  private static void writeRequests(JsonGenerator g, Map<String, List<WriteRequest>> items) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, List<WriteRequest>> e : items.entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      for (WriteRequest w : e.getValue()) {
        g.writeStartObject();
        if (w.putRequest() != null) {
          g.writeObjectFieldStart("PutRequest");
          g.writeFieldName("Item");
          item(g, w.putRequest().item());
          g.writeEndObject();
        }
        if (w.deleteRequest() != null) {
          g.writeObjectFieldStart("DeleteRequest");
          g.writeFieldName("Key");
          item(g, w.deleteRequest().key());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void expressionMaps(JsonGenerator g, boolean hasNames, Map<String, String> names,
      boolean hasValues, Map<String, AttributeValue> values) throws IOException {
    if (hasNames) {
      names(g, names);
    }
    if (hasValues) {
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

  static void item(JsonGenerator g, Map<String, AttributeValue> item) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
      g.writeFieldName(e.getKey());
      value(g, e.getValue());
    }
    g.writeEndObject();
  }

  static void value(JsonGenerator g, AttributeValue v) throws IOException {
    g.writeStartObject();
    switch (v.type()) {
      case S -> g.writeStringField("S", v.s());
      case N -> g.writeStringField("N", v.n());
      case B -> {
        g.writeFieldName("B");
        g.writeBinary(v.b().asByteArrayUnsafe());
      }
      case BOOL -> g.writeBooleanField("BOOL", v.bool());
      case NUL -> g.writeBooleanField("NULL", true);
      case SS -> strings(g, "SS", v.ss());
      case NS -> strings(g, "NS", v.ns());
      case BS -> {
        g.writeArrayFieldStart("BS");
        for (SdkBytes b : v.bs()) {
          g.writeBinary(b.asByteArrayUnsafe());
        }
        g.writeEndArray();
      }
      case M -> {
        g.writeFieldName("M");
        item(g, v.m());
      }
      case L -> {
        g.writeArrayFieldStart("L");
        for (AttributeValue e : v.l()) {
          value(g, e);
        }
        g.writeEndArray();
      }
      default -> throw new IllegalArgumentException("attribute value without a type");
    }
    g.writeEndObject();
  }

  // Answers. Each reader is given a parser on the answer's opening brace.

  static GetItemResponse getItemResponse(JsonParser p) throws IOException {
    return GetItemResponse.builder().item(onlyItem(p, "Item")).build();
  }

  static PutItemResponse putItemResponse(JsonParser p) throws IOException {
    return PutItemResponse.builder().attributes(onlyItem(p, "Attributes")).build();
  }

  static UpdateItemResponse updateItemResponse(JsonParser p) throws IOException {
    return UpdateItemResponse.builder().attributes(onlyItem(p, "Attributes")).build();
  }

  /** The one item field of a response object (null when absent); every other field is skipped. */
  private static Map<String, AttributeValue> onlyItem(JsonParser p, String name) throws IOException {
    Map<String, AttributeValue> found = null;
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

  static BatchGetItemResponse batchGetItemResponse(JsonParser p) throws IOException {
    BatchGetItemResponse.Builder b = BatchGetItemResponse.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("Responses")) {
        Map<String, List<Map<String, AttributeValue>>> responses = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String table = p.currentName();
          p.nextToken();
          responses.put(table, items(p));
        }
        b.responses(responses);
      } else if (field.equals("UnprocessedKeys")) {
        Map<String, KeysAndAttributes> unprocessed = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String table = p.currentName();
          p.nextToken();
          unprocessed.put(table, keysAndAttributes(p));
        }
        b.unprocessedKeys(unprocessed);
      } else {
        p.skipChildren();
      }
    }
    return b.build();
  }

  static BatchWriteItemResponse batchWriteItemResponse(JsonParser p) throws IOException {
    BatchWriteItemResponse.Builder b = BatchWriteItemResponse.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("UnprocessedItems")) {
        Map<String, List<WriteRequest>> unprocessed = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String table = p.currentName();
          p.nextToken();
          List<WriteRequest> writes = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            writes.add(writeRequest(p));
          }
          unprocessed.put(table, writes);
        }
        b.unprocessedItems(unprocessed);
      } else {
        p.skipChildren();
      }
    }
    return b.build();
  }

  private static WriteRequest writeRequest(JsonParser p) throws IOException {
    WriteRequest.Builder w = WriteRequest.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String kind = p.currentName();
      p.nextToken();
      Map<String, AttributeValue> inner = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("Item") || field.equals("Key")) {
          inner = item(p);
        } else {
          p.skipChildren();
        }
      }
      if (kind.equals("PutRequest")) {
        w.putRequest(PutRequest.builder().item(inner).build());
      } else if (kind.equals("DeleteRequest")) {
        w.deleteRequest(DeleteRequest.builder().key(inner).build());
      }
    }
    return w.build();
  }

  private static KeysAndAttributes keysAndAttributes(JsonParser p) throws IOException {
    KeysAndAttributes.Builder k = KeysAndAttributes.builder();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "Keys" -> k.keys(items(p));
        case "ConsistentRead" -> k.consistentRead(p.getBooleanValue());
        case "ProjectionExpression" -> k.projectionExpression(p.getText());
        case "ExpressionAttributeNames" -> {
          Map<String, String> names = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            names.put(name, p.getText());
          }
          k.expressionAttributeNames(names);
        }
        case "AttributesToGet" -> k.attributesToGet(strings(p));
        default -> p.skipChildren();
      }
    }
    return k.build();
  }

  private static List<Map<String, AttributeValue>> items(JsonParser p) throws IOException {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      items.add(item(p));
    }
    return items;
  }

  /** An item (or key, or value map) from its opening brace to its closing one. */
  static Map<String, AttributeValue> item(JsonParser p) throws IOException {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      item.put(name, value(p));
    }
    return item;
  }

  private static AttributeValue value(JsonParser p) throws IOException {
    AttributeValue v = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String type = p.currentName();
      p.nextToken();
      v = switch (type) {
        case "S" -> AttributeValue.fromS(p.getText());
        case "N" -> AttributeValue.fromN(p.getText());
        case "B" -> AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(p.getBinaryValue()));
        case "BOOL" -> AttributeValue.fromBool(p.getBooleanValue());
        case "NULL" -> AttributeValue.fromNul(p.getBooleanValue());
        case "SS" -> AttributeValue.fromSs(strings(p));
        case "NS" -> AttributeValue.fromNs(strings(p));
        case "BS" -> {
          List<SdkBytes> bs = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            bs.add(SdkBytes.fromByteArrayUnsafe(p.getBinaryValue()));
          }
          yield AttributeValue.fromBs(bs);
        }
        case "M" -> AttributeValue.fromM(item(p));
        case "L" -> {
          List<AttributeValue> l = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            l.add(value(p));
          }
          yield AttributeValue.fromL(l);
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
