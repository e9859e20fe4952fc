package dev.logsift.pipeline;

import dev.logsift.classify.Classification;
import dev.logsift.rootcause.RootCause;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recently classified templates of each service, so that a variant seen before the fingerprint has learned
 * its variable position (a new sub-domain, a user name) reuses the classification of a template that differs
 * from it in exactly one token instead of costing a model call. The differing token must look like an
 * instance, not a cause: exception types, error codes, outcome words and anything in the event's root cause
 * never count as a variable. Bounded: a few hundred services, a few dozen templates each, short templates
 * only; thread-safe, because concurrent batches share one pipeline.
 */
final class SimilarTemplates {
  static final String ANY = "<*>";
  static final int MAX_SERVICES = 512;
  static final int PER_SERVICE = 64;
  static final int MAX_TEMPLATE_CHARS = 4096;
  /** A template needs this many equal tokens besides the differing one: "user alice" says too little. */
  static final int MIN_EQUAL_TOKENS = 3;

  /** What follows these in a trace is a frame ("at render", "File app.py"). */
  private static final Set<String> FRAME_WORDS = Set.of("at", "File", "in");
  private static final Set<String> CAUSE_WORDS = words("/pipeline/root-cause-words.txt");
  private static final Set<String> IDENTITY_WORDS = words("/pipeline/identity-words.txt");
  private static final Pattern EXCEPTION = Pattern.compile("(?i).*(exception|error|fault|panic|failure)");
  /** ECONNREFUSED, SQLSTATE, ORA-00942, E11000, a status code: a code names the cause. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{2,}|[A-Z]{1,5}-?\\d{2,}|\\d{3}");
  /** A source location ("charge.py:charge", "Foo.java:42"): a different throwing frame is a different bug. */
  private static final Pattern LOCATION = Pattern.compile(
      "(?i)[\\w$./\\\\-]*\\.(py|java|kt|scala|js|mjs|cjs|ts|go|cs|rb|php|rs|c|cc|cpp|h|swift|ex|erl)(:[\\w<*>]+)*");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern EDGE = Pattern.compile("^[\\p{Punct}&&[^<*]]+|[\\p{Punct}&&[^*>]]+$");

  /**
   * A classified template: its first line as tokens, the rest compared whole, and its root cause with the
   * numbers masked ("" when nothing specific was found).
   */
  record Entry(String fingerprint, String[] head, String rest, String cause, Classification classification,
      Instant classifiedAt) {}

  private final LinkedHashMap<String, ArrayDeque<Entry>> services = new LinkedHashMap<>(16, 0.75f, true);

  synchronized void remember(String service, String fingerprint, String template, RootCause cause,
      Classification c, Instant classifiedAt) {
    if (template == null || template.length() > MAX_TEMPLATE_CHARS) {
      return;
    }
    String[] head = head(template);
    if (head.length < MIN_EQUAL_TOKENS + 1) {
      return;
    }
    ArrayDeque<Entry> entries = services.computeIfAbsent(service == null ? "" : service, k -> new ArrayDeque<>());
    entries.removeIf(e -> e.fingerprint().equals(fingerprint));
    entries.addFirst(new Entry(fingerprint, head, rest(template), cause(cause), c, classifiedAt));
    if (entries.size() > PER_SERVICE) {
      entries.removeLast();
    }
    if (services.size() > MAX_SERVICES) {
      Iterator<Map.Entry<String, ArrayDeque<Entry>>> eldest = services.entrySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  /**
   * The most recent entry of the service, classified after {@code notBefore}, whose template differs
   * from this one in exactly one token that is a variable; null if none.
   */
  synchronized Entry find(String service, String fingerprint, String template, RootCause cause, Instant notBefore) {
    ArrayDeque<Entry> entries = services.get(service == null ? "" : service);
    if (entries == null || template == null || template.length() > MAX_TEMPLATE_CHARS) {
      return null;
    }
    String[] head = head(template);
    String rest = rest(template);
    String masked = cause(cause);
    for (Entry e : entries) {
      // The cause must agree too: a template may hold only the trace's frames, not its final exception.
      if (!e.fingerprint().equals(fingerprint) && e.classifiedAt().isAfter(notBefore) && e.cause().equals(masked)
          && oneVariableApart(e.head(), head, cause) && e.rest().equals(rest)) {
        return e;
      }
    }
    return null;
  }

  /** Same length, exactly one differing position, and neither token there names a cause. */
  static boolean oneVariableApart(String[] a, String[] b, RootCause cause) {
    if (a.length != b.length || a.length < MIN_EQUAL_TOKENS + 1) {
      return false;
    }
    int diff = -1;
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(b[i])) {
        if (diff >= 0) {
          return false;
        }
        diff = i;
      }
    }
    if (diff < 0 || diff > 0 && FRAME_WORDS.contains(a[diff - 1])) {
      return false;
    }
    if (!variable(a[diff], cause) || !variable(b[diff], cause)) {
      return false;
    }
    // A plain name is as often a component ("cluster payments" / "cluster inventory": two failures) as an
    // instance, so only positions the fingerprint learned, identities and sub-domains count as variables.
    return a[diff].equals(SimilarTemplates.ANY) || b[diff].equals(SimilarTemplates.ANY)
        || diff > 0 && IDENTITY_WORDS.contains(EDGE.matcher(a[diff - 1]).replaceAll("").toLowerCase(Locale.ROOT))
        || subDomainOnly(a[diff], b[diff]);
  }

  /** "https://qzk.cdn.example.net/app.js" and "https://abb.cdn.example.net/app.js": only the first host label differs. */
  static boolean subDomainOnly(String a, String b) {
    String[] x = hostSplit(a);
    String[] y = hostSplit(b);
    return x != null && y != null && x[0].equals(y[0]) && x[2].equals(y[2]) && !x[1].equals(y[1]);
  }

  /** Before the host, the host's first label, the rest of the token (its registered domain included); or null. */
  private static String[] hostSplit(String token) {
    int scheme = token.indexOf("://");
    int start = scheme < 0 ? (token.indexOf('@') + 1) : scheme + 3;
    int dot = token.indexOf('.', start);
    if (dot <= start) {
      return null;
    }
    int end = start;
    while (end < token.length() && token.charAt(end) != '/' && token.charAt(end) != ':') {
      end++;
    }
    String host = token.substring(start, end);
    if (host.chars().filter(c -> c == '.').count() < 2) {
      return null; // a registered domain alone ("example.com") has no sub-domain to vary
    }
    return new String[] {token.substring(0, start), token.substring(start, dot), token.substring(dot)};
  }

  static boolean variable(String token, RootCause cause) {
    String core = EDGE.matcher(token).replaceAll("");
    if (core.isEmpty() || CAUSE_WORDS.contains(core.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (EXCEPTION.matcher(core).matches() || CODE.matcher(core).matches() || LOCATION.matcher(core).matches()) {
      return false;
    }
    // What a trace, a structured error field or a panic points at is the cause itself.
    return cause == null || !cause.specific() || !cause.text().contains(core);
  }

  private static String cause(RootCause cause) {
    return cause == null || !cause.specific() ? "" : cause.kind() + ":" + NUMBER.matcher(cause.text()).replaceAll("0");
  }

  private static String[] head(String template) {
    int nl = template.indexOf('\n');
    String first = nl < 0 ? template : template.substring(0, nl);
    return first.strip().split(" +");
  }

  private static String rest(String template) {
    int nl = template.indexOf('\n');
    return nl < 0 ? "" : template.substring(nl);
  }

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = SimilarTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          out.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
