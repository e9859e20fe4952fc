package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The labelled fixture set: groups that must share a fingerprint, near misses that must not. */
class FixtureTest {
  private final MaskingFingerprinter fp = new MaskingFingerprinter();

  record Case(String kind, String name, List<String> variants) {}

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    return load().stream().map(c -> DynamicTest.dynamicTest(c.kind + " " + c.name, () -> check(c)));
  }

  @Test
  void fixtureFileHasBothKindsAndEnoughCases() throws IOException {
    List<Case> cases = load();
    long same = cases.stream().filter(c -> c.kind.equals("same")).count();
    long differ = cases.stream().filter(c -> c.kind.equals("differ")).count();
    assertTrue(same >= 15 && differ >= 10, same + " same, " + differ + " differ");
    cases.forEach(c -> assertTrue(c.variants.size() >= 2, c.name));
  }

  private void check(Case c) {
    Map<String, String> byId = new HashMap<>();
    List<Fingerprint> prints = c.variants.stream().map(fp::fingerprint).toList();
    if (c.kind.equals("same")) {
      for (Fingerprint p : prints) {
        assertEquals(prints.get(0).template(), p.template(), c.name);
        assertEquals(prints.get(0).id(), p.id(), c.name);
      }
    } else {
      for (Fingerprint p : prints) {
        String clash = byId.put(p.id(), p.template());
        assertEquals(null, clash, c.name + ": two variants share " + p.template());
      }
    }
  }

  static List<Case> load() throws IOException {
    String text;
    try (InputStream in = FixtureTest.class.getResourceAsStream("/fingerprint/fixtures.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Case> cases = new ArrayList<>();
    Case current = null;
    StringBuilder variant = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        flush(current, variant);
        String[] f = line.substring(4).split(" ", 2);
        current = new Case(f[0], f[1], new ArrayList<>());
        cases.add(current);
        variant = new StringBuilder();
      } else if (current == null) {
        continue;
      } else if (line.equals("---")) {
        flush(current, variant);
        variant = new StringBuilder();
      } else if (!(variant.isEmpty() && (line.isEmpty() || line.startsWith("#")))) {
        variant.append(variant.isEmpty() ? "" : "\n").append(line);
      }
    }
    flush(current, variant);
    return cases;
  }

  private static void flush(Case c, StringBuilder variant) {
    if (c != null && variant != null && !variant.toString().isBlank()) {
      c.variants.add(variant.toString().stripTrailing());
    }
  }
}
