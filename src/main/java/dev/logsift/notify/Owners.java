package dev.logsift.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * owners.md: which team owns a service or log group, and optionally where that team's cards go. Teams are
 * tried in file order; the first whose service or log-group pattern matches owns the card. The format
 * mirrors known-failures: one "## team" heading per team with "- key: value" fields under it.
 */
public final class Owners {
  public static final String FILE = "owners.md";
  static final Set<String> FIELDS = Set.of("services", "log-groups", "slack-channel");

  /**
   * @param services glob patterns over the service name (`*` any run of characters, `?` one)
   * @param logGroups glob patterns over the log group
   * @param slackChannel the team's Slack channel id (posted with the Slack bot), or null for the default route
   */
  public record Team(String name, List<String> services, List<String> logGroups, String slackChannel, int line) {
    boolean owns(String service, String logGroup) {
      return any(services, service) || any(logGroups, logGroup);
    }

    private static boolean any(List<String> globs, String value) {
      if (value == null || value.isEmpty()) {
        return false;
      }
      for (String g : globs) {
        if (glob(g).matcher(value).matches()) {
          return true;
        }
      }
      return false;
    }
  }

  private volatile List<Team> teams;

  public Owners(List<Team> teams) {
    this.teams = List.copyOf(teams);
  }

  public static Owners none() {
    return new Owners(List.of());
  }

  /** The owners file from a path, or from the jar when path is null; a missing file means no owners. */
  public static Owners load(Path path) {
    try {
      if (path != null) {
        return Files.isRegularFile(path) ? new Owners(parse(Files.readString(path, StandardCharsets.UTF_8))) : none();
      }
      try (InputStream in = Owners.class.getClassLoader().getResourceAsStream(FILE)) {
        return in == null ? none() : new Owners(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  /** Replaces the teams with a published file's; parsed first, so a broken file throws and nothing changes. */
  public void useText(String text) {
    teams = List.copyOf(parse(text));
  }

  public List<Team> teams() {
    return teams;
  }

  public Optional<Team> ownerOf(String service, String logGroup) {
    for (Team t : teams) {
      if (t.owns(service, logGroup)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Text before the first heading, HTML comments and fenced blocks are ignored, as in known-failures files. */
  public static List<Team> parse(String text) {
    List<Team> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String name = null;
    int headingLine = 0;
    List<String> services = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    String channel = null;
    boolean inFields = false;
    boolean comment = false;
    boolean fence = false;
    int lineNo = 0;
    for (String raw : (text + "\n## \u0000end").split("\n", -1)) {
      lineNo++;
      String l = raw.strip();
      if (comment) {
        comment = !l.contains("-->");
        continue;
      }
      if (fence) {
        fence = !l.startsWith("```");
        continue;
      }
      if (l.startsWith("<!--")) {
        comment = l.indexOf("-->", 4) < 0;
        continue;
      }
      if (l.startsWith("```")) {
        fence = true;
        continue;
      }
      if (l.startsWith("## ")) {
        if (name != null) {
          if (services.isEmpty() && groups.isEmpty()) {
            throw err(headingLine, "team " + name + " has neither services nor log-groups");
          }
          out.add(new Team(name, List.copyOf(services), List.copyOf(groups), channel, headingLine));
        }
        name = l.substring(3).strip();
        if (name.equals("\u0000end")) {
          break;
        }
        headingLine = lineNo;
        if (!name.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
          throw err(lineNo, "team name must be lowercase letters, digits, '.', '_' or '-' (max 64)");
        }
        Integer first = seen.putIfAbsent(name, lineNo);
        if (first != null) {
          throw err(lineNo, "duplicate team " + name + " (first at line " + first + ")");
        }
        services = new ArrayList<>();
        groups = new ArrayList<>();
        channel = null;
        inFields = true;
        continue;
      }
      if (name == null || l.isEmpty()) {
        continue;
      }
      int c = l.indexOf(':');
      String key = l.startsWith("- ") && c > 2 ? l.substring(2, c).strip().toLowerCase(Locale.ROOT) : null;
      if (key == null || !inFields) {
        if (key != null && FIELDS.contains(key)) {
          throw err(lineNo, "field '" + key + "' after the description; put fields directly under the ## line");
        }
        inFields = false;
        continue;
      }
      String value = l.substring(c + 1).strip();
      switch (key) {
        case "services" -> services.addAll(patterns(value, lineNo));
        case "log-groups" -> groups.addAll(patterns(value, lineNo));
        case "slack-channel" -> {
          if (!value.matches("[CG][A-Z0-9]{6,20}")) {
            throw err(lineNo, "slack-channel must be a Slack channel id such as C0123ABCDEF");
          }
          channel = value;
        }
        default -> throw err(lineNo, "unknown field '" + key + "' (services, log-groups, slack-channel)");
      }
    }
    if (comment) {
      throw err(lineNo - 1, "unclosed <!-- comment");
    }
    if (fence) {
      throw err(lineNo - 1, "unclosed ``` block");
    }
    return out;
  }

  private static List<String> patterns(String value, int line) {
    List<String> out = new ArrayList<>();
    for (String p : value.split(",")) {
      String g = p.strip();
      if (g.length() >= 2 && (g.startsWith("`") && g.endsWith("`") || g.startsWith("\"") && g.endsWith("\""))) {
        g = g.substring(1, g.length() - 1);
      }
      if (g.isEmpty() || g.chars().allMatch(ch -> ch == '*' || ch == '?')) {
        throw err(line, "empty or match-everything pattern; name the services or log groups");
      }
      if (g.length() > 256 || g.chars().anyMatch(Character::isWhitespace)) {
        throw err(line, "a pattern has no spaces and at most 256 characters");
      }
      out.add(g);
    }
    return out;
  }

  static Pattern glob(String g) {
    StringBuilder re = new StringBuilder();
    for (char ch : g.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString());
  }

  private static IllegalArgumentException err(int line, String msg) {
    return new IllegalArgumentException(FILE + ":" + line + ": " + msg);
  }
}
