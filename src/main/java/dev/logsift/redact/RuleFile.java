package dev.logsift.redact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the tab-separated rules file: `kind triggers check regex [search]` per line, plus `define NAME regex` lines
 * whose regex later lines use as {{NAME}}. Errors name the file and line, never any log text.
 */
final class RuleFile {
  static final int MAX_RULES = TriggerScan.MAX_RULES;
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern USE = Pattern.compile("\\{\\{([A-Z][A-Z0-9_]*)}}");

  private RuleFile() {}

  static List<Rule> load(String resource) {
    try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("redaction rules " + resource + " not found on the classpath");
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read redaction rules " + resource, e);
    }
  }

  static List<Rule> parse(String file, String text) {
    Map<String, String> defines = new HashMap<>();
    List<Rule> rules = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int n = 1; n <= lines.length; n++) {
      String line = lines[n - 1];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = file + " line " + n + ": ";
      String[] f = line.split("\t", -1);
      if (f[0].equals("define")) {
        if (f.length != 3 || !NAME.matcher(f[1]).matches()) {
          throw new IllegalArgumentException(where + "expected 'define<TAB>NAME<TAB>regex'");
        }
        defines.put(f[1], expand(where, f[2], defines));
      } else if (rules.size() == MAX_RULES) {
        throw new IllegalArgumentException(where + "more than " + MAX_RULES + " rules");
      } else {
        rules.add(rule(where, f, defines));
      }
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException(file + ": no rules");
    }
    return rules;
  }

  private static Rule rule(String where, String[] f, Map<String, String> defines) {
    if (f.length != 4 && f.length != 5) {
      throw new IllegalArgumentException(where + "expected 4 tab-separated columns: kind triggers check regex,"
          + " and maybe a fifth: search");
    }
    if (f.length == 5 && !f[4].equals("word")) {
      throw new IllegalArgumentException(where + "the search column is 'word' or left out");
    }
    if (!KIND.matcher(f[0]).matches()) {
      throw new IllegalArgumentException(where + "kind must be lower-case letters, digits and '-', at most 32");
    }
    String regex = expand(where, f[3], defines);
    try {
      return new Rule(f[0], Pattern.compile(regex), Triggers.parse(f[1]), Check.named(f[2]), f.length == 5);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(where + "invalid regex: " + e.getDescription() + " at index "
          + e.getIndex());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage());
    }
  }

  private static String expand(String where, String regex, Map<String, String> defines) {
    Matcher m = USE.matcher(regex);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String body = defines.get(m.group(1));
      if (body == null) {
        throw new IllegalArgumentException(where + "{{" + m.group(1) + "}} is not defined above");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(body));
    }
    return m.appendTail(sb).toString();
  }
}
