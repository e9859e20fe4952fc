package dev.logsift.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The two start-up threads of a cold start. One builds the DynamoDB client, which a batch needs first (its
 * stored templates are read before it is fingerprinted); the other sets up TLS and builds what is needed later.
 * Meanwhile the handler's own thread wires the rest, then decodes the batch. Each thread ends once its parts
 * are built.
 */
final class StartUp {
  private final ExecutorService first = lane("start-first");
  private final ExecutorService then = lane("start-then");
  private final List<Later<?>> required = new ArrayList<>();

  /** Built on the thread for what a batch needs first. */
  <T> Later<T> first(Supplier<T> build) {
    return Later.on(first, build);
  }

  /** Built on the other thread, in the order asked for. */
  <T> Later<T> then(Supplier<T> build) {
    return Later.on(then, build);
  }

  /**
   * Built on the other thread, and a batch cannot start without it: a failure to build it fails the batch
   * (see {@link #ready}) instead of leaving every use of it to fail alone.
   */
  <T> Later<T> thenRequired(Supplier<T> build) {
    Later<T> part = then(build);
    required.add(part);
    return part;
  }

  /** Waits for the required parts and throws what failed to build them. */
  void ready() {
    required.forEach(Later::get);
  }

  /** The other thread, for a part that starts itself (the Bedrock client). */
  Executor thenThread() {
    return then;
  }

  /** No more parts: the threads end when theirs are built. */
  void done() {
    first.shutdown();
    then.shutdown();
  }

  /** Waits until every part is built or failed: no build may be half done in a SnapStart snapshot. */
  void await() {
    done();
    try {
      first.awaitTermination(1, TimeUnit.MINUTES);
      then.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ExecutorService lane(String name) {
    return Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name(name).factory());
  }
}
