package dev.logsift.fingerprint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lambda's fingerprinter: per batch and service, the learned templates are read once from the
 * store, the batch is learned, every event answered with its group's id, and the state written
 * back only when a template was added, conditionally on the version read (on a conflict the
 * newer state is read and this batch's templates replayed on it, a few times). Unreadable or
 * corrupt state, or a store that is down: logged (never the content) and the batch gets the
 * stateless fingerprint; learning never fails a batch. After a rules-version change the stored
 * templates are masked again with the new rules, so errors the new rules still template the same
 * way keep their ids.
 */
public final class StoredLearningFingerprinter implements Fingerprinter {
  private static final Logger LOG = LoggerFactory.getLogger(StoredLearningFingerprinter.class);
  /** Templates kept per service in the stored state. */
  static final int MAX_STORED = 2_000;
  private static final int WRITE_ATTEMPTS = 3;

  private final Fingerprinter stateless;
  private final TemplateStore store;
  private final Clock clock;
  private final int minValues;

  public StoredLearningFingerprinter(Fingerprinter stateless, TemplateStore store, Clock clock) {
    this(stateless, store, clock, LearningFingerprinter.DEFAULT_MIN_VALUES);
  }

  StoredLearningFingerprinter(Fingerprinter stateless, TemplateStore store, Clock clock, int minValues) {
    this.stateless = stateless;
    this.store = store;
    this.clock = clock;
    this.minValues = minValues;
  }

  @Override
  public Fingerprint fingerprint(String message) {
    return stateless.fingerprint(message);
  }

  @Override
  public String rulesVersion() {
    return stateless.rulesVersion();
  }

  @Override
  public List<Fingerprint> fingerprintAll(String service, List<String> messages) {
    List<Fingerprint> prints = new ArrayList<>(messages.size());
    for (String m : messages) {
      prints.add(stateless.fingerprint(m));
    }
    ServiceTemplates learned;
    long version;
    try {
      Optional<TemplateStore.State> state = store.load(service);
      version = state.map(TemplateStore.State::version).orElse(0L);
      learned = restore(state);
    } catch (RuntimeException e) {
      LOG.warn("template state unreadable, batch fingerprinted without learning: {}", e.getClass().getSimpleName());
      return prints;
    }
    // A batch repeats a few templates thousands of times: learn and answer once per template, in order of first sight.
    Map<String, Fingerprint> distinct = new LinkedHashMap<>();
    for (Fingerprint p : prints) {
      distinct.putIfAbsent(p.template(), p);
    }
    List<Fingerprint> firsts = new ArrayList<>(distinct.values());
    for (Fingerprint p : firsts) {
      learned.observe(p);
    }
    List<Fingerprint> out = answers(learned, prints);
    if (learned.changed()) {
      write(service, learned, version, firsts);
    }
    return out;
  }

  private ServiceTemplates restore(Optional<TemplateStore.State> state) {
    ServiceTemplates s = new ServiceTemplates(minValues, LearningFingerprinter.MAX_TEMPLATES_PER_SERVICE);
    if (state.isEmpty()) {
      return s;
    }
    List<TemplateStates.Entry> entries = TemplateStates.decode(state.get().data());
    if (!state.get().rulesVersion().equals(rulesVersion())) {
      // new rules: each old template is masked again, so where the new rules still give that
      // template (masking is idempotent on most templates) the error keeps its old id
      List<TemplateStates.Entry> again = new ArrayList<>(entries.size());
      for (TemplateStates.Entry e : entries) {
        again.add(new TemplateStates.Entry(stateless.fingerprint(e.template()).template(), e.groupId()));
      }
      entries = again;
    }
    s.restore(entries);
    return s;
  }

  private static List<Fingerprint> answers(ServiceTemplates learned, List<Fingerprint> prints) {
    List<Fingerprint> out = new ArrayList<>(prints.size());
    Map<String, Fingerprint> answered = new HashMap<>();
    for (Fingerprint p : prints) {
      out.add(answered.computeIfAbsent(p.template(), t -> {
        ServiceTemplates.Node g = learned.group(t);
        boolean asIs = g == null || (g.id.equals(p.id()) && g.mask == 0 && g.pinned == null);
        return asIs ? p : new Fingerprint(g.id, g.text());
      }));
    }
    return out;
  }

  private void write(String service, ServiceTemplates learned, long version, List<Fingerprint> batch) {
    try {
      for (int attempt = 1; attempt <= WRITE_ATTEMPTS; attempt++) {
        byte[] data = TemplateStates.encode(learned.export(MAX_STORED));
        if (store.save(service, new TemplateStore.State(version + 1, rulesVersion(), data), version, clock.instant())) {
          return;
        }
        // another container wrote first: build on its state, so both containers' templates are kept
        Optional<TemplateStore.State> newer = store.load(service);
        version = newer.map(TemplateStore.State::version).orElse(0L);
        learned = restore(newer);
        for (Fingerprint p : batch) {
          learned.observe(p);
        }
      }
      LOG.warn("template state not written after {} conflicting writes", WRITE_ATTEMPTS);
    } catch (RuntimeException e) {
      LOG.warn("template state not written: {}", e.getClass().getSimpleName());
    }
  }
}
