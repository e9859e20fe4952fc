package dev.logsift.content;

import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.PromptTemplate;
import dev.logsift.corrections.CorrectionStore;
import dev.logsift.logging.Metrics;
import dev.logsift.notify.Owners;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prompts, known failures and owners published to S3 by `terraform apply`, so that editing them needs no new
 * deployment. content/VERSION lists every published file with its MD5 (Terraform's filemd5); it is read at
 * cold start and again at most every {@code every} (a SnapStart restore finds the check overdue). When S3 has no
 * marker the copies inside the jar stay in use. A set that is incomplete (an upload in progress) or fails
 * {@link ContentCheck} is not used: the last good version stays, the problems are logged (file:line and the
 * rule, never content) and the ContentRejected metric is raised. Nothing here ever fails a batch.
 */
public final class PublishedContent {
  private static final Logger LOG = LoggerFactory.getLogger(PublishedContent.class);
  public static final String PREFIX = "content/";
  public static final String MARKER = PREFIX + "VERSION";
  static final String MARKER_HEADER = "logsift-content 1";
  static final int MAX_FILES = 500;

  private final CorrectionStore store;
  private final KnownFailureCatalog known;
  private final PromptTemplate prompt;
  private final Owners owners;
  private final Duration every;
  private final Clock clock;
  private Instant nextCheck = Instant.MIN;
  private String version = "jar";
  private String rejectedVersion;
  private List<Problem> lastProblems = List.of();
  private int rejections;

  public PublishedContent(CorrectionStore store, KnownFailureCatalog known, PromptTemplate prompt, Owners owners,
      Duration every, Clock clock) {
    this.store = store;
    this.known = known;
    this.prompt = prompt;
    this.owners = owners;
    this.every = every;
    this.clock = clock;
  }

  /** Re-reads the marker when the last check is older than the interval; never throws. */
  public synchronized void refreshIfDue() {
    Instant now = clock.instant();
    if (now.isBefore(nextCheck)) {
      return;
    }
    nextCheck = now.plus(every);
    try {
      refresh(now);
    } catch (RuntimeException e) {
      // S3 unreachable or denied: the content in use is still good; say so without failing the batch.
      LOG.warn("published content not checked, keeping version {}: {}", version, e.getClass().getSimpleName());
      Metrics.emit("ContentUnavailable", 1, "Count");
    }
  }

  /** Forces the next {@link #refreshIfDue} to check (after a SnapStart restore). */
  public synchronized void expire() {
    nextCheck = Instant.MIN;
  }

  /** "jar" until a published set is in use, then the marker's hash. */
  public synchronized String version() {
    return version;
  }

  public synchronized List<Problem> lastProblems() {
    return lastProblems;
  }

  public synchronized int rejections() {
    return rejections;
  }

  private void refresh(Instant now) {
    Optional<byte[]> marker = store.read(MARKER);
    if (marker.isEmpty()) {
      return;
    }
    String text = new String(marker.get(), StandardCharsets.UTF_8);
    String hash = md5(marker.get());
    if (hash.equals(version) || hash.equals(rejectedVersion)) {
      return;
    }
    Map<String, String> expected = parseMarker(text);
    if (expected == null) {
      reject(hash, List.of(new Problem(MARKER, 1, "not a content marker (first line must be '" + MARKER_HEADER + "')")));
      return;
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Optional<byte[]> body = store.read(PREFIX + e.getKey());
      if (body.isEmpty() || !md5(body.get()).equals(e.getValue())) {
        // Objects are uploaded before the marker, but a later apply may be half way: try again next time.
        LOG.info("published content version {} incomplete ({}), keeping version {}", hash, e.getKey(), version);
        nextCheck = now.plus(every.dividedBy(5).compareTo(Duration.ofSeconds(10)) > 0 ? every.dividedBy(5)
            : Duration.ofSeconds(10));
        return;
      }
      files.put(e.getKey(), new String(body.get(), StandardCharsets.UTF_8));
    }
    List<Problem> problems = ContentCheck.check(files, null);
    if (!problems.isEmpty()) {
      reject(hash, problems);
      return;
    }
    apply(files);
    version = hash;
    rejectedVersion = null;
    lastProblems = List.of();
    LOG.info("published content version {} in use: {} files", hash, files.size());
  }

  private void apply(Map<String, String> files) {
    Map<String, String> kf = new LinkedHashMap<>();
    files.forEach((k, v) -> {
      if (k.startsWith(ContentCheck.KNOWN_FAILURES)) {
        kf.put(k.substring(ContentCheck.KNOWN_FAILURES.length()), v);
      }
    });
    // Parse everything before swapping anything, so the three never disagree about the version in use.
    PromptTemplate newPrompt = files.containsKey(ContentCheck.PROMPT)
        ? PromptTemplate.parse(ContentCheck.PROMPT, files.get(ContentCheck.PROMPT)) : null;
    Owners.parse(files.getOrDefault(Owners.FILE, ""));
    known.useFiles(kf);
    if (newPrompt != null) {
      prompt.update(newPrompt);
    }
    owners.useText(files.getOrDefault(Owners.FILE, ""));
  }

  private void reject(String hash, List<Problem> problems) {
    rejectedVersion = hash;
    lastProblems = List.copyOf(problems);
    rejections++;
    for (Problem p : problems) {
      LOG.warn("published content version {} rejected, keeping version {}: {}", hash, version, p);
    }
    Metrics.emit("ContentRejected", 1, "Count");
  }

  /** null when the header is wrong; otherwise relative path -> md5 hex, in file order. */
  static Map<String, String> parseMarker(String text) {
    String[] lines = text.split("\n");
    if (lines.length == 0 || !lines[0].strip().equals(MARKER_HEADER)) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; i < lines.length && out.size() < MAX_FILES; i++) {
      String[] parts = lines[i].strip().split("\\s+");
      if (parts.length == 2 && parts[1].matches("[0-9a-f]{32}") && !parts[0].contains("..")
          && (parts[0].startsWith(ContentCheck.PROMPTS) || parts[0].startsWith(ContentCheck.KNOWN_FAILURES)
          || parts[0].equals(Owners.FILE))) {
        out.put(parts[0], parts[1]);
      }
    }
    return out;
  }

  static String md5(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
