package dev.logsift.notify;

import dev.logsift.classify.Category;
import java.util.EnumMap;
import java.util.Map;

/** Sends each card to the notifier of its category (e.g. security to its own channel), else to the default. */
public final class RoutingNotifier implements Notifier {
  private final Map<Category, Notifier> routes;
  private final Notifier fallback;

  public RoutingNotifier(Map<Category, Notifier> routes, Notifier fallback) {
    if (fallback == null) {
      throw new IllegalArgumentException("a default notifier is required");
    }
    this.routes = routes.isEmpty() ? Map.of() : new EnumMap<>(routes);
    this.fallback = fallback;
  }

  @Override
  public Delivery post(Card card) {
    return routes.getOrDefault(card.classification().category(), fallback).post(card);
  }

  /** Routed categories have their own destination and so their own budget and digest. */
  @Override
  public String destinationFor(Card card) {
    Category c = card.classification().category();
    return routes.containsKey(c) ? c.wire() : "default";
  }

  @Override
  public Delivery postDigest(String destination, Digest digest) {
    return Category.parse(destination).map(this::route).orElse(fallback).postDigest(destination, digest);
  }

  public Notifier route(Category c) {
    return routes.getOrDefault(c, fallback);
  }
}
