package dev.logsift.corrections;

import dev.logsift.classify.Category;
import dev.logsift.classify.KnownFailure;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.fingerprint.Fingerprinter;
import dev.logsift.fingerprint.MaskingFingerprinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The weekly proposal: Markdown for a pull request that adds or changes known-failures entries where humans
 * disagreed with the card, and a table of how often each card category was corrected, into what.
 * Nothing is written anywhere: a person reviews and pastes it.
 */
public final class CorrectionSummary {
  private static final Pattern VARIABLE = Pattern.compile("\\[REDACTED:[^\\]]*\\]|<[^>]*>|\\b[0-9a-fA-F-]{8,}\\b|\\d+");
  private static final int MATCH_CHARS = 60;

  // Where a fingerprint template varies: its masks, redaction markers, the fields joined from a structured line.
  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile(
      "\\[REDACTED:[^\\]]*\\]|<\\*>|\\s\\|\\s|\\b[0-9a-fA-F-]{8,}\\b|\\d+");
  // Words that every error line of a service shares and so select nothing: levels and [thread] tags.
  private static final Pattern LINE_PREFIX = Pattern.compile(
      "^(?:(?:ERROR|WARN|WARNING|INFO|DEBUG|CRITICAL|SEVERE|TRACE)\\b:?\\s*|\\[[^\\]]*\\]\\s*|-\\s+)+");

  private final KnownFailureCatalog catalog;
  private final Fingerprinter fingerprinter;

  public CorrectionSummary(KnownFailureCatalog catalog) {
    this(catalog, new MaskingFingerprinter());
  }

  /** @param fingerprinter gives each corrected sample its template, whose constant part becomes the match text */
  public CorrectionSummary(KnownFailureCatalog catalog, Fingerprinter fingerprinter) {
    this.catalog = catalog;
    this.fingerprinter = fingerprinter;
  }

  /** One proposed entry or change for a service's file. */
  record Proposal(String service, String fingerprint, Category verdict, Category cardCategory, List<Correction> from,
      KnownFailure existing) {}

  public String markdown(List<Correction> corrections, String period) {
    StringBuilder sb = new StringBuilder(4096);
    long corrected = corrections.stream().filter(Correction::disagrees).count();
    sb.append("# Corrections ").append(period).append("\n\n");
    sb.append(corrections.size()).append(" reviews: ").append(corrections.size() - corrected).append(" confirmed, ")
        .append(corrected).append(" corrected.\n\n");
    sb.append("## Proposed known-failures changes\n\n");
    Map<String, List<Proposal>> byService = new TreeMap<>();
    for (Proposal p : proposals(corrections)) {
      byService.computeIfAbsent(p.service(), k -> new ArrayList<>()).add(p);
    }
    if (byService.isEmpty()) {
      sb.append("None: no card was corrected into another category.\n\n");
    }
    for (Map.Entry<String, List<Proposal>> e : byService.entrySet()) {
      String service = e.getKey();
      sb.append("### known-failures/").append(service).append(".md\n\n");
      List<Proposal> fresh = e.getValue().stream().filter(p -> p.existing() == null).toList();
      List<Proposal> changes = e.getValue().stream().filter(p -> p.existing() != null).toList();
      if (!fresh.isEmpty()) {
        String block = newEntries(service, fresh);
        // The proposal must be something the classifier will accept as is.
        KnownFailureCatalog.parse(service + ".md", block);
        sb.append("New entries (append to the file):\n\n```markdown\n").append(block.stripTrailing()).append("\n```\n\n");
      }
      if (!changes.isEmpty()) {
        sb.append("Changes to existing entries:\n\n");
        for (Proposal p : changes) {
          sb.append("- `").append(p.existing().id()).append("` (").append(p.existing().file()).append("): change `- category: ")
              .append(p.existing().category().wire()).append("` to `- category: ").append(p.verdict().wire())
              .append("`. ").append(evidence(p)).append('\n');
        }
        sb.append('\n');
      }
    }
    sb.append("## Disagreement by card category\n\n");
    sb.append(disagreementTable(corrections));
    return sb.toString();
  }

  /**
   * Applies the proposal to a known-failures directory, as the pull request would: new entries are appended to
   * &lt;service&gt;.md (created when missing), changed entries get their new category in place. Returns the file
   * names written, sorted; every file written still parses.
   */
  public List<String> writeTo(List<Correction> corrections, Path dir) throws IOException {
    Map<String, List<Proposal>> byFile = new TreeMap<>();
    for (Proposal p : proposals(corrections)) {
      byFile.computeIfAbsent(p.existing() == null ? p.service() + ".md" : p.existing().file(), k -> new ArrayList<>())
          .add(p);
    }
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, List<Proposal>> e : byFile.entrySet()) {
      Path file = dir.resolve(e.getKey());
      String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8)
          : "# Known failures: " + e.getKey().replaceAll("\\.md$", "") + "\n";
      for (Proposal p : e.getValue()) {
        if (p.existing() != null) {
          text = recategorise(text, p.existing().id(), p.verdict());
        }
      }
      List<Proposal> fresh = e.getValue().stream().filter(p -> p.existing() == null).toList();
      if (!fresh.isEmpty()) {
        text = text.stripTrailing() + "\n\n" + newEntries(fresh.get(0).service(), fresh).stripTrailing() + "\n";
      }
      KnownFailureCatalog.parse(e.getKey(), text);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      written.add(e.getKey());
    }
    return written;
  }

  /** The entry's "- category:" line (directly under its heading) set to the verdict. */
  static String recategorise(String text, String id, Category verdict) {
    String[] lines = text.split("\n", -1);
    boolean inEntry = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith("## ")) {
        inEntry = l.substring(3).strip().equals(id);
      } else if (inEntry && l.toLowerCase(Locale.ROOT).startsWith("- category:")) {
        lines[i] = lines[i].substring(0, lines[i].indexOf('-')) + "- category: " + verdict.wire();
        inEntry = false;
      } else if (inEntry && !l.startsWith("- ")) {
        inEntry = false;
      }
    }
    return String.join("\n", lines);
  }

  List<Proposal> proposals(List<Correction> corrections) {
    Map<String, List<Correction>> groups = new LinkedHashMap<>();
    for (Correction c : corrections) {
      if (c.disagrees()) {
        groups.computeIfAbsent(c.service() + "\u0000" + c.fingerprint(), k -> new ArrayList<>()).add(c);
      }
    }
    List<Proposal> out = new ArrayList<>();
    for (List<Correction> g : groups.values()) {
      Category verdict = majority(g);
      Correction first = g.get(0);
      String service = first.service() == null ? "unknown" : first.service();
      Optional<KnownFailure> existing = catalog.match(service, first.sample());
      if (existing.isPresent() && existing.get().category() == verdict) {
        continue;
      }
      out.add(new Proposal(service, first.fingerprint(), verdict, first.original(), g, existing.orElse(null)));
    }
    return out;
  }

  private String newEntries(String service, List<Proposal> fresh) {
    Set<String> taken = new LinkedHashSet<>();
    catalog.forService(service).forEach(k -> taken.add(k.id()));
    StringBuilder sb = new StringBuilder();
    for (Proposal p : fresh) {
      String base = p.verdict().wire() + "-" + p.fingerprint().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
      base = base.substring(0, Math.min(base.length(), p.verdict().wire().length() + 9));
      String id = base;
      for (int n = 2; taken.contains(id); n++) {
        id = base + "-" + n;
      }
      taken.add(id);
      sb.append("## ").append(id).append('\n');
      sb.append("- category: ").append(p.verdict().wire()).append('\n');
      matchText(p.from().get(0).sample(), fingerprinter).ifPresent(m -> sb.append("- match: \"").append(m).append("\"\n"));
      sb.append(description(p)).append("\n\n");
    }
    return sb.toString();
  }

  static Optional<String> matchText(String sample) {
    return matchText(sample, new MaskingFingerprinter());
  }

  /**
   * The longest constant part of the sample's fingerprint template (no timestamps, ids, numbers or redaction
   * markers) that occurs in the sample itself, so that it matches every repeat of the error; the raw first
   * line's longest constant stretch when the template offers none.
   */
  static Optional<String> matchText(String sample, Fingerprinter fingerprinter) {
    if (sample == null || sample.isBlank()) {
      return Optional.empty();
    }
    String lower = sample.toLowerCase(Locale.ROOT);
    String template = fingerprinter.fingerprint(sample.strip()).template().split("\n", 2)[0];
    List<String> parts = new ArrayList<>();
    for (String part : TEMPLATE_VARIABLE.split(template)) {
      String s = LINE_PREFIX.matcher(part.strip()).replaceFirst("");
      s = s.replaceAll("^[^A-Za-z]+|[^A-Za-z0-9)]+$", "").strip();
      if (s.length() > MATCH_CHARS) {
        int cut = s.lastIndexOf(' ', MATCH_CHARS);
        s = s.substring(0, cut > 20 ? cut : MATCH_CHARS).strip();
      }
      if (s.length() >= 8 && s.indexOf('"') < 0 && lower.contains(s.toLowerCase(Locale.ROOT))) {
        parts.add(s);
      }
    }
    parts.sort(Comparator.comparingInt(String::length).reversed());
    return parts.isEmpty() ? rawMatchText(sample) : Optional.of(parts.get(0));
  }

  /** The longest constant stretch of the sample's first line: what repeats of this error share. */
  static Optional<String> rawMatchText(String sample) {
    if (sample == null || sample.isBlank()) {
      return Optional.empty();
    }
    String line = sample.strip().split("\n", 2)[0];
    String best = "";
    for (String part : VARIABLE.split(line)) {
      String s = part.strip().replaceAll("^[^A-Za-z]+|[\\s:=,;(\\[{'\"]+$", "").replace("\"", "'");
      if (s.length() > best.length()) {
        best = s;
      }
    }
    if (best.length() > MATCH_CHARS) {
      int cut = best.lastIndexOf(' ', MATCH_CHARS);
      best = best.substring(0, cut > 20 ? cut : MATCH_CHARS).strip();
    }
    return best.length() >= 4 ? Optional.of(best) : Optional.empty();
  }

  private static String description(Proposal p) {
    Set<String> reasons = new LinkedHashSet<>();
    for (Correction c : p.from()) {
      if (!c.reason().isBlank() && c.effectiveCategory() == p.verdict()) {
        reasons.add(oneLine(c.reason()));
      }
    }
    String text = reasons.isEmpty() ? "Reviewers classified this as " + p.verdict().wire() + "." : String.join("; ",
        reasons);
    if (!text.endsWith(".")) {
      text += ".";
    }
    // A description line must not read as a field or a heading of the file format.
    text = text.replaceAll("^(#+|-)\\s*", "");
    return text + " " + evidence(p);
  }

  private static String evidence(Proposal p) {
    Set<String> sources = new LinkedHashSet<>();
    p.from().forEach(c -> sources.add(c.source()));
    return "(" + p.from().size() + (p.from().size() == 1 ? " correction" : " corrections") + " via "
        + String.join(", ", sources) + "; card said " + p.cardCategory().wire() + "; fingerprint " + p.fingerprint()
        + ")";
  }

  private static Category majority(List<Correction> g) {
    Map<Category, Integer> votes = new EnumMap<>(Category.class);
    g.forEach(c -> votes.merge(c.effectiveCategory(), 1, Integer::sum));
    Correction latest = g.stream().max(Comparator.comparing(Correction::at)).orElseThrow();
    int top = votes.values().stream().max(Integer::compare).orElse(0);
    return votes.get(latest.effectiveCategory()) == top ? latest.effectiveCategory()
        : votes.entrySet().stream().filter(e -> e.getValue() == top).findFirst().orElseThrow().getKey();
  }

  static String disagreementTable(List<Correction> corrections) {
    Map<Category, int[]> rows = new EnumMap<>(Category.class);
    Category[] cats = Category.values();
    for (Correction c : corrections) {
      int[] r = rows.computeIfAbsent(c.original(), k -> new int[3 + cats.length]);
      r[0]++;
      if (c.disagrees()) {
        r[2]++;
        r[3 + c.corrected().ordinal()]++;
      } else {
        r[1]++;
      }
    }
    StringBuilder sb = new StringBuilder("| card category | reviewed | confirmed | corrected | corrected % |");
    for (Category c : cats) {
      sb.append(" → ").append(c.wire()).append(" |");
    }
    sb.append("\n|---|---:|---:|---:|---:|").append("---:|".repeat(cats.length)).append('\n');
    if (rows.isEmpty()) {
      sb.append("| (no reviews) |").append(" |".repeat(4 + cats.length)).append('\n');
    }
    for (Map.Entry<Category, int[]> e : rows.entrySet()) {
      int[] r = e.getValue();
      sb.append("| ").append(e.getKey().wire()).append(" | ").append(r[0]).append(" | ").append(r[1]).append(" | ")
          .append(r[2]).append(" | ").append(String.format(Locale.ROOT, "%.0f%%", 100.0 * r[2] / r[0])).append(" |");
      for (Category c : cats) {
        sb.append(' ').append(c == e.getKey() ? "–" : Integer.toString(r[3 + c.ordinal()])).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s.replace('\r', ' ').replace('\n', ' ').strip();
  }
}
