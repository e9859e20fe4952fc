package dev.logsift.http;

import dev.logsift.core.SigV4;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * One call on the SDK's HTTP client, its body read, aborted once it outlives its timeout. The SDK's client has
 * one read timeout, fixed when it is built, and no per-request one; an attempt may only take what is left of the
 * invocation, so a timer aborts it instead, as the SDK's own attempt timeout did.
 */
public final class TimedCall {
  /** One daemon thread for every client's timers, started on need. */
  private static final class Timer {
    static final ScheduledExecutorService INSTANCE = create();

    private static ScheduledExecutorService create() {
      ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1,
          Thread.ofPlatform().daemon().name("http-timeout").factory());
      e.setRemoveOnCancelPolicy(true);
      return e;
    }
  }

  /** The status line and headers, and the whole body (empty when there is none). */
  public record Answer(SdkHttpResponse head, byte[] body) {}

  /** The call was aborted at its timeout. */
  public static final class TimedOut extends IOException {
    TimedOut() {
      super("attempt timed out");
    }
  }

  private TimedCall() {}

  public static Answer call(ExecutableHttpRequest call, Duration timeout) throws IOException {
    AtomicBoolean done = new AtomicBoolean();
    AtomicBoolean aborted = new AtomicBoolean();
    ScheduledFuture<?> abort = Timer.INSTANCE.schedule(() -> {
      if (done.compareAndSet(false, true)) {
        aborted.set(true);
        call.abort();
      }
    }, timeout.toMillis(), TimeUnit.MILLISECONDS);
    try {
      HttpExecuteResponse response = call.call();
      byte[] body = SigV4.body(response);
      // The timer won the race after the last byte: the answer came too late to count.
      if (!done.compareAndSet(false, true)) {
        throw new TimedOut();
      }
      return new Answer(response.httpResponse(), body);
    } catch (IOException | RuntimeException e) {
      if (aborted.get()) {
        throw new TimedOut();
      }
      throw e;
    } finally {
      done.set(true);
      abort.cancel(false);
    }
  }
}
