package dev.logsift.dedup;

/**
 * The three roles of the dedup store, kept in one table (or one map) by each adapter: {@link Claims} for the
 * pipeline, {@link LabelCache} and {@link CardIndex} for the corrections. Wiring builds one store and hands each
 * consumer only the role it uses.
 */
public interface DedupStore extends Claims, LabelCache, CardIndex {}
