package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartUpTest {
  @Test
  void buildsPartsOnItsThreadsInOrderWhileTheCallerGoesOn() throws Exception {
    StartUp start = new StartUp();
    CountDownLatch release = new CountDownLatch(1);
    List<String> order = new CopyOnWriteArrayList<>();
    Later<String> first = start.first(() -> {
      await(release);
      order.add("first:" + Thread.currentThread().getName());
      return "client";
    });
    Later<String> a = start.then(() -> {
      order.add("a");
      return "a";
    });
    Later<String> b = start.then(() -> {
      order.add("b");
      return "b";
    });
    start.done();
    assertEquals("a", a.get());
    assertEquals("b", b.get());
    assertEquals(List.of("a", "b"), order, "the other thread did not wait for the first");
    release.countDown();
    assertEquals("client", first.get());
    assertEquals("first:start-first", order.get(2));
  }

  @Test
  void aPartThatFailedThrowsItsOwnExceptionWhereUsedAndAwaitDoesNot() {
    StartUp start = new StartUp();
    IllegalStateException broken = new IllegalStateException("no rules file");
    Later<String> part = start.then(() -> {
      throw broken;
    });
    start.await();
    assertSame(broken, assertThrows(IllegalStateException.class, part::get));
    start.ready();
  }

  @Test
  void aRequiredPartThatFailedFailsReady() {
    StartUp start = new StartUp();
    start.thenRequired(() -> {
      throw new IllegalArgumentException("bad automaton");
    });
    start.done();
    assertEquals("bad automaton", assertThrows(IllegalArgumentException.class, start::ready).getMessage());
  }

  @Test
  void awaitWaitsForEveryPartIncludingOnesStartedOnTheOtherThreadDirectly() {
    StartUp start = new StartUp();
    CountDownLatch started = new CountDownLatch(1);
    boolean[] built = new boolean[1];
    start.thenThread().execute(() -> {
      started.countDown();
      sleep(200);
      built[0] = true;
    });
    await(started);
    assertFalse(built[0]);
    start.await();
    assertTrue(built[0], "await returned before a part started on the thread was built");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
