package dev.logsift.corrections;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCorrectionStoreTest extends CorrectionsStoreContract {
  @TempDir
  Path dir;
  private DirectoryCorrectionStore store;

  @BeforeEach
  void setUp() {
    store = new DirectoryCorrectionStore(dir);
  }

  @Override
  protected CorrectionStore store() {
    return store;
  }

  @Test
  void refusesKeysThatLeaveTheDirectory() {
    assertThrows(IllegalArgumentException.class, () -> store.putIfAbsent("../outside.json", new byte[1]));
  }
}
