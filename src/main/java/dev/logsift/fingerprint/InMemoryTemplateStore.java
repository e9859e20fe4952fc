package dev.logsift.fingerprint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The template store of one process (no DEDUP_TABLE): the least recently written services go first. */
public final class InMemoryTemplateStore implements TemplateStore {
  private final Map<String, State> states;

  public InMemoryTemplateStore(int maxServices) {
    this.states = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
        return size() > maxServices;
      }
    };
  }

  @Override
  public synchronized Optional<State> load(String service) {
    return Optional.ofNullable(states.get(service));
  }

  @Override
  public synchronized boolean save(String service, State state, long expectedVersion, Instant now) {
    State old = states.get(service);
    if ((old == null ? 0 : old.version()) != expectedVersion) {
      return false;
    }
    states.put(service, state);
    return true;
  }
}
