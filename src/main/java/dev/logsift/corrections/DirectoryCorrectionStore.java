package dev.logsift.corrections;

import dev.logsift.core.DownstreamUnavailableException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Adapter: keys are files under a root directory (for `corrections summarize --dir` and local runs). */
public final class DirectoryCorrectionStore implements CorrectionStore {
  private final Path root;

  public DirectoryCorrectionStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public boolean putIfAbsent(String key, byte[] body) {
    Path p = resolve(key);
    try {
      Files.createDirectories(p.getParent());
      Path tmp = Files.createTempFile(p.getParent(), ".put-", ".tmp");
      Files.write(tmp, body);
      try {
        // A hard link fails if the target exists: an atomic "create if absent" with the full content.
        Files.createLink(p, tmp);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      } catch (UnsupportedOperationException e) {
        try {
          Files.write(p, body, StandardOpenOption.CREATE_NEW);
          return true;
        } catch (FileAlreadyExistsException e2) {
          return false;
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new DownstreamUnavailableException("corrections directory", "cannot write " + key, e);
    }
  }

  @Override
  public void put(String key, byte[] body) {
    Path p = resolve(key);
    try {
      Files.createDirectories(p.getParent());
      Path tmp = Files.createTempFile(p.getParent(), ".put-", ".tmp");
      Files.write(tmp, body);
      Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new DownstreamUnavailableException("corrections directory", "cannot write " + key, e);
    }
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(resolve(key));
  }

  @Override
  public Optional<byte[]> read(String key) {
    Path p = resolve(key);
    try {
      return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    } catch (IOException e) {
      throw new DownstreamUnavailableException("corrections directory", "cannot read " + key, e);
    }
  }

  @Override
  public List<String> list(String prefix, String startAfter) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        String key = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
        if (key.startsWith(prefix) && (startAfter == null || key.compareTo(startAfter) > 0)
            && !f.getFileName().toString().startsWith(".put-")) {
          out.add(key);
        }
      });
    } catch (IOException e) {
      throw new DownstreamUnavailableException("corrections directory", "cannot list " + prefix, e);
    }
    out.sort(null);
    return out;
  }

  private Path resolve(String key) {
    Path p = root.resolve(key).normalize();
    if (!p.startsWith(root) || key.isEmpty()) {
      throw new IllegalArgumentException("key escapes the corrections directory");
    }
    return p;
  }
}
