package dev.logsift.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.logsift.classify.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's configuration table names exactly the variables the code reads. */
class ReadmeConfigTest {
  @Test
  void theConfigurationTableMatchesConfigVariables() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("AWS endpoints, region"));
    Set<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]+(?:<CATEGORY>)?)`").matcher(table);
    while (m.find()) {
      String name = m.group(1);
      if (name.endsWith("<CATEGORY>")) {
        for (Category c : Category.values()) {
          documented.add(name.replace("<CATEGORY>", c.name()));
        }
      } else if (name.equals("X_SSM_PARAM")) {
        Config.SECRETS.forEach(secret -> documented.add(secret + Config.SSM_PARAM_SUFFIX));
      } else if (!name.matches("DEDUP|X")) {
        documented.add(name);
      }
    }
    assertEquals(new TreeSet<>(Config.VARIABLES), documented);
  }
}
