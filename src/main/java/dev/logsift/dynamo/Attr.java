package dev.logsift.dynamo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One DynamoDB attribute value, of the types the stores write and read. Our own instead of the SDK's
 * AttributeValue: that one and the request and response classes around it are ~290 classes whose field
 * lambdas are spun when first used, ~100 ms of every cold start.
 */
public final class Attr {
  /** The wire name of each type (NUL is DynamoDB's NULL). */
  public enum Type { S, N, B, BOOL, NUL, SS, NS, M, L }

  private final Type type;
  private final Object value;

  private Attr(Type type, Object value) {
    this.type = type;
    this.value = Objects.requireNonNull(value, "attribute value");
  }

  public static Attr fromS(String v) {
    return new Attr(Type.S, v);
  }

  public static Attr fromN(String v) {
    return new Attr(Type.N, v);
  }

  public static Attr fromN(long v) {
    return new Attr(Type.N, Long.toString(v));
  }

  public static Attr fromB(byte[] v) {
    return new Attr(Type.B, v.clone());
  }

  public static Attr fromBool(boolean v) {
    return new Attr(Type.BOOL, v);
  }

  public static Attr fromNul() {
    return new Attr(Type.NUL, Boolean.TRUE);
  }

  public static Attr fromSs(List<String> v) {
    return new Attr(Type.SS, List.copyOf(v));
  }

  public static Attr fromNs(List<String> v) {
    return new Attr(Type.NS, List.copyOf(v));
  }

  public static Attr fromM(Map<String, Attr> v) {
    return new Attr(Type.M, Map.copyOf(v));
  }

  public static Attr fromL(List<Attr> v) {
    return new Attr(Type.L, List.copyOf(v));
  }

  public Type type() {
    return type;
  }

  /** The string, or null when this is not one (as with the SDK's accessors). */
  public String s() {
    return type == Type.S ? (String) value : null;
  }

  public String n() {
    return type == Type.N ? (String) value : null;
  }

  /** A copy of the bytes, or null. */
  public byte[] b() {
    return type == Type.B ? ((byte[]) value).clone() : null;
  }

  public Boolean bool() {
    return type == Type.BOOL ? (Boolean) value : null;
  }

  @SuppressWarnings("unchecked")
  public List<String> ss() {
    return type == Type.SS ? (List<String>) value : null;
  }

  @SuppressWarnings("unchecked")
  public List<String> ns() {
    return type == Type.NS ? (List<String>) value : null;
  }

  @SuppressWarnings("unchecked")
  public Map<String, Attr> m() {
    return type == Type.M ? (Map<String, Attr>) value : null;
  }

  @SuppressWarnings("unchecked")
  public List<Attr> l() {
    return type == Type.L ? (List<Attr>) value : null;
  }

  public boolean hasM() {
    return type == Type.M;
  }

  public boolean hasL() {
    return type == Type.L;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Attr a) || a.type != type) {
      return false;
    }
    return type == Type.B ? Arrays.equals((byte[]) value, (byte[]) a.value) : value.equals(a.value);
  }

  @Override
  public int hashCode() {
    return type == Type.B ? Arrays.hashCode((byte[]) value) : value.hashCode();
  }

  /** The type only: values may hold log text, which must not reach logs or exception messages. */
  @Override
  public String toString() {
    return "Attr[" + type + "]";
  }
}
