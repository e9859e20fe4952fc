package dev.logsift.classify;

import dev.logsift.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Treats the model's answer as data. The model read an untrusted log line, so its free text may echo a
 * secret from it, carry a link or markdown planted there, or propose a destructive or remote-code action
 * ("pipe this URL into bash"). Before anything is posted, cached or stored: the free text is redacted with
 * the same redactor as the log line, links are defanged so no chat client makes them clickable, and a
 * first response proposing an unsafe action is replaced by the rules' one, saying so on the card.
 */
public final class ModelOutputGuard implements Classifier {
  private static final Logger LOG = LoggerFactory.getLogger(ModelOutputGuard.class);
  static final String RULES_FILE = "/model-output/unsafe-actions.tsv";
  static final String WITHHELD = "The model's proposal was withheld: it suggested a destructive or remote-code action. "
      + "Rules' proposal: ";
  static final String NOTE = "model's first response withheld (unsafe action)";

  /** scheme://host... : the scheme's separator and the host's dots are broken. */
  private static final Pattern URL = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]{0,15}):/{1,3}([^\\s/?#\\[\\]()<>\"'`]{0,253})");
  /** A bare host that chat clients auto-link: www.x.y, or a name under a common top-level domain. */
  private static final Pattern HOST = Pattern.compile("(?i)(?<![\\w.@-])((?:www\\.)?(?:[a-z0-9-]{1,63}\\.){1,8})"
      + "(com|net|org|io|dev|app|co|ai|cloud|info|biz|xyz|me|us|uk|de|ru|cn|tk|top|site|online|gov|edu|sh|ly|gg|link"
      + "|click|zip|mov|page|live|store|tech|pw|cc|to|ws)\\b(?![\\w-])");
  /** Slack's &lt;!channel&gt;, &lt;@U123&gt;, &lt;#C123&gt; forms and the bare @everyone / @here / @channel. */
  private static final Pattern MENTION = Pattern.compile("(?i)<([!@#][^<>\\s]{0,64})>|@(everyone|here|channel)\\b");
  private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

  record Rule(String kind, Pattern pattern) {}

  private static final List<Rule> RULES = load();

  private final Classifier model;
  private final Classifier rules;
  private final Redactor redactor;

  /**
   * @param model the model classifier whose answers are guarded
   * @param rules answers the first response when the model's is withheld
   * @param redactor the same redactor the log lines go through
   */
  public ModelOutputGuard(Classifier model, Classifier rules, Redactor redactor) {
    this.model = model;
    this.rules = rules;
    this.redactor = redactor;
  }

  @Override
  public Classification classify(ClassifyRequest request) {
    Classification c = model.classify(request);
    return c.source() == Source.MODEL ? guard(c, request) : c;
  }

  Classification guard(Classification c, ClassifyRequest request) {
    String summary = neutralise(redactor.redact(c.summary()));
    String first;
    String note = c.note();
    Optional<String> unsafe = unsafeAction(c.firstResponse());
    if (unsafe.isPresent()) {
      LOG.warn("model first response withheld for fingerprint {}: proposes {}", request.fingerprint(), unsafe.get());
      first = WITHHELD + rulesResponse(request);
      note = NOTE;
    } else {
      first = neutralise(redactor.redact(c.firstResponse()));
    }
    return new Classification(c.category(), c.confidence(), summary, first, c.knownFailureId(), c.source(), note,
        c.usage());
  }

  private String rulesResponse(ClassifyRequest request) {
    try {
      return neutralise(rules.classify(request).firstResponse());
    } catch (RuntimeException e) {
      return "Read the sample and the surrounding logs.";
    }
  }

  /** The kind of unsafe action the text proposes, if any (checked before redaction can hide a part of it). */
  public static Optional<String> unsafeAction(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String t = ZERO_WIDTH.matcher(text).replaceAll("").replaceAll("\\s+", " ");
    for (Rule r : RULES) {
      if (r.pattern().matcher(t).find()) {
        return Optional.of(r.kind());
      }
    }
    return Optional.empty();
  }

  /**
   * Links no client will follow: "https://evil.example/x" becomes "https[:]//evil[.]example/x", a bare
   * "evil.com" becomes "evil[.]com", a markdown link's "](" is split and mentions are broken. Chat escaping
   * still applies after.
   */
  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String t = ZERO_WIDTH.matcher(text).replaceAll("");
    Matcher m = URL.matcher(t);
    StringBuilder sb = new StringBuilder(t.length() + 16);
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "[:]//" + m.group(2).replace(".", "[.]")));
    }
    m.appendTail(sb);
    Matcher h = HOST.matcher(sb.toString());
    StringBuilder out = new StringBuilder(sb.length() + 8);
    while (h.find()) {
      String host = h.group(1);
      h.appendReplacement(out, Matcher.quoteReplacement(host.substring(0, host.length() - 1) + "[.]" + h.group(2)));
    }
    h.appendTail(out);
    // Chat escaping breaks mentions again when posting; breaking them here keeps the cached copy inert too.
    Matcher mention = MENTION.matcher(out.toString().replace("](", "] ("));
    StringBuilder done = new StringBuilder(out.length() + 8);
    while (mention.find()) {
      String r = mention.group(1) != null ? mention.group(1) : "@\u200B" + mention.group(2);
      mention.appendReplacement(done, Matcher.quoteReplacement(r));
    }
    mention.appendTail(done);
    return done.toString();
  }

  static List<Rule> rules() {
    return RULES;
  }

  private static List<Rule> load() {
    List<Rule> out = new ArrayList<>();
    for (DataLine l : DataLine.read(RULES_FILE.substring(1))) {
      int tab = l.text().indexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException(RULES_FILE + " line " + l.number() + ": expected kind<TAB>regex");
      }
      out.add(new Rule(l.text().substring(0, tab),
          Pattern.compile(l.text().substring(tab + 1), Pattern.CASE_INSENSITIVE)));
    }
    return List.copyOf(out);
  }
}
