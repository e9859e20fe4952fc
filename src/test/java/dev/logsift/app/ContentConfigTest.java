package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CONTENT_BUCKET, CONTENT_CHECK_SECONDS and OWNERS_FILE: defaults and refusals that name the variable. */
class ContentConfigTest {
  @Test
  void defaultsAreTheJarCopiesCheckedEveryFiveMinutes() {
    Config.Content c = Config.defaults().content();
    assertNull(c.bucket());
    assertNull(c.ownersFile());
    assertEquals(Duration.ofMinutes(5), c.checkEvery());
  }

  @Test
  void setValuesAreReadAndBadOnesNamed(@TempDir Path dir) throws Exception {
    Path owners = Files.writeString(dir.resolve("owners.md"), "## t\n- services: a\n");
    Config.Content c = Config.fromEnv(Map.of("CONTENT_BUCKET", "b", "CONTENT_CHECK_SECONDS", "60", "OWNERS_FILE",
        owners.toString())).content();
    assertEquals("b", c.bucket());
    assertEquals(Duration.ofSeconds(60), c.checkEvery());
    assertEquals(owners, c.ownersFile());

    String m = assertThrows(IllegalArgumentException.class, () -> Config.fromEnv(Map.of("CONTENT_CHECK_SECONDS", "1",
        "OWNERS_FILE", dir.resolve("nope.md").toString()))).getMessage();
    assertTrue(m.contains("CONTENT_CHECK_SECONDS") && m.contains("OWNERS_FILE must name an existing file"), m);
  }
}
