package dev.logsift.fingerprint;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stateless fingerprint, then a learning stage per service (see {@link ServiceTemplates}): token
 * positions that have shown {@code minValues} distinct values in otherwise equal templates become
 * variables, and the merged templates answer with the id of the first of them. Services are held
 * least recently used first within a global budget of entries, so 100,000 services or random tokens
 * keep memory bounded. Learning is not thread-safe (one thread learns: the CLI's main thread);
 * {@link #stateless} may be called from any thread.
 */
public final class LearningFingerprinter {
  /** The default K; see src/main/resources/fingerprint/README.md for why 3. */
  public static final int DEFAULT_MIN_VALUES = 3;
  public static final int MAX_TEMPLATES_PER_SERVICE = 20_000;
  public static final int MAX_ENTRIES = 1_000_000;

  private final Fingerprinter stateless;
  private final int minValues;
  private final int maxTemplatesPerService;
  private final int maxEntries;
  private final LinkedHashMap<String, ServiceTemplates> services = new LinkedHashMap<>(16, 0.75f, true);
  private long entries;
  private String lastName;
  private ServiceTemplates lastState;

  public LearningFingerprinter(Fingerprinter stateless) {
    this(stateless, DEFAULT_MIN_VALUES, MAX_TEMPLATES_PER_SERVICE, MAX_ENTRIES);
  }

  public LearningFingerprinter(Fingerprinter stateless, int minValues, int maxTemplatesPerService, int maxEntries) {
    if (minValues < 3) {
      throw new IllegalArgumentException("two values never make a variable: minValues must be at least 3");
    }
    this.stateless = stateless;
    this.minValues = minValues;
    this.maxTemplatesPerService = maxTemplatesPerService;
    this.maxEntries = maxEntries;
  }

  /** Fingerprints and learns at once: the answer reflects what was learned up to this line. */
  public Fingerprint fingerprint(String service, String message) {
    Fingerprint f = stateless.fingerprint(message);
    return answer(f, observe(service, f));
  }

  /** The stateless fingerprint (no learning). */
  public Fingerprint stateless(String message) {
    return stateless.fingerprint(message);
  }

  /** Learns from one stateless fingerprint of a service. */
  public void learn(String service, Fingerprint f) {
    observe(service, f);
  }

  private ServiceTemplates.Node observe(String service, Fingerprint f) {
    ServiceTemplates s = service(service);
    if (s == null) {
      s = new ServiceTemplates(minValues, maxTemplatesPerService);
      services.put(service, s);
      lastName = service;
      lastState = s;
    }
    int before = s.size;
    ServiceTemplates.Node g = s.observe(f);
    entries += s.size - before;
    evict();
    return g;
  }

  /** The fingerprint of the group the template belongs to now: the first template's id, the learned template. */
  public Fingerprint resolve(String service, Fingerprint f) {
    ServiceTemplates s = service(service);
    return answer(f, s == null ? null : s.group(f.template()));
  }

  private static Fingerprint answer(Fingerprint f, ServiceTemplates.Node g) {
    if (g == null || (g.id.equals(f.id()) && g.mask == 0 && g.pinned == null)) {
      return f;
    }
    return new Fingerprint(g.id, g.text());
  }

  /** Entries held across services (templates, evidence slots, learned patterns): bounded by maxEntries. */
  public long entries() {
    return entries;
  }

  public String rulesVersion() {
    return stateless.rulesVersion();
  }

  /** The service's state; the last one asked for is kept at hand (lines of one service come in runs). */
  private ServiceTemplates service(String name) {
    if (lastState != null && name.equals(lastName)) {
      return lastState;
    }
    ServiceTemplates s = services.get(name);
    lastName = name;
    lastState = s;
    return s;
  }

  private void evict() {
    if (entries <= maxEntries) {
      return;
    }
    if (lastName != null) {
      services.get(lastName); // the service in use is the most recent, whatever the cache skipped
    }
    lastName = null;
    lastState = null;
    Iterator<Map.Entry<String, ServiceTemplates>> it = services.entrySet().iterator();
    while (entries > maxEntries * 3L / 4 && it.hasNext() && services.size() > 1) {
      entries -= it.next().getValue().size;
      it.remove();
    }
  }
}
