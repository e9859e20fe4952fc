package dev.logsift.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.logsift.classify.Category;
import dev.logsift.classify.CorrectionExamples;
import dev.logsift.fingerprint.Fingerprinter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * examples/&lt;service&gt;.json: the latest few human verdicts for a service (redacted template, category,
 * reason), newest first. The corrections functions add to it as they record; the classifier reads it, cached
 * per service for a few minutes, and shows it to the model. Best effort both ways: a failure to read or write
 * it is logged and never costs a correction or a card.
 */
public final class ServiceExamples implements CorrectionExamples {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceExamples.class);
  public static final String PREFIX = "examples/";
  static final int KEEP = 5;
  static final int TEMPLATE_CHARS = 500;

  private record Cached(Instant until, List<Example> examples) {}

  private final CorrectionStore store;
  private final Fingerprinter fingerprinter;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** @param ttl how long the classifier reuses a service's examples before reading them again */
  public ServiceExamples(CorrectionStore store, Fingerprinter fingerprinter, Clock clock, Duration ttl) {
    this.store = store;
    this.fingerprinter = fingerprinter;
    this.clock = clock;
    this.ttl = ttl;
  }

  static String key(String service) {
    return PREFIX + Correction.safe(service == null || service.isBlank() ? "unknown" : service) + ".json";
  }

  @Override
  public List<Example> latest(String service) {
    Instant now = clock.instant();
    Cached c = cache.get(service == null ? "" : service);
    if (c != null && now.isBefore(c.until())) {
      return c.examples();
    }
    List<Example> examples;
    try {
      examples = read(service);
    } catch (RuntimeException e) {
      LOG.warn("correction examples not read: {}", e.getClass().getSimpleName());
      examples = c == null ? List.of() : c.examples();
    }
    cache.put(service == null ? "" : service, new Cached(now.plus(ttl), examples));
    return examples;
  }

  /** Adds a recorded correction at the front (replacing an older one of the same template); never throws. */
  public void add(Correction c) {
    try {
      String template = fingerprinter.fingerprint(c.sample()).template();
      if (template.length() > TEMPLATE_CHARS) {
        template = template.substring(0, TEMPLATE_CHARS);
      }
      List<Example> next = new ArrayList<>();
      next.add(new Example(template, c.effectiveCategory(), c.reason()));
      for (Example e : read(c.service())) {
        if (next.size() < KEEP && !e.template().equals(template)) {
          next.add(e);
        }
      }
      ArrayNode out = CorrectionJson.MAPPER.createArrayNode();
      for (Example e : next) {
        out.addObject().put("template", e.template()).put("category", e.category().wire()).put("reason", e.reason());
      }
      store.put(key(c.service()), CorrectionJson.MAPPER.writeValueAsBytes(out));
    } catch (IOException | RuntimeException e) {
      LOG.warn("correction example not stored: {}", e.getClass().getSimpleName());
    }
  }

  private List<Example> read(String service) {
    Optional<byte[]> body = store.read(key(service));
    if (body.isEmpty()) {
      return List.of();
    }
    List<Example> out = new ArrayList<>();
    try {
      for (JsonNode n : CorrectionJson.MAPPER.readTree(body.get())) {
        Optional<Category> cat = Category.parse(n.path("category").asText(""));
        if (cat.isPresent() && n.path("template").isTextual() && out.size() < KEEP) {
          out.add(new Example(n.path("template").asText(), cat.get(), n.path("reason").asText("")));
        }
      }
    } catch (IOException e) {
      LOG.warn("correction examples unreadable for a service; ignoring them");
      return List.of();
    }
    return List.copyOf(out);
  }
}
