package dev.logsift.corrections;

import dev.logsift.core.BadInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Corrections and the loop's markers on top of a {@link CorrectionStore}. Markers make the loop idempotent:
 * "asked this user for a reply" and "handled this Slack event".
 */
public final class Corrections {
  private static final Logger LOG = LoggerFactory.getLogger(Corrections.class);
  public static final String PREFIX = "corrections/";
  static final String ASKED_PREFIX = "markers/asked/";
  static final String EVENT_PREFIX = "markers/slack-events/";
  /** The longest correction lookback Config allows: a card this old can still be corrected today. */
  static final Duration MAX_CARD_AGE = Duration.ofDays(90);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  private final CorrectionStore store;

  public Corrections(CorrectionStore store) {
    this.store = store;
  }

  /** The store underneath, for the poll's own state. */
  CorrectionStore store() {
    return store;
  }

  /** Stores the correction unless one exists under its key; true when this call stored it. */
  public boolean save(Correction c) {
    return store.putIfAbsent(c.key(), CorrectionJson.write(c));
  }

  public boolean exists(String key) {
    return store.exists(key);
  }

  public Optional<Correction> read(String key) {
    return store.read(key).map(b -> CorrectionJson.read(key, b));
  }

  /**
   * Corrections made at or after {@code from}. Keys are dated by the card, so cards up to the maximum
   * lookback before {@code from} are listed too and filtered by the correction's own time.
   */
  public List<Correction> since(Instant from) {
    String startAfter = PREFIX + DAY.format(from.minus(MAX_CARD_AGE).minus(Duration.ofDays(1))) + "/~";
    List<Correction> out = new ArrayList<>();
    for (String key : store.list(PREFIX, startAfter)) {
      if (!key.endsWith(".json")) {
        continue;
      }
      Optional<byte[]> body = store.read(key);
      if (body.isEmpty()) {
        continue;
      }
      try {
        Correction c = CorrectionJson.read(key, body.get());
        if (!c.at().isBefore(from)) {
          out.add(c);
        }
      } catch (BadInputException e) {
        // One hand-edited object must not hide the others; the key says which one to fix.
        LOG.warn("skipping unreadable correction: {}", e.getMessage());
      }
    }
    return out;
  }

  public boolean asked(String source, String messageId, String who) {
    return store.exists(askedKey(source, messageId, who));
  }

  public void markAsked(String source, String messageId, String who, Instant at) {
    store.putIfAbsent(askedKey(source, messageId, who), at.toString().getBytes(StandardCharsets.UTF_8));
  }

  public boolean eventSeen(String eventId) {
    return store.exists(EVENT_PREFIX + Correction.safe(eventId));
  }

  public void markEvent(String eventId, Instant at) {
    store.putIfAbsent(EVENT_PREFIX + Correction.safe(eventId), at.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String askedKey(String source, String messageId, String who) {
    return ASKED_PREFIX + Correction.safe(source) + "-" + Correction.safe(messageId) + "-" + Correction.safe(who);
  }
}
