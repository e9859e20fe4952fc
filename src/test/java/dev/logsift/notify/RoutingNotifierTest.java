package dev.logsift.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.logsift.classify.Category;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingNotifierTest {
  @Test
  void categoryRouteBeatsTheDefault() {
    Notifier security = c -> new Delivery("slack", "C-SEC", "1");
    Notifier fallback = c -> new Delivery("slack", "C-ALL", "2");
    RoutingNotifier r = new RoutingNotifier(Map.of(Category.SECURITY, security), fallback);

    assertEquals("C-SEC", r.post(Cards.ordinary(Category.SECURITY)).channel());
    assertEquals("C-ALL", r.post(Cards.ordinary(Category.APPLICATION)).channel());
  }
}
