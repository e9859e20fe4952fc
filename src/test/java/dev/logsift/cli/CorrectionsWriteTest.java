package dev.logsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import dev.logsift.classify.Confidence;
import dev.logsift.corrections.Correction;
import dev.logsift.corrections.Corrections;
import dev.logsift.corrections.DirectoryCorrectionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `corrections summarize --write DIR` leaves a known-failures directory that `check` accepts, ready for a PR. */
class CorrectionsWriteTest {
  @Test
  void theProposalIsAppliedAndTheResultPassesCheck(@TempDir Path tmp) throws Exception {
    Path store = Files.createDirectories(tmp.resolve("store"));
    Path kf = Files.createDirectories(tmp.resolve("known-failures"));
    Instant at = Instant.parse("2026-11-26T10:00:00Z");
    String sample = "2026-11-26T09:59:58.120Z ERROR [worker-3] Ledger - write 88123 failed: "
        + "ProvisionedThroughputExceededException: Rate of requests exceeds the allowed throughput";
    new Corrections(new DirectoryCorrectionStore(store)).save(new Correction("fpLedger0001", "ledger", "/ecs/ledger",
        Category.APPLICATION, Confidence.LOW, Category.TRANSIENT, "throttled during the nightly batch", "U1", at,
        "slack", "C1", "1700000000.000100", "", sample, at.minusSeconds(60)));

    CliTest.Result r = CliTest.run("", "corrections", "summarize", "--dir", store.toString(), "--write", kf.toString(),
        "--now", Long.toString(Instant.parse("2026-11-27T10:00:00Z").getEpochSecond()));

    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("wrote ledger.md"), r.err());
    String written = Files.readString(kf.resolve("ledger.md"));
    assertTrue(written.contains("- category: transient"), written);
    var entry = dev.logsift.classify.KnownFailureCatalog.parse("ledger.md", written).get(0);
    assertTrue(entry.matches(sample.replace("88123", "90417").replace("worker-3", "worker-9")), written);
    assertTrue(entry.match().get(0).contains("ProvisionedThroughputExceededException"), written);
    assertEquals(0, CliTest.run("", "check", kf.toString()).code(), written);
  }
}
