package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoredLearningFingerprinterTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T07:00:00Z"), ZoneOffset.UTC);
  private final MaskingFingerprinter stateless = new MaskingFingerprinter();

  private static List<String> logins(String... users) {
    List<String> out = new ArrayList<>();
    for (String u : users) {
      out.add("login failed for user " + u + " from web");
    }
    return out;
  }

  private static Set<String> ids(List<Fingerprint> prints) {
    Set<String> s = new HashSet<>();
    prints.forEach(p -> s.add(p.id()));
    return s;
  }

  @Test
  void whatOneContainerLearnedTheNextOneKnows() {
    InMemoryTemplateStore store = new InMemoryTemplateStore(10);
    List<Fingerprint> first = new StoredLearningFingerprinter(stateless, store, CLOCK)
        .fingerprintAll("orders", logins("alice", "bob"));
    assertEquals(2, ids(first).size(), "two values are not evidence");
    // a new container (cold start) reads the state: the third value makes the variable
    List<Fingerprint> second = new StoredLearningFingerprinter(stateless, store, CLOCK)
        .fingerprintAll("orders", logins("dave", "erin", "alice"));
    assertEquals(Set.of(first.get(0).id()), ids(second), "later variants answer with the first template's id");
    assertEquals("login failed for user <*> from web", second.get(0).template());
    long version = store.load("orders").orElseThrow().version();
    new StoredLearningFingerprinter(stateless, store, CLOCK).fingerprintAll("orders", logins("bob"));
    assertEquals(version, store.load("orders").orElseThrow().version(), "nothing new learned, nothing written");
    assertTrue(store.load("payments").isEmpty(), "services learn apart");
    new StoredLearningFingerprinter(stateless, store, CLOCK).fingerprintAll("orders", logins("zoe", "yann", "xavier"));
    assertEquals(version, store.load("orders").orElseThrow().version(),
        "more values of a learned variable are not written: a storm does not rewrite the state each batch");
  }

  @Test
  void corruptOrUnreadableStateFallsBackToTheStatelessFingerprint() {
    List<String> batch = logins("alice", "bob", "carol", "dave");
    List<Fingerprint> expected = batch.stream().map(stateless::fingerprint).toList();
    TemplateStore corrupt = new TemplateStore() {
      @Override
      public Optional<State> load(String service) {
        return Optional.of(new State(3, stateless.rulesVersion(), new byte[] {1, 2, 3}));
      }

      @Override
      public boolean save(String service, State state, long expectedVersion, Instant now) {
        throw new AssertionError("a batch without learning writes nothing");
      }
    };
    assertEquals(expected, new StoredLearningFingerprinter(stateless, corrupt, CLOCK).fingerprintAll("x", batch));
    TemplateStore down = new TemplateStore() {
      @Override
      public Optional<State> load(String service) {
        throw new Unavailable("read failed", null);
      }

      @Override
      public boolean save(String service, State state, long expectedVersion, Instant now) {
        throw new AssertionError();
      }
    };
    assertEquals(expected, new StoredLearningFingerprinter(stateless, down, CLOCK).fingerprintAll("x", batch));
  }

  @Test
  void aFailedWriteNeverFailsTheBatch() {
    TemplateStore readOnly = new TemplateStore() {
      @Override
      public Optional<State> load(String service) {
        return Optional.empty();
      }

      @Override
      public boolean save(String service, State state, long expectedVersion, Instant now) {
        throw new Unavailable("write failed", null);
      }
    };
    List<Fingerprint> out = new StoredLearningFingerprinter(stateless, readOnly, CLOCK)
        .fingerprintAll("x", logins("alice", "bob", "carol", "dave"));
    assertEquals(1, ids(out).size(), "the batch is still learned");
  }

  @Test
  void concurrentWritersKeepEachOthersTemplates() {
    InMemoryTemplateStore store = new InMemoryTemplateStore(10);
    // container B writes between A's read and A's write
    TemplateStore racing = new TemplateStore() {
      boolean raced;

      @Override
      public Optional<State> load(String service) {
        return store.load(service);
      }

      @Override
      public boolean save(String service, State state, long expectedVersion, Instant now) {
        if (!raced) {
          raced = true;
          new StoredLearningFingerprinter(stateless, store, CLOCK).fingerprintAll(service, logins("xavier", "yann"));
        }
        return store.save(service, state, expectedVersion, now);
      }
    };
    new StoredLearningFingerprinter(stateless, racing, CLOCK).fingerprintAll("orders", logins("alice"));
    assertEquals(2, store.load("orders").orElseThrow().version());
    List<TemplateStates.Entry> kept = TemplateStates.decode(store.load("orders").orElseThrow().data());
    assertEquals(3, kept.size(), kept.toString());
  }

  @Test
  void aRulesVersionChangeKeepsIdsWhereTheNewRulesGiveTheSameTemplate() {
    InMemoryTemplateStore store = new InMemoryTemplateStore(10);
    store.save("orders", new TemplateStore.State(1, "fp-old", TemplateStates.encode(List.of(
        new TemplateStates.Entry("login failed for user <*> from web", "0000000000000001"),
        new TemplateStates.Entry("order 17 failed: <*>", "0000000000000002")))), 0, CLOCK.instant());
    List<Fingerprint> out = new StoredLearningFingerprinter(stateless, store, CLOCK)
        .fingerprintAll("orders", List.of("login failed for user <*> from web", "order 5 failed: 42", "disk full"));
    assertEquals("0000000000000001", out.get(0).id());
    assertEquals("0000000000000002", out.get(1).id(), "the new rules mask the old template to the same one");
    assertEquals(stateless.fingerprint("disk full"), out.get(2));
  }

  @Test
  void theStoredStateIsBoundedAndRoundTrips() {
    List<TemplateStates.Entry> many = new ArrayList<>();
    java.util.Random r = new java.util.Random(3);
    for (int i = 0; i < 5_000; i++) {
      many.add(new TemplateStates.Entry(Long.toString(r.nextLong(), 36).repeat(50), Integer.toHexString(i)));
    }
    byte[] data = TemplateStates.encode(many);
    assertTrue(data.length <= TemplateStates.MAX_BYTES, data.length + " bytes");
    List<TemplateStates.Entry> back = TemplateStates.decode(data);
    assertEquals(many.subList(many.size() - back.size(), many.size()), back, "the most recent are kept, in order");
  }
}
