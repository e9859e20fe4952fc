package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import dev.logsift.classify.CorrectionExamples;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.dedup.PostedCard;
import dev.logsift.dedup.PostedMessage;
import dev.logsift.fingerprint.MaskingFingerprinter;
import dev.logsift.redact.PatternRedactor;
import dev.logsift.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections teach the model: each recorded verdict becomes one of the service's latest examples. */
class ServiceExamplesTest {
  @Test
  void recordingKeepsTheLatestFewRedactedTemplatesNewestFirst(@TempDir Path dir) throws Exception {
    DirectoryCorrectionStore store = new DirectoryCorrectionStore(dir);
    MutableClock clock = new MutableClock(Fixtures.NOW);
    ServiceExamples examples = new ServiceExamples(store, new MaskingFingerprinter(), clock, Duration.ZERO);
    Corrections corrections = new Corrections(store);
    CorrectionRecorder recorder = new CorrectionRecorder(corrections,
        new InMemoryDedupStore(Duration.ofMinutes(10), new SecureRandom()), new PatternRedactor(), examples);

    for (int i = 0; i < 7; i++) {
      PostedCard card = new PostedCard("fp" + i, "checkout", "/ecs/checkout", Category.APPLICATION,
          dev.logsift.classify.Confidence.MEDIUM, "ERROR job " + i + " failed: quota" + "x".repeat(i)
          + " exceeded for alice@example.com", new PostedMessage("discord", "C1", "m" + i), Fixtures.POSTED);
      recorder.record(card, "discord", "U" + i, Category.DEPENDENCY, "vendor quota, token=abc123secret", Fixtures.NOW, "");
    }
    // The same error again: it moves to the front instead of taking a second slot.
    PostedCard again = new PostedCard("fp9", "checkout", "/ecs/checkout", Category.APPLICATION,
        dev.logsift.classify.Confidence.MEDIUM, "ERROR job 99 failed: quotaxx exceeded for bob@example.com",
        new PostedMessage("discord", "C1", "m9"), Fixtures.POSTED);
    recorder.record(again, "discord", "U9", Category.TRANSIENT, "", Fixtures.NOW, "");

    List<CorrectionExamples.Example> latest = examples.latest("checkout");

    assertEquals(ServiceExamples.KEEP, latest.size());
    assertEquals(Category.TRANSIENT, latest.get(0).category());
    assertEquals("ERROR job <*> failed: quotaxx exceeded for [REDACTED:<*>]", latest.get(0).template());
    assertEquals(1, latest.stream().filter(e -> e.template().contains("quotaxx ")).count());
    String stored = Files.readString(dir.resolve("examples/checkout.json"), StandardCharsets.UTF_8);
    assertTrue(!stored.contains("alice@") && !stored.contains("abc123secret"), stored);
    assertEquals(List.of(), examples.latest("payments"), "another service has none");
  }

  @Test
  void theClassifierSideCachesAndSurvivesABrokenOrMissingFile(@TempDir Path dir) throws Exception {
    DirectoryCorrectionStore store = new DirectoryCorrectionStore(dir);
    MutableClock clock = new MutableClock(Fixtures.NOW);
    ServiceExamples reader = new ServiceExamples(store, new MaskingFingerprinter(), clock, Duration.ofMinutes(5));
    store.put("examples/checkout.json",
        "[{\"template\":\"Timeout calling <*>\",\"category\":\"transient\",\"reason\":\"retry\"}]".getBytes());

    assertEquals(List.of(new CorrectionExamples.Example("Timeout calling <*>", Category.TRANSIENT, "retry")),
        reader.latest("checkout"));
    store.put("examples/checkout.json", "not json".getBytes());
    assertEquals(1, reader.latest("checkout").size(), "cached for the interval");
    clock.advance(Duration.ofMinutes(5));
    assertEquals(List.of(), reader.latest("checkout"), "an unreadable file is ignored, never thrown");
  }
}
