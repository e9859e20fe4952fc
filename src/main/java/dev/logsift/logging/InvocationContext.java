package dev.logsift.logging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.spi.MDCAdapter;

/**
 * The MDC: one process-wide map rather than one per thread. Lambda runs one invocation at a time per
 * execution environment, and the model calls of a batch log from pool threads that must carry the same
 * aws_request_id; the CLI runs one command at a time too. The handler sets it per invocation and clears it
 * after, so nothing of one invocation is written with the next.
 */
final class InvocationContext implements MDCAdapter {
  private volatile Map<String, String> map = Map.of();
  private final Map<String, Deque<String>> deques = new HashMap<>();

  /** The current fields, in the order they were put. */
  Map<String, String> fields() {
    return map;
  }

  @Override
  public synchronized void put(String key, String val) {
    if (key == null) {
      throw new IllegalArgumentException("key cannot be null");
    }
    Map<String, String> m = new LinkedHashMap<>(map);
    m.put(key, val == null ? "" : val);
    map = java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public String get(String key) {
    return map.get(key);
  }

  @Override
  public synchronized void remove(String key) {
    Map<String, String> m = new LinkedHashMap<>(map);
    m.remove(key);
    map = java.util.Collections.unmodifiableMap(m);
  }

  @Override
  public synchronized void clear() {
    map = Map.of();
    deques.clear();
  }

  @Override
  public Map<String, String> getCopyOfContextMap() {
    return new HashMap<>(map);
  }

  @Override
  public synchronized void setContextMap(Map<String, String> contextMap) {
    map = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contextMap));
  }

  @Override
  public synchronized void pushByKey(String key, String value) {
    deques.computeIfAbsent(key, k -> new ArrayDeque<>()).push(value);
  }

  @Override
  public synchronized String popByKey(String key) {
    Deque<String> d = deques.get(key);
    return d == null ? null : d.poll();
  }

  @Override
  public synchronized Deque<String> getCopyOfDequeByKey(String key) {
    Deque<String> d = deques.get(key);
    return d == null ? null : new ArrayDeque<>(d);
  }

  @Override
  public synchronized void clearDequeByKey(String key) {
    Deque<String> d = deques.get(key);
    if (d != null) {
      d.clear();
    }
  }
}
