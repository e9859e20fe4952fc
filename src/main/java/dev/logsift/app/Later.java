package dev.logsift.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * A part of the wiring being built on a start-up thread while the cold start goes on; {@link #get} waits for it
 * where it is first used. A part that failed to build throws its own exception there, as if built in place.
 */
final class Later<T> implements Supplier<T> {
  private final CompletableFuture<T> value;

  private Later(CompletableFuture<T> value) {
    this.value = value;
  }

  static <T> Later<T> on(Executor lane, Supplier<T> build) {
    return new Later<>(CompletableFuture.supplyAsync(build, lane));
  }

  @Override
  public T get() {
    try {
      return value.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
