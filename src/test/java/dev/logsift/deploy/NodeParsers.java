package dev.logsift.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real parsers (HashiCorp's HCL parser via @cdktf/hcl2json, js-yaml) in Node as a subprocess:
 * a parser, not a server. The script is src/test/node/parse.mjs; its packages come from `npm ci`.
 * Results are kept per file content, so tests can parse many files in one Node run up front.
 */
final class NodeParsers {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path projectRoot;
  private final Map<Path, Parsed> cache = new ConcurrentHashMap<>();

  private record Parsed(String text, JsonNode json) {}

  /** @param projectRoot the folder holding node_modules and src/test/node */
  NodeParsers(Path projectRoot) {
    this.projectRoot = projectRoot.toAbsolutePath();
  }

  /** {"<absolute file>": <HCL as JSON>} for every file. */
  JsonNode hcl(List<Path> files) {
    parse(files);
    ObjectNode out = JSON.createObjectNode();
    for (Path f : files) {
      out.set(f.toAbsolutePath().toString(), cached(f));
    }
    return out;
  }

  /** A CloudFormation/SAM template as JSON, short-form intrinsics expanded. */
  JsonNode yaml(Path file) {
    parse(List.of(file));
    return cached(file);
  }

  /** Parses every file not parsed yet (with its current content) in one Node run. */
  void parse(Collection<Path> files) {
    List<String> todo = new ArrayList<>();
    for (Path f : files) {
      if (cached(f) == null) {
        todo.add(f.toAbsolutePath().toString());
      }
    }
    if (todo.isEmpty()) {
      return;
    }
    JsonNode all = run(todo);
    for (String f : todo) {
      Path p = Path.of(f);
      cache.put(p, new Parsed(read(p), all.get(f)));
    }
  }

  private JsonNode cached(Path file) {
    Parsed p = cache.get(file.toAbsolutePath());
    return p != null && p.text().equals(read(file.toAbsolutePath())) ? p.json() : null;
  }

  private JsonNode run(List<String> files) {
    requireModules();
    List<String> cmd = new ArrayList<>(List.of("node", projectRoot.resolve("src/test/node/parse.mjs").toString()));
    cmd.addAll(files);
    try {
      Path err = Files.createTempFile("logsift-node", ".err");
      try {
        Process p = new ProcessBuilder(cmd).directory(projectRoot.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException("parse.mjs did not finish within 120 s");
        }
        if (p.exitValue() != 0) {
          throw new IllegalStateException("parse.mjs failed (exit " + p.exitValue() + "): "
              + Files.readString(err, StandardCharsets.UTF_8).strip());
        }
        return JSON.readTree(out);
      } finally {
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run node src/test/node/parse.mjs (is Node.js on PATH?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running parse.mjs", e);
    }
  }

  private void requireModules() {
    for (String pkg : List.of("@cdktf/hcl2json", "js-yaml")) {
      if (!Files.isDirectory(projectRoot.resolve("node_modules").resolve(pkg))) {
        throw new IllegalStateException("node_modules/" + pkg + " is missing: run `npm ci` (or `make node`) in "
            + projectRoot + " before the deploy checks");
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
