package dev.logsift.fingerprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The parsed rules file: version, ordered token rules with their replacements, word lists. */
final class Rules {
  enum Kind {
    TIMESTAMP, DATEWORD, UUID, IP, EMAIL, URL, PATH, HEX, QUALIFIED, LABELLED, KEYVALUE, SIZE, QUOTED, NUMBER
  }

  record Rule(Kind kind, String replacement) {}

  final String version;
  final int maxTemplateChars;
  final int stackFrames;
  final List<Rule> order;
  final List<CodePhrases.Phrase> codePhrases;
  /** Phrases after a name that make it a name of code (see code-after in rules.txt), lower case, word by word. */
  final List<String[]> codeAfter;
  /** Phrases right before a quoted input that did not parse (see input-after in rules.txt), lower case, word by word. */
  final List<String[]> inputAfter;
  private final Map<String, WordSet> words;
  private final Map<String, List<String>> lists;

  private Rules(String version, int maxTemplateChars, int stackFrames, List<Rule> order,
      List<CodePhrases.Phrase> codePhrases, List<String[]> codeAfter, List<String[]> inputAfter,
      Map<String, WordSet> words, Map<String, List<String>> lists) {
    this.version = version;
    this.maxTemplateChars = maxTemplateChars;
    this.stackFrames = stackFrames;
    this.order = List.copyOf(order);
    this.codePhrases = List.copyOf(codePhrases);
    this.codeAfter = List.copyOf(codeAfter);
    this.inputAfter = List.copyOf(inputAfter);
    this.words = words;
    this.lists = lists;
  }

  /** A word list in file order, lower-cased. */
  List<String> list(String name) {
    return lists.getOrDefault(name, List.of());
  }

  WordSet words(String list) {
    WordSet w = words.get(list);
    return w != null ? w : new WordSet(Set.of());
  }

  static Rules fromResource(String name) {
    try (InputStream in = Rules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("fingerprint rules resource missing: " + name);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Rules parse(String text) {
    String version = null;
    int maxChars = 2000;
    int frames = 3;
    List<Rule> order = new ArrayList<>();
    List<CodePhrases.Phrase> phrases = new ArrayList<>();
    List<String[]> codeAfter = new ArrayList<>();
    List<String[]> inputAfter = new ArrayList<>();
    Map<String, Set<String>> lists = new HashMap<>();
    int lineNo = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String[] f = t.split("\\s+");
        switch (f[0]) {
          case "version" -> version = arg(f, 1, lineNo);
          case "max-template-chars" -> maxChars = Integer.parseInt(arg(f, 1, lineNo));
          case "stack-frames" -> frames = Integer.parseInt(arg(f, 1, lineNo));
          case "rule" -> {
            Kind kind;
            try {
              kind = Kind.valueOf(arg(f, 1, lineNo).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("rules line " + lineNo + ": unknown rule " + f[1]);
            }
            order.add(new Rule(kind, arg(f, 2, lineNo)));
          }
          case "code-phrase" -> phrases.add(CodePhrases.parse(f, lineNo));
          case "code-after" -> codeAfter.add(phrase(f, lineNo));
          case "input-after" -> inputAfter.add(phrase(f, lineNo));
          case "words" -> {
            Set<String> set = lists.computeIfAbsent(arg(f, 1, lineNo), k -> new LinkedHashSet<>());
            for (int i = 2; i < f.length; i++) {
              set.add(f[i]);
            }
          }
          default -> throw new IllegalArgumentException("rules line " + lineNo + ": unknown directive " + f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (version == null) {
      throw new IllegalArgumentException("rules file has no version");
    }
    Map<String, WordSet> words = new HashMap<>();
    Map<String, List<String>> ordered = new HashMap<>();
    lists.forEach((k, v) -> {
      words.put(k, new WordSet(v));
      ordered.put(k, v.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    });
    return new Rules(version, maxChars, frames, order, phrases, codeAfter, inputAfter, words, ordered);
  }

  /** The words of a phrase directive, lower case. */
  private static String[] phrase(String[] f, int lineNo) {
    arg(f, 1, lineNo);
    String[] words = new String[f.length - 1];
    for (int i = 1; i < f.length; i++) {
      words[i - 1] = f[i].toLowerCase(Locale.ROOT);
    }
    return words;
  }

  private static String arg(String[] f, int i, int lineNo) {
    if (f.length <= i) {
      throw new IllegalArgumentException("rules line " + lineNo + ": missing argument");
    }
    return f[i];
  }
}
