package dev.logsift.corrections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the Discord poll remembers per channel between runs, so that it reads reactors only of cards whose
 * counts moved: the ✅/✏️ counts and newest human reply seen per card, and where an interrupted scan of the
 * history stops (null: the next run starts from the newest message). One small object per channel.
 */
final class PollState {
  static final String PREFIX = "markers/discord-poll/";

  /** @param reply the newest human reply to the card seen so far, or null */
  record Seen(int confirms, int corrects, String reply) {
    static final Seen NONE = new Seen(0, 0, null);
  }

  String resumeBefore;
  final Map<String, Seen> cards = new TreeMap<>();

  static String key(String channel) {
    return PREFIX + Correction.safe(channel) + ".json";
  }

  /** An unreadable state is treated as empty: the cost is one run that reads every reacted card again. */
  static PollState read(CorrectionStore store, String channel) {
    PollState s = new PollState();
    Optional<byte[]> body = store.read(key(channel));
    if (body.isEmpty()) {
      return s;
    }
    try {
      JsonNode root = CorrectionJson.MAPPER.readTree(body.get());
      s.resumeBefore = root.path("resume_before").isTextual() ? root.get("resume_before").asText() : null;
      root.path("cards").fields().forEachRemaining(e -> s.cards.put(e.getKey(), new Seen(
          e.getValue().path("confirms").asInt(0), e.getValue().path("corrects").asInt(0),
          e.getValue().path("reply").isTextual() ? e.getValue().get("reply").asText() : null)));
    } catch (IOException | RuntimeException e) {
      return new PollState();
    }
    return s;
  }

  void write(CorrectionStore store, String channel) {
    ObjectNode root = CorrectionJson.MAPPER.createObjectNode();
    if (resumeBefore != null) {
      root.put("resume_before", resumeBefore);
    } else {
      root.putNull("resume_before");
    }
    ObjectNode c = root.putObject("cards");
    cards.forEach((id, seen) -> {
      ObjectNode o = c.putObject(id).put("confirms", seen.confirms()).put("corrects", seen.corrects());
      if (seen.reply() != null) {
        o.put("reply", seen.reply());
      }
    });
    try {
      store.put(key(channel), CorrectionJson.MAPPER.writeValueAsBytes(root));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
