package dev.logsift.fingerprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one service's templates have taught: which token positions are variables. A position becomes
 * a variable only on evidence: at least {@code k} distinct values in templates that agree on every
 * other token (the stateless masker's {@code <*>} and already learned variables included). Merged
 * templates keep the id of the one seen first (an alias), so ids stay stable while the service is
 * learned. Learning is hierarchical: once "chrome.exe - <*> open" and "firefox.exe - <*> open" and a
 * third are learned, the program position can be learned across them.
 *
 * <p>Memory is bounded (templates, evidence slots and learned patterns are each evicted least
 * recently used first); only the first {@link #MAX_TOKENS} tokens of a template are generalised. Not
 * thread-safe: one instance per service, used by one thread at a time.
 */
final class ServiceTemplates {
  static final int MAX_TOKENS = 64;
  /**
   * A learned pattern keeps at least this many constant tokens, or one fewer when the values are
   * dotted or dashed names: "<*> startup succeeded" with daemon names says too little.
   */
  static final int MIN_CONSTANTS = 3;
  static final String ANY = "<*>";
  private static final long[] NONE = new long[0];
  private static final String DASH_ANY = "-" + ANY;
  private static final long WILD = 0x2545F4914F6CDD1DL;
  /** Words after which a name is code, never a variable ("reading 'id'", array key "email"). */
  private static final WordSet CODE_WORDS = MaskingFingerprinter.shippedRules().words("codename");
  /** Phrases after which a name is code: "'int' object is not subscriptable", "fetch is not defined". */
  private static final List<String[]> CODE_AFTER = MaskingFingerprinter.shippedRules().codeAfter;
  private static final WordSet CODE_AFTER_FIRST = new WordSet(
      CODE_AFTER.stream().map(w -> w[0]).collect(java.util.stream.Collectors.toSet()));
  /** Keys whose short value says how something failed (code=killed): kept by the masker, never learned. */
  private static final WordSet CODE_KEYS = MaskingFingerprinter.shippedRules().words("codekey");
  private static final WordSet NUMBER_CODE_KEYS = MaskingFingerprinter.shippedRules().words("numbercodekey");
  /** Fields a JSON line keeps beside its message as codes (Envoy's response_flags=UF): never learned either. */
  private static final WordSet CODE_FIELDS = MaskingFingerprinter.shippedRules().words("codefield");
  private static final String[] CODE_SUFFIXES = MaskingFingerprinter.shippedRules().list("codesuffix").toArray(new String[0]);
  private static final String[] TYPE_SUFFIXES = MaskingFingerprinter.shippedRules().list("typesuffix").toArray(new String[0]);
  private static final WordSet PARAM_FIELDS = MaskingFingerprinter.shippedRules().words("paramfield");
  private static final WordSet OPERATION_FIELDS = MaskingFingerprinter.shippedRules().words("operationfield");
  /**
   * Code fields that name a resource (words namekey) or a dependency ("queue=exports-acme", "upstream=catalog"):
   * learned on evidence as words are.
   */
  private static final WordSet NAME_KEYS = MaskingFingerprinter.shippedRules().words("namekey");
  private static final WordSet DEPENDENCY_FIELDS = MaskingFingerprinter.shippedRules().words("dependencyfield");
  /** Suffixes of systemd units (nginx.service): a unit is the service that failed, never learned. */
  private static final WordSet UNIT_SUFFIXES = MaskingFingerprinter.shippedRules().words("unitsuffix");
  /** Words for a service or a store ("service", "api", "db") and verbs of calling one; see componentName. */
  private static final WordSet COMPONENT_WORDS = MaskingFingerprinter.shippedRules().words("componentword");
  private static final WordSet CALL_VERBS = MaskingFingerprinter.shippedRules().words("callverb");
  private static final WordSet FAILURE_WORDS = MaskingFingerprinter.shippedRules().words("failurekeyword");
  /** Words that precede anything: a value learned after one says nothing about the next message. */
  private static final WordSet FUNCTION_WORDS = MaskingFingerprinter.shippedRules().words("functionword");
  private static final WordSet HTTP_METHODS = MaskingFingerprinter.shippedRules().words("httpmethod");
  private static final WordSet STATE_NOUNS = MaskingFingerprinter.shippedRules().words("statenoun");
  private static final String[] FAILURE_CONSTANT_WORDS = MaskingFingerprinter.shippedRules().list("failureconstant").stream()
      .map(w -> w.toUpperCase(java.util.Locale.ROOT)).toArray(String[]::new);
  /** Distinct wildcard layouts kept per token count: a new template is matched against each. */
  private static final int MAX_LAYOUTS = 16;
  /** Members a slot remembers before its position is learned (all of them join when it is). */
  private static final int MAX_MEMBERS = 32;

  /** A template, or (parent != null) an alias of an earlier one; the root names the group. */
  static final class Node {
    final String id;
    final String template;
    final String[] tokens;
    final String suffix;
    final long seq;
    long mask;
    long layoutKey;
    /** The count of patterns learned when it was last matched against them (see rematch); -1: never. */
    int patternsChecked;
    /** Matched a learned pattern when it arrived (see observe). */
    boolean absorbed;
    Node parent;
    private String text;
    /** The text of a group that joined templates of different lengths (see union). */
    String pinned;
    /** The vocabulary version it was last read against (see applyVocabulary). */
    int vocabularyChecked = -1;
    /** The text under which it was last found to be its text's group (see canonical). */
    String canonicalText;
    /** Joined by a template of the other form, JSON or text (see {@link Formats}). */
    boolean paired;

    Node(String id, String template, String[] tokens, String suffix, long seq, long mask) {
      this.id = id;
      this.template = template;
      this.tokens = tokens;
      this.suffix = suffix;
      this.seq = seq;
      this.mask = mask;
    }

    /** The template with every learned position masked. */
    String text() {
      if (pinned != null) {
        return pinned;
      }
      if (mask == 0 || tokens == null) {
        return template;
      }
      if (text == null) {
        StringBuilder b = new StringBuilder(template.length());
        for (int p = 0; p < tokens.length; p++) {
          b.append(p == 0 ? "" : " ");
          if (p < 64 && (mask & 1L << p) != 0) {
            masked(tokens[p], b);
          } else {
            b.append(tokens[p]);
          }
        }
        text = b.append(suffix).toString();
      }
      return text;
    }
  }

  private static final class Slot {
    final long[] values;
    int count;
    final List<Node> members = new ArrayList<>(4);
    Node learned;
    /** A value was a component's name (see {@link ServiceTemplates#componentName}): one more is needed. */
    boolean components;

    Slot(int k) {
      values = new long[k + 1];
    }
  }

  /**
   * Templates of one length that share their frequent tokens, the rare positions masked (see
   * {@link #rarePositions}): each rare position counts its values on its own.
   */
  private static final class Group {
    final int[] positions;
    final long[] values;
    final int[] counts;
    final List<Node> members = new ArrayList<>(4);
    /** The rare positions learned as variables so far. */
    long mask;
    /** Positions that showed a value without inner punctuation (not the name of a thing). */
    long plain;
    /** Positions where a value came back in another template of the group. */
    long repeated;
    /** The tokens of the template that learned the group's mask: others must read like it (see alike). */
    String[] reference;

    Group(long mask, int k) {
      positions = new int[Long.bitCount(mask)];
      int i = 0;
      for (long m = mask; m != 0; m &= m - 1) {
        positions[i++] = Long.numberOfTrailingZeros(m);
      }
      values = new long[positions.length * 2 * k];
      counts = new int[positions.length];
    }
  }

  private final int k;
  private long seq;
  private boolean changed;
  private final LinkedHashMap<String, Node> templates;
  private final LinkedHashMap<Long, Slot> slots;
  private final LinkedHashMap<Long, Node> learned;
  /** Learned wildcard masks per layout (length and tail): bounded like the rest, a storm of tails cannot grow it. */
  private final LinkedHashMap<Long, long[]> layouts;
  private final LinkedHashMap<String, Node> collapsedPatterns;
  /** Distinct templates per (layout, position, token): Brain's per-position token frequencies. */
  private final LinkedHashMap<Long, int[]> frequencies;
  private final LinkedHashMap<Long, Group> groups;
  /**
   * Values learned as variables, keyed by the word before them ("user" -> alice, bob): a value
   * that is a variable after "user" in one message is one after "user" in the service's others.
   */
  private final LinkedHashMap<Long, Boolean> vocabulary;
  /** Distinct values learned after each word (up to k): k of them make the word's slot a variable. */
  private final LinkedHashMap<Long, long[]> contexts;
  private final LinkedHashMap<String, Node> vocabularyPatterns;
  /** Groups by the text they answer with: two groups that read the same are one (see canonical). */
  private final LinkedHashMap<String, Node> byText;
  private final Formats formats = new Formats();
  private int vocabularyVersion;
  /** Patterns learned so far: a template matched against fewer is matched again (see rematch). */
  private int patterns;
  /** Entries held (templates + slots + learned), for the owner's global budget. */
  int size;

  ServiceTemplates(int k, int maxTemplates) {
    this.k = k;
    this.templates = lru(maxTemplates);
    this.slots = lru(maxTemplates * 4);
    this.learned = lru(maxTemplates);
    this.layouts = lru(maxTemplates);
    this.collapsedPatterns = lru(maxTemplates);
    this.frequencies = lru(maxTemplates * 2);
    this.groups = lru(maxTemplates);
    this.vocabulary = lru(maxTemplates * 2);
    this.contexts = lru(maxTemplates);
    this.vocabularyPatterns = lru(maxTemplates);
    this.byText = new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Node> eldest) {
        if (size() > maxTemplates) {
          ServiceTemplates.this.size--;
          eldest.getValue().canonicalText = null; // looked up again, so a newer look-alike still finds it
          return true;
        }
        return false;
      }
    };
  }

  /**
   * The group that answers with root's text. Groups learned along different paths (one through a
   * collapsed pattern, one position by position) can end up reading alike; nothing tells such lines
   * apart any more, so they are one group, under the id of the older one.
   */
  private Node canonical(Node root) {
    String text = root.text();
    if (text == root.canonicalText) {
      return root; // checked since its text last changed: a newer group that reads alike finds it
    }
    Node other = byText.get(text);
    if (other == null) {
      byText.put(text, root);
      size++;
      root.canonicalText = text;
      return root;
    }
    Node o = find(other);
    if (o == root) {
      root.canonicalText = text;
      return root;
    }
    if (!o.text().equals(text)) {
      byText.put(text, root); // that group has learned more since: this text is root's now
      root.canonicalText = text;
      return root;
    }
    union(root, o);
    changed = true;
    Node r = find(root);
    byText.put(r.text(), r);
    return r;
  }

  /** A learned token keeps its punctuation: "alice:" becomes "<*>:", "(bob)" becomes "(<*>)". */
  static void masked(String token, StringBuilder b) {
    // '<' and '>' are not brackets here: "www.example.com:<*>" must not end as "<*>>"
    long core = trimmed(token, "([{\"'", ")]}\"',;:.!?");
    int a = (int) (core >>> 32);
    int z = (int) core;
    b.append(token, 0, a).append(ANY).append(token, z, token.length());
  }

  /** Where t starts and ends without the opening and closing characters around it, as (start << 32 | end). */
  static long trimmed(String t, String opening, String closing) {
    int a = 0;
    int z = t.length();
    while (a < z && opening.indexOf(t.charAt(a)) >= 0) {
      a++;
    }
    while (z > a && closing.indexOf(t.charAt(z - 1)) >= 0) {
      z--;
    }
    return (long) a << 32 | z;
  }

  private static String collapsed(String[] tokens, long mask, String suffix) {
    StringBuilder b = new StringBuilder();
    boolean lastAny = false;
    for (int p = 0; p < tokens.length; p++) {
      boolean any = (mask & 1L << p) != 0 || tokens[p].equals(ANY);
      if (any && lastAny) {
        continue;
      }
      b.append(p == 0 ? "" : " ").append(any ? ANY : tokens[p]);
      lastAny = any;
    }
    return b.append(suffix).toString();
  }

  private <K, V> LinkedHashMap<K, V> lru(int max) {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        if (size() > max) {
          ServiceTemplates.this.size--;
          return true;
        }
        return false;
      }
    };
  }

  /** The group of a stateless fingerprint, learning from it when it is new. */
  Node observe(Fingerprint f) {
    Node known = templates.get(f.template());
    if (known != null) {
      return canonical(find(known));
    }
    Node n = learn(f);
    // a template a learned pattern absorbed adds nothing to store: a storm of random sub-domains
    // does not rewrite the state with every batch
    changed |= !n.absorbed;
    templates.put(f.template(), n);
    size++;
    if (find(n) == n) {
      Node other = formats.partner(n);
      if (other != null) {
        pair(n, other); // a group pairs once: the new template takes no slot of its own
      } else {
        formats.add(n);
      }
    }
    return canonical(find(n));
  }

  /** The JSON and the text form of one error: one group under the older id, each keeping its own text. */
  private static void pair(Node a, Node b) {
    Node ra = find(a);
    Node rb = find(b);
    Node root = ra.seq <= rb.seq ? ra : rb;
    (root == ra ? rb : ra).parent = root;
    root.paired = true;
  }

  /**
   * The group of a stateless fingerprint already observed, or null (never seen, or evicted). Not a
   * pure lookup: a template is matched against patterns learned since it arrived, and groups that now
   * read alike are joined (see canonical); the owner stores that with its next write.
   */
  Node group(String template) {
    Node known = templates.get(template);
    if (known == null) {
      Node g = matchLearned(template);
      return g == null ? null : canonical(g);
    }
    if (known.tokens != null) {
      rematch(known);
    }
    Node root = find(known);
    if (known.tokens != null && known.vocabularyChecked < vocabularyVersion) {
      applyVocabulary(known);
      root = find(known);
    }
    return canonical(root);
  }

  /**
   * The learned pattern an unknown template matches, without storing it: a template evicted by a
   * storm of distinct values (more than the templates kept) still answers with its group.
   */
  private Node matchLearned(String template) {
    int cut = protectedTail(template);
    String suffix = template.substring(cut);
    String[] tokens = cut == 0 ? new String[0] : template.substring(0, cut).split(" ", -1);
    long[] known = layouts.get(tokens.length * 31L + suffix.hashCode());
    if (known == null || tokens.length < 3 || tokens.length > MAX_TOKENS) {
      return null;
    }
    long[] wild = new long[tokens.length];
    long base = base(tokens, suffix, wild);
    for (long w : known) {
      Node g = learned.get(keyOf(base, wild, w));
      if (g != null) {
        return find(g);
      }
    }
    Node g = matchCopies(tokens, suffix);
    return g == null ? null : find(g);
  }

  /** The pattern of the repeats view (see {@link Repeats}) a template matches. */
  private Node matchCopies(String[] tokens, String suffix) {
    long[] known = layouts.get(copiesLayout(tokens.length, suffix));
    if (known == null) {
      return null;
    }
    String[] keyed = Repeats.of(tokens);
    if (keyed == tokens) {
      return null;
    }
    long[] wild = new long[keyed.length];
    long base = base(keyed, suffix, wild);
    for (long w : known) {
      Node g = learned.get(copiesKey(tokens, keyed, base, wild, w));
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  /**
   * The key of the repeats view with the single position of {@code w} variable: the rest of that
   * token (what its copies do not repeat) stays part of the key, so "pod/search-jnvmgb" copied
   * only as "search" is not one value.
   */
  private static long copiesKey(String[] tokens, String[] keyed, long base, long[] wild, long w) {
    int j = Long.numberOfTrailingZeros(w);
    if (j >= tokens.length) {
      return 0;
    }
    String[] split = Repeats.split(tokens, j, Repeats.copiesOf(tokens, keyed, j));
    return keyOf(base, wild, w) + mix(split[0].hashCode() * 0x9E3779B97F4A7C15L + 0x7F4A7C15L);
  }

  private static long copiesLayout(int n, String suffix) {
    return mix(n * 31L + suffix.hashCode() + 0x3C6EF372FE94F82BL);
  }

  /**
   * A template seen before a pattern was learned joins the learned pattern it matches now: without
   * this, lines that arrived early would keep their own id after their message was learned. Every
   * layout is tried again, not only those learned since: a layout is shared by all messages of a
   * length, so a message's own pattern often arrives under a layout another message taught.
   */
  private void rematch(Node node) {
    if (node.patternsChecked == patterns) {
      return;
    }
    node.patternsChecked = patterns;
    Node copied = find(node) == node ? matchCopies(node.tokens, node.suffix) : null;
    if (copied != null) {
      union(node, copied);
    }
    long[] known = find(node) == node ? layouts.get(node.layoutKey) : null;
    if (known != null) {
      long[] wild = new long[node.tokens.length];
      long base = base(node.tokens, node.suffix, wild);
      for (long w : known) {
        Node g = learned.get(keyOf(base, wild, w));
        if (g != null) {
          union(node, g);
          break;
        }
      }
    }
    // in a group already, or its own pattern learned only its hosts ("GitHub Desktop.exe <*> - <*>"): a name
    // with spaces still meets the program's pattern, which is another length's
    Node run = matchRun(node);
    if (run != null) {
      union(node, run);
    }
  }

  /**
   * The learned pattern a template matches once a run of two to four tokens is read as one value of a
   * learned variable: a name with spaces ("GitHub Desktop.exe *64 - ..." where "chrome.exe - ..." taught
   * the program, "Sandbox: Google Chrome Helper(9993) ..."). Precision first: the run ends in a name with
   * an extension or a bracket, or in a masked value, and its other tokens are capitalised words of a name
   * ("invalid user <*>" is no name: "Failed password for invalid user" stays apart from "... for root").
   */
  private Node matchRun(Node node) {
    String[] t = node.tokens;
    int n = t.length;
    if (n > 32) {
      return null;
    }
    for (int p = 0; p + 1 < n; p++) {
      for (int d = 2; d <= 4 && p + d <= n; d++) {
        String last = t[p + d - 1];
        // a name's last word is capitalised too ("Desktop.exe", "Helper(9993)"): "Service Account svc.jenkins" and
        // "Billing API invoices.write" name a kind of account or API, then the account
        boolean name = (last.equals(ANY) || ((last.indexOf('.') > 0 || last.indexOf('(') > 0)
            && last.charAt(0) >= 'A' && last.charAt(0) <= 'Z')) && runWords(t, p, p + d - 1);
        // "chrome.exe *64 - ...": a learnable value and the masked value after it, where a learned
        // variable stands alone ("Dropbox.exe - ..."); only a learned variable takes it
        boolean value = d == 2 && last.equals(ANY) && learnable(t[p]);
        if (!name && !value) {
          continue;
        }
        long[] known = layouts.getOrDefault((n - d + 1) * 31L + node.suffix.hashCode(), NONE);
        if (known.length == 0 && !(name && last.equals(ANY))) {
          continue;
        }
        String[] shorter = new String[n - d + 1];
        System.arraycopy(t, 0, shorter, 0, p);
        shorter[p] = ANY;
        System.arraycopy(t, p + d, shorter, p + 1, n - p - d);
        long[] wild = new long[shorter.length];
        long base = base(shorter, node.suffix, wild);
        // words before a masked value ("Service Account 4412") meet a learned variable only as a value does
        boolean learnedOnly = !(name && last.equals(ANY)) || value;
        for (long w : learnedOnly ? known : NONE) {
          Node g = (w & 1L << p) != 0 ? learned.get(keyOf(base, wild, w)) : null;
          if (g != null) {
            return g;
          }
        }
        for (long w : learnedOnly ? known : NONE) {
          // the group may have learned the run's position and the others along different paths (each
          // program its hosts, each host its programs): a group that reads like it then is its group
          String text = new Node(null, "", shorter, node.suffix, 0, w | 1L << p).text();
          Node g = byText.get(text);
          if (g != null && find(g).text().equals(text)) {
            return find(g);
          }
        }
        if (name && last.equals(ANY)) {
          // "Sandbox: Google Chrome <*> mach-lookup <*>" (the masker took "Helper(9993) deny(1)" as one value)
          // beside "Sandbox: <*> mach-lookup <*>": the name's words join the value after them
          Node plain = constants(shorter, 0) >= 2 ? templates.get(String.join(" ", shorter) + node.suffix) : null;
          if (plain != null && plain != node) {
            return find(plain);
          }
        }
      }
    }
    return null;
  }

  /** Words of a proper name: capitalised, letters and digits only ("Adobe Desktop", "GitHub"), no error word. */
  private static boolean runWords(String[] t, int from, int to) {
    for (int q = from; q < to; q++) {
      String w = t[q];
      if (w.length() < 2 || !(w.charAt(0) >= 'A' && w.charAt(0) <= 'Z') || Shapes.holdsErrorConstant(w)) {
        return false;
      }
      for (int i = 1; i < w.length(); i++) {
        if (!Shapes.letter(w.charAt(i)) && !Shapes.digit(w.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private static long base(String[] tokens, String suffix, long[] wild) {
    int n = tokens.length;
    long base = mix(n * 0x9E3779B97F4A7C15L ^ suffix.hashCode() * 0xC2B2AE3D27D4EB4FL);
    for (int p = 0; p < n; p++) {
      long h = tokens[p].hashCode() * 0x9E3779B97F4A7C15L + tokens[p].length();
      long g = mix(p * 0xD6E8FEB86659FD93L + h);
      wild[p] = mix(p * 0xD6E8FEB86659FD93L + WILD) - g;
      base += g;
    }
    return base;
  }

  /** Whether a template other than one more value of a learned pattern was added since {@link #export}. */
  boolean changed() {
    return changed;
  }

  /** The most recent templates in arrival order, each with its group's id (see {@link TemplateStates}). */
  List<TemplateStates.Entry> export(int max) {
    List<Node> recent = new ArrayList<>(Math.min(max, templates.size()));
    int skip = templates.size() - max;
    for (Node n : templates.values()) {
      if (skip-- <= 0 && !n.absorbed) {
        recent.add(n);
      }
    }
    recent.sort(java.util.Comparator.comparingLong(n -> n.seq));
    List<TemplateStates.Entry> out = new ArrayList<>(recent.size());
    for (Node n : recent) {
      out.add(new TemplateStates.Entry(n.template, find(n).id));
    }
    changed = false;
    return out;
  }

  /** Replays exported templates: each joins under its stored group id, and learning is rebuilt. */
  void restore(List<TemplateStates.Entry> entries) {
    for (TemplateStates.Entry e : entries) {
      observe(new Fingerprint(e.groupId(), e.template()));
    }
    changed = false;
  }

  private Node learn(Fingerprint f) {
    String template = f.template();
    int cut = protectedTail(template);
    String head = template.substring(0, cut);
    String suffix = template.substring(cut);
    String[] tokens = head.isEmpty() ? new String[0] : head.split(" ", -1);
    int n = tokens.length;
    if (n < 3 || n > MAX_TOKENS) {
      return new Node(f.id(), template, null, "", seq++, 0);
    }
    Node node = new Node(f.id(), template, tokens, suffix, seq++, 0);
    long[] h = new long[n];
    long[] wild = new long[n];
    long base = base(tokens, suffix, wild);
    for (int p = 0; p < n; p++) {
      h[p] = tokens[p].hashCode() * 0x9E3779B97F4A7C15L + tokens[p].length();
    }
    long layoutKey = n * 31L + suffix.hashCode();
    node.layoutKey = layoutKey;
    long[] known = layouts.getOrDefault(layoutKey, new long[0]);
    node.patternsChecked = -1; // matched against the learned layouts here, against runs (see matchRun) when asked
    // a learned pattern it matches: it joins that group at once.
    // levels: the template itself, and each learned layout it matches; also layouts it does not
    // match, but only into slots a matching template opened (one position away from a
    // learned pattern), so a layout learned for one message never spreads to an unrelated one
    long[] levels = new long[known.length + 1];
    boolean[] open = new boolean[known.length + 1];
    int nLevels = 1;
    open[0] = true;
    for (long w : known) {
      Node g = learned.get(keyOf(base, wild, w));
      if (g != null) {
        union(node, g);
        remember(node, w);
        node.absorbed = true;
        open[nLevels] = true;
        levels[nLevels++] = w;
      } else {
        levels[nLevels++] = w;
      }
    }
    int constants = 0;
    boolean[] learnable = new boolean[n];
    for (int p = 0; p < n; p++) {
      learnable[p] = (learnable(tokens[p]) || siteCode(tokens, p) || capsCode(tokens, p) || titleName(tokens, p))
          && !namedAsCode(tokens, p)
          && !(p == 1 && programTag(tokens));
      constants += tokens[p].equals(ANY) ? 0 : 1;
    }
    learnRare(node, h, base, wild, learnable, layoutKey);
    for (int level = 0; level < nLevels; level++) {
      long w = levels[level];
      int fixed = constants - Long.bitCount(w);
      for (int j = 0; j < n; j++) {
        // a short message ("<*> startup succeeded") learns only values that look like names of
        // things (android.intent.action.SCREEN_ON, host.example.com), never plain words
        boolean shortOne = fixed - 1 == MIN_CONSTANTS - 1;
        if (!learnable[j] || (w & 1L << j) != 0 || fixed - 1 < MIN_CONSTANTS - 1 || (shortOne && !dotted(tokens[j]))) {
          continue;
        }
        long m = w | 1L << j;
        long key = keyOf(base, wild, m);
        // the slot also names the position whose values it counts: {host, proxy} reached from the
        // host layout counts proxies, reached from another layout it would count hosts
        long slotKey = key ^ mix(0x632BE59BD9B4E019L + j);
        Slot s = slots.get(slotKey);
        if (s == null && !open[level]) {
          continue;
        }
        Node g = vote(s, slotKey, node, h[j], componentName(tokens, j), key, layoutKey, m, m);
        if (g != null) {
          // "chrome.exe *64 - <*>" and "chrome.exe - <*>": once learned, a run of variables is one
          // variable, as in the stateless masker, so the two lengths meet in one group
          addCollapsed(collapsed(tokens, m, suffix), g);
        }
      }
    }
    Node collapsedGroup = collapsedPatterns.get(template);
    if (collapsedGroup != null) {
      union(node, collapsedGroup);
      node.absorbed = true;
    }
    learnCopies(node, h);
    applyVocabulary(node);
    return node;
  }

  private static long vocabularyKey(String before, int a, int e, String value) {
    return mix(contextKey(before, a, e) * 31 + value.hashCode());
  }

  private static long contextKey(String before, int a, int e) {
    long h = 0x6A09E667F3BCC909L;
    for (int i = a; i < e; i++) {
      h = (h ^ WordSet.lowerAscii(before.charAt(i))) * 0x100000001B3L;
    }
    return h;
  }

  /**
   * Whether any plain value after this word is a variable: k distinct values were learned after it
   * in the service's messages, and it is a noun-like word ("user", "tenant", "region"), not one of
   * the function words ("for", "to", "from") that precede anything.
   */
  private boolean variableContext(String before, int a, int e) {
    long[] seen = contexts.get(contextKey(before, a, e));
    return seen != null && seen[k] >= k && !FUNCTION_WORDS.contains(before, a, e);
  }

  /** The letters of the last word of a token, as [start, end), or null when it has none. */
  private static int[] lastWord(String t) {
    int e = t.length();
    while (e > 0 && !Shapes.letter(t.charAt(e - 1))) {
      e--;
    }
    int a = e;
    while (a > 0 && Shapes.letter(t.charAt(a - 1))) {
      a--;
    }
    return a < e && e - a >= 2 ? new int[] {a, e} : null;
  }

  /** The token without what surrounds its first and last letter, as (start << 32 | end). */
  private static long letterCore(String t) {
    int a = 0;
    int z = t.length();
    while (a < z && !Shapes.letter(t.charAt(a))) {
      a++;
    }
    while (z > a && !Shapes.letter(t.charAt(z - 1))) {
      z--;
    }
    return (long) a << 32 | z;
  }

  /** A plain value: letters only once quotes and punctuation around it are taken off. */
  private static String plainValue(String t) {
    long core = letterCore(t);
    int a = (int) (core >>> 32);
    int z = (int) core;
    if (z - a < 2 || z - a > 32 || (a > 0 && Character.isLetterOrDigit(t.charAt(a - 1)))) {
      return null;
    }
    for (int i = a; i < z; i++) {
      if (!Shapes.letter(t.charAt(i))) {
        return null;
      }
    }
    return t.substring(a, z);
  }

  /** Records the values at the learned positions of a template, by the word before each. */
  private void remember(Node member, long positions) {
    String[] tokens = member.tokens;
    if (tokens == null) {
      return;
    }
    for (long m = positions; m != 0; m &= m - 1) {
      int p = Long.numberOfTrailingZeros(m);
      if (p == 0 || p >= tokens.length) {
        continue;
      }
      String value = plainValue(tokens[p]);
      int[] w = lastWord(tokens[p - 1]);
      if (value == null || w == null || !learnable(tokens[p])) {
        continue;
      }
      if (vocabulary.put(vocabularyKey(tokens[p - 1], w[0], w[1], value), Boolean.TRUE) == null) {
        size++;
        vocabularyVersion++;
        long ck = contextKey(tokens[p - 1], w[0], w[1]);
        long[] seen = contexts.get(ck);
        if (seen == null) {
          seen = new long[k + 1];
          contexts.put(ck, seen);
          size++;
        }
        long v = value.hashCode() * 0x9E3779B97F4A7C15L;
        if (seen[k] < k && !contains(seen, (int) seen[k], v)) {
          seen[(int) seen[k]++] = v;
        }
      }
    }
  }

  /**
   * Masks the values the vocabulary knows after their word, and joins the template with the others
   * that read the same once masked: "render failed for user kenji" meets "... for user bob" when
   * kenji and bob were learned as users elsewhere in the service.
   */
  private void applyVocabulary(Node node) {
    node.vocabularyChecked = vocabularyVersion;
    String[] tokens = node.tokens;
    if (tokens == null || vocabulary.isEmpty()) {
      return;
    }
    StringBuilder b = null;
    for (int p = 1; p < tokens.length; p++) {
      String value = plainValue(tokens[p]);
      int[] w = value == null ? null : lastWord(tokens[p - 1]);
      boolean known = w != null && learnable(tokens[p]) && !namedAsCode(tokens, p)
          && (vocabulary.containsKey(vocabularyKey(tokens[p - 1], w[0], w[1], value))
              || (!componentName(tokens[p]) && variableContext(tokens[p - 1], w[0], w[1])));
      if (known && b == null) {
        b = new StringBuilder(node.template.length());
        for (int q = 0; q < p; q++) {
          b.append(q == 0 ? "" : " ").append(tokens[q]);
        }
      }
      if (b != null) {
        b.append(" ");
        if (known) {
          masked(tokens[p], b);
        } else {
          b.append(tokens[p]);
        }
      }
    }
    if (b == null) {
      return;
    }
    String text = b.append(node.suffix).toString();
    Node other = vocabularyPatterns.get(text);
    if (other == null) {
      vocabularyPatterns.put(text, node);
      size++;
    } else {
      union(node, other);
    }
  }

  /**
   * The one-position evidence again, on the repeats view: a value written twice ("user oscar ...
   * oscar@orders") is one position there, its copies follow it. Only positions that have copies
   * are counted (the plain view counts the rest), and the copies are masked with the value.
   */
  private void learnCopies(Node node, long[] h) {
    String[] keyed = Repeats.of(node.tokens);
    if (keyed == node.tokens) {
      return;
    }
    int n = keyed.length;
    long layoutKey = copiesLayout(n, node.suffix);
    long[] known = layouts.getOrDefault(layoutKey, new long[0]);
    long[] wild = new long[n];
    long base = base(keyed, node.suffix, wild);
    for (long w : known) {
      Node g = learned.get(copiesKey(node.tokens, keyed, base, wild, w));
      if (g != null) {
        union(node, g);
        node.absorbed = true;
        return;
      }
    }
    for (int j = 0; j < n; j++) {
      long copies = Repeats.copiesOf(node.tokens, keyed, j);
      if (copies == 0 || !learnable(keyed[j]) || namedAsCode(keyed, j) || (j == 1 && programTag(keyed))
          || Repeats.isCopy(keyed[j]) || constants(keyed, copies | 1L << j) < MIN_CONSTANTS) {
        continue;
      }
      long m = 1L << j;
      long key = copiesKey(node.tokens, keyed, base, wild, m);
      long slotKey = key ^ mix(0x1B873593L + j);
      long value = Repeats.split(node.tokens, j, copies)[1].hashCode() * 0x9E3779B97F4A7C15L;
      vote(slots.get(slotKey), slotKey, node, value, componentName(keyed, j), key, layoutKey, m, m | copies);
    }
  }

  /**
   * One template's value for a slot (created when null). At the k-th distinct value the position is
   * learned: the pattern (shown with {@code shown} masked) is stored under {@code key}, its layout
   * kept, and the templates that voted join it. Returns the pattern when this vote learned it.
   */
  private Node vote(Slot s, long slotKey, Node node, long value, boolean component, long key, long layoutKey, long layout, long shown) {
    if (s == null) {
      s = new Slot(k);
      slots.put(slotKey, s);
      size++;
    }
    if (s.learned != null) {
      union(node, s.learned);
      remember(node, layout);
      return null;
    }
    if (s.members.size() < MAX_MEMBERS) {
      s.members.add(node);
    }
    if (contains(s.values, s.count, value)) {
      return null;
    }
    s.values[s.count++] = value;
    s.components |= component;
    if (s.count < k + (s.components ? 1 : 0)) {
      return null;
    }
    Node g = new Node(null, node.template, node.tokens, node.suffix, Long.MAX_VALUE, shown);
    s.learned = g;
    learned.put(key, g);
    patterns++;
    size++;
    addLayout(layoutKey, layout);
    for (Node member : s.members) {
      union(member, g);
      remember(member, layout);
    }
    s.members.clear();
    return g;
  }

  /** Words left when the positions of {@code mask} are variables. */
  private static int constants(String[] tokens, long mask) {
    int words = 0;
    for (int p = 0; p < tokens.length; p++) {
      if ((p >= 64 || (mask & 1L << p) == 0) && !tokens[p].equals(ANY) && !Repeats.isCopy(tokens[p])
          && Shapes.hasLetter(tokens[p], 0, tokens[p].length())) {
        words++;
      }
    }
    return words;
  }

  /**
   * Brain's longest common pattern, online: the tokens of a template that many templates of its
   * length share are its constants (those as frequent as its most frequent token), the others its
   * candidate variables. Templates that agree on every constant form a group,
   * and each rare position counts its values there; the positions that have shown k distinct values
   * become variables together, while a position with fewer keeps its value as a constant (a closed
   * set: category, verb, reason). This learns lines where several digit-free variables change at
   * once ("denied frank access to eu.example.com (category gambling, rule block-gambling)"), which
   * the one-position evidence never sees. Precision first: words that name code or a condition are
   * never rare positions (see {@link #learnable}), and at least {@link #MIN_CONSTANTS} constant words
   * must remain (one fewer when the variables are dotted names).
   */
  private void learnRare(Node node, long[] h, long base, long[] wild, boolean[] learnable, long layoutKey) {
    String[] tokens = node.tokens;
    int n = tokens.length;
    int[] f = new int[n];
    int most = 0;
    for (int p = 0; p < n; p++) {
      if (tokens[p].equals(ANY)) {
        continue;
      }
      long key = mix(layoutKey * 0x9E3779B97F4A7C15L + p) ^ h[p];
      int[] c = frequencies.get(key);
      if (c == null) {
        c = new int[1];
        frequencies.put(key, c);
        size++;
      }
      f[p] = ++c[0];
      most = Math.max(most, f[p]);
    }
    long m = 0;
    for (int p = 0; p < n; p++) {
      if (learnable[p] && f[p] < most) {
        m |= 1L << p;
      }
    }
    if (m == 0) {
      return;
    }
    long groupKey = keyOf(base, wild, m) ^ mix(0x5851F42D4C957F2DL + m);
    Group g = groups.get(groupKey);
    if (g == null) {
      g = new Group(m, k);
      groups.put(groupKey, g);
      size++;
    }
    if (g.members.size() < MAX_MEMBERS) {
      g.members.add(node);
    }
    long varying = 0;
    for (int i = 0; i < g.positions.length; i++) {
      int p = g.positions[i];
      long v = h[p];
      int from = i * 2 * k;
      if (contains(g.values, from, g.counts[i], v)) {
        g.repeated |= 1L << p;
      } else if (g.counts[i] < 2 * k) {
        g.values[from + g.counts[i]++] = v;
      }
      if (!dotted(tokens[p])) {
        g.plain |= 1L << p;
      }
      if (g.counts[i] >= k) {
        varying |= 1L << p;
      }
    }
    if (varying == 0) {
      return;
    }
    if (g.mask != 0 && (varying & g.mask) == g.mask && varying != g.mask && !saturated(g, varying & ~g.mask)) {
      // a position that stayed under k values while the learned ones reached k is a closed set (a reason,
      // a format, a verb) until it shows 2k: "Login failed for user <*> (reason expired)" stays its reason
      varying = g.mask;
    }
    if (varying == g.mask) {
      // learned before: this template joins the pattern of its own constants
      if (!alike(g.reference, tokens, varying)) {
        return;
      }
      union(node, pattern(node, varying, layoutKey));
      remember(node, varying);
      return;
    }
    // several positions at once only on evidence that they vary independently (a value came back
    // with other values elsewhere, or each has shown 2k values): "mapred.job.id is deprecated.
    // Instead, use mapreduce.job.id" changes two names in lock-step, one message per key, and in
    // "Login failed for user leah (reason expired)" three reasons beside three users are three failures
    if (Long.bitCount(varying) > 1 && (varying & g.repeated) == 0 && !saturated(g, varying)) {
      return;
    }
    int words = 0;
    for (int p = 0; p < n; p++) {
      if ((varying & 1L << p) == 0 && !tokens[p].equals(ANY) && Shapes.hasLetter(tokens[p], 0, tokens[p].length())) {
        words++;
      }
    }
    if (words < MIN_CONSTANTS - ((varying & g.plain) == 0 ? 1 : 0)) {
      return;
    }
    g.mask = varying;
    g.reference = tokens;
    addLayout(layoutKey, varying);
    for (Node member : g.members) {
      if (!alike(tokens, member.tokens, varying)) {
        continue;
      }
      union(member, pattern(member, varying, layoutKey));
      remember(member, varying);
    }
    if (g.members.size() >= MAX_MEMBERS) {
      union(node, pattern(node, varying, layoutKey));
      remember(node, varying);
    }
  }

  /**
   * Whether a template reads like the one that learned its group: outside the learned positions it
   * has at least half of that one's words, in place. A group is keyed by its frequent
   * tokens only; when one token is in every message of a length ("device (<*>): ..."), the others all
   * look rare, and an unrelated message of that length would take what the group learned.
   */
  private static boolean alike(String[] a, String[] b, long varying) {
    int words = 0;
    int same = 0;
    for (int p = 0; p < a.length; p++) {
      if ((p < 64 && (varying & 1L << p) != 0) || !Shapes.hasLetter(a[p], 0, a[p].length())) {
        continue;
      }
      words++;
      same += a[p].equals(b[p]) ? 1 : 0;
    }
    return same > 0 && 2 * same >= words;
  }

  private boolean saturated(Group g, long varying) {
    for (int i = 0; i < g.positions.length; i++) {
      if ((varying & 1L << g.positions[i]) != 0 && g.counts[i] < 2 * k) {
        return false;
      }
    }
    return true;
  }

  /** The learned pattern of a template with the positions of mask variable (made on first use). */
  private Node pattern(Node node, long mask, long layoutKey) {
    long[] wild = new long[node.tokens.length];
    long key = keyOf(base(node.tokens, node.suffix, wild), wild, mask);
    Node pattern = learned.get(key);
    if (pattern == null) {
      pattern = new Node(null, node.template, node.tokens, node.suffix, Long.MAX_VALUE, mask);
      learned.put(key, pattern);
      patterns++;
      size++;
      addCollapsed(collapsed(node.tokens, mask, node.suffix), pattern);
    }
    return pattern;
  }

  /**
   * "chrome.exe *64 - <*>" and "chrome.exe - <*>": once learned, a run of variables is one variable,
   * as in the stateless masker, so the two lengths meet in one group.
   */
  private void addCollapsed(String c, Node g) {
    Node same = collapsedPatterns.putIfAbsent(c, g);
    if (same == null) {
      size++;
    } else {
      union(g, same);
    }
    // the masker already wrote a run of variables as one: "invalid user test123 10.0.0.1 port"
    // reads "user <*> port" and belongs here too
    Node plain = templates.get(c);
    if (plain != null) {
      union(g, plain);
    }
  }


  private static boolean contains(long[] values, int from, int count, long v) {
    for (int i = from; i < from + count; i++) {
      if (values[i] == v) {
        return true;
      }
    }
    return false;
  }

  private void addLayout(long layoutKey, long m) {
    long[] old = layouts.getOrDefault(layoutKey, new long[0]);
    for (long x : old) {
      if (x == m) {
        return;
      }
    }
    if (old.length >= MAX_LAYOUTS) {
      return;
    }
    long[] grown = java.util.Arrays.copyOf(old, old.length + 1);
    grown[old.length] = m;
    if (old.length == 0) {
      size++;
    }
    layouts.put(layoutKey, grown);
  }

  private static long keyOf(long base, long[] wild, long mask) {
    long key = base;
    for (long m = mask; m != 0; m &= m - 1) {
      key += wild[Long.numberOfTrailingZeros(m)];
    }
    return key;
  }

  private static boolean contains(long[] values, int count, long v) {
    for (int i = 0; i < count; i++) {
      if (values[i] == v) {
        return true;
      }
    }
    return false;
  }

  static Node find(Node n) {
    Node root = n;
    while (root.parent != null) {
      root = root.parent;
    }
    while (n.parent != null && n.parent != root) {
      Node next = n.parent;
      n.parent = root;
      n = next;
    }
    return root;
  }

  /** The earlier template names the merged group: ids already handed out stay valid. */
  private static void union(Node a, Node b) {
    Node ra = find(a);
    Node rb = find(b);
    if (ra == rb) {
      return;
    }
    Node root = ra.seq <= rb.seq ? ra : rb;
    Node other = root == ra ? rb : ra;
    other.parent = root;
    if (root.tokens != null && other.tokens != null && root.tokens.length == other.tokens.length) {
      root.mask |= other.mask;
      root.text = null;
    }
    if (root.pinned != null || other.pinned != null
        || (root.tokens != null && other.tokens != null && root.tokens.length != other.tokens.length)) {
      // groups of two lengths ("chrome.exe *64 - <*>", "chrome.exe - <*>"): the group reads as
      // the more general of the two, runs of variables collapsed
      String mine = collapse(root.text());
      String theirs = collapse(other.text());
      root.pinned = count(theirs) > count(mine) ? theirs : mine;
    }
  }

  private static String collapse(String text) {
    String pair = ANY + " " + ANY;
    String out = text;
    while (out.contains(pair)) {
      out = out.replace(pair, ANY);
    }
    return out;
  }

  private static int count(String text) {
    int n = 0;
    for (int i = text.indexOf(ANY); i >= 0; i = text.indexOf(ANY, i + 1)) {
      n++;
    }
    return n;
  }

  /** A name with inner punctuation: a dotted, dashed or pathed identifier. */
  static boolean dotted(String t) {
    for (int i = 1; i < t.length() - 1; i++) {
      char c = t.charAt(i);
      if (c == '.' || c == '_' || c == '-' || c == '/' || c == '@') {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the part that may never become a variable starts: stack frames and the root cause of a
   * trace ("| at ...", "| caused by ...") name the code that failed. A head longer than MAX_TOKENS
   * tokens is cut there too: its first tokens are learned, the rest must match as it is (a
   * "Duplicate entry 'search'" before a long SQL statement).
   */
  static int protectedTail(String template) {
    int at = template.indexOf(" | at ");
    int cause = template.indexOf(" | caused by ");
    int cut = template.length();
    if (at >= 0) {
      cut = at;
    }
    if (cause >= 0 && cause < cut) {
      cut = cause;
    }
    int tokens = 1;
    for (int i = template.indexOf(' '); i >= 0 && i < cut; i = template.indexOf(' ', i + 1)) {
      if (++tokens > MAX_TOKENS) {
        return i;
      }
    }
    return cut;
  }

  /**
   * Whether the word before position p says the token names code: "(reading 'id')", "Undefined
   * array key "email"", "constraint "orders_pkey"", "No module named 'requests'". Three such names
   * are three lines of code failing, not one variable.
   */
  static boolean namedAsCode(String[] tokens, int p) {
    if (followedByCodePhrase(tokens, p)) {
      return true;
    }
    if (p == 0) {
      return false;
    }
    if (p >= 2 && tokens[p - 1].equals("named")) {
      p--; // "No module named 'requests'"
    }
    int[] w = lastWord(tokens[p - 1]);
    return w != null && CODE_WORDS.contains(tokens[p - 1], w[0], w[1]);
  }

  /** Whether the words after position p are a runtime's phrase about a name of code (see code-after). */
  static boolean followedByCodePhrase(String[] tokens, int p) {
    if (p + 1 >= tokens.length || !CODE_AFTER_FIRST.contains(tokens[p + 1], 0, tokens[p + 1].length())) {
      return false; // the word after it starts no phrase: one lookup for most tokens
    }
    for (String[] phrase : CODE_AFTER) {
      if (p + phrase.length >= tokens.length) {
        continue;
      }
      boolean all = true;
      for (int i = 0; i < phrase.length && all; i++) {
        String t = tokens[p + 1 + i];
        long core = letterCore(t);
        int a = (int) (core >>> 32);
        int z = (int) core;
        all = z - a == phrase[i].length() && t.regionMatches(true, a, phrase[i], 0, z - a);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * "<*> telegraf: connection refused": the tag after a masked header names the program that speaks
   * (syslog's "host program[pid]:" with the host masked), so three programs are three failures.
   */
  static boolean programTag(String[] tokens) {
    if (tokens.length < 3 || !tokens[0].equals(ANY)) {
      return false;
    }
    String t = tokens[1];
    int end = t.endsWith("[" + ANY + "]:") ? t.length() - ANY.length() - 3 : t.length() - 1;
    return end >= 2 && t.charAt(t.length() - 1) == ':' && Shapes.programName(t, 0, end, true);
  }

  /**
   * A dashed name of words without dots or digits ("payments-db", "auth-service"): how services
   * and dependencies are named. Three of them failing alike are more often three failures than one
   * variable, so such a position waits for one more value. Host names (dotted) and generated names
   * (with digits) do not. Not even before a trace: "Call to payments-api failed" and "... search-api
   * ..." over one ReadTimeout are two dependencies failing, for two owners.
   */
  static boolean componentName(String t) {
    long core = letterCore(t);
    int a = (int) (core >>> 32);
    int z = (int) core;
    boolean dash = false;
    for (int i = a; i < z; i++) {
      char c = t.charAt(i);
      if (c == '-') {
        dash = true;
      } else if (!Shapes.letter(c)) {
        return false;
      }
    }
    return dash;
  }

  /**
   * Whether the dashed name at p waits for a fourth value (see componentName). Not when the word before it is a noun
   * of its kind ("store device-counts-store", "thing boiler-room-gateway", see kindNoun): names of a kind that the
   * code handles alike are values, learned at three like any word.
   */
  static boolean componentName(String[] tokens, int p) {
    return componentName(tokens[p]) && (p == 0 || !kindNoun(tokens[p - 1]));
  }

  /**
   * "for site R1204", "store S0231": a short code of capitals then digits right after a noun of its kind (see
   * kindNoun) is a value of that kind, learned on evidence like a name (the masker keeps it: "error E11000" is a code).
   */
  static boolean siteCode(String[] tokens, int p) {
    if (p == 0) {
      return false;
    }
    String t = tokens[p];
    int z = t.length();
    while (z > 0 && ",;:.)".indexOf(t.charAt(z - 1)) >= 0) {
      z--;
    }
    int letters = 0;
    while (letters < z && t.charAt(letters) >= 'A' && t.charAt(letters) <= 'Z') {
      letters++;
    }
    return letters >= 1 && letters <= 3 && z - letters >= 2 && z - letters <= 6 && Shapes.digits(t, letters, z)
        && kindNoun(tokens[p - 1]);
  }

  /**
   * "feeder Millbrook", "region Northwest": a capitalised word after a lower-case noun of its kind is a name of that
   * kind, learned on evidence like a name in lower case. After a noun of the code's states ("phase Pending", words
   * statenoun) it is a state, and elsewhere a capitalised word is as often one ("Started", "Paused").
   */
  static boolean titleName(String[] tokens, int p) {
    if (p == 0 || tokens[p - 1].isEmpty() || tokens[p - 1].charAt(0) < 'a' || !kindNoun(tokens[p - 1])
        || STATE_NOUNS.contains(tokens[p - 1], 0, tokens[p - 1].length())) {
      return false;
    }
    String t = tokens[p];
    long span = trimmed(t, "\"'`([", ",;:.)]\"'`");
    int a = (int) (span >>> 32);
    int z = (int) span;
    if (z - a < 4 || z - a > 20 || t.charAt(a) < 'A' || t.charAt(a) > 'Z') {
      return false;
    }
    for (int i = a + 1; i < z; i++) {
      if (t.charAt(i) < 'a' || t.charAt(i) > 'z') {
        return false;
      }
    }
    return !FAILURE_WORDS.contains(t, a, z);
  }

  /**
   * A code in capitals, quoted or with a dash, right after a noun of its kind ("registration 'HB-JXB'", "queue
   * manager 'QMCRWDR'", "aircraft G-UZHA"): an aircraft, a queue manager, learned on evidence like a name. Not an HTTP
   * method, an error constant (a word of failure in it, words failureconstant) or a constant of several words
   * ("READ_ONLY").
   */
  static boolean capsCode(String[] tokens, int p) {
    if (p == 0 || !kindNoun(tokens[p - 1])) {
      return false;
    }
    String t = tokens[p];
    long span = trimmed(t, "\"'`([", ",;:.)]\"'`");
    int a = (int) (span >>> 32);
    int z = (int) span;
    int dash = t.indexOf('-', a);
    dash = dash >= z ? -1 : dash;
    for (int i = a; i < z; i++) {
      char c = t.charAt(i);
      if ((c < 'A' || c > 'Z') && i != dash) {
        return false;
      }
    }
    int n = z - a;
    if (n < 2 || n > 8 || (dash >= 0 && (dash == a || dash == z - 1)) || HTTP_METHODS.contains(t, a, z)) {
      return false;
    }
    if (a == 0 && dash < 0) {
      // bare capitals after a noun are as often a closed set of the code's constants (Envoy's "flag UF", ACPI's
      // "table FADT", a wait "event IO"): only a quoted code, or one with a dash ("G-UZHA"), is taken for a value
      return false;
    }
    return !Shapes.containsAny(t.substring(a, z), FAILURE_CONSTANT_WORDS); // the code is in capitals already
  }

  /**
   * Whether a word says what kind of thing the name after it is: a noun in lower case, capitalised at most (it may
   * open the message or a quote: "Vendor "saltmarsh-linen" has no ..."). Not a function word ("waiting for
   * payments-db"), a verb of calling ("error calling ledger-api", "-ing", "-ed", words callverb), a word for a service
   * or a store ("service search-api", words componentword) or a word of failure ("error E11000", words failurekeyword).
   */
  static boolean kindNoun(String word) {
    int a = 0;
    int z = word.length();
    while (a < z && "\"'([".indexOf(word.charAt(a)) >= 0) {
      a++;
    }
    int n = z - a;
    if (n < 3 || FUNCTION_WORDS.contains(word, a, z) || COMPONENT_WORDS.contains(word, a, z) || CALL_VERBS.contains(word, a, z)
        || FAILURE_WORDS.contains(word, a, z) || (n >= 6 && word.endsWith("ing")) || (n >= 5 && word.endsWith("ed"))) {
      return false;
    }
    for (int i = a; i < z; i++) {
      char c = word.charAt(i);
      if ((c < 'a' || c > 'z') && !(i == a && c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }

  static boolean learnable(String t) {
    int comma = t.indexOf(',');
    if (comma > 0 && comma < t.length() - 1 && Shapes.letter(t.charAt(comma + 1))
        && Shapes.wordChars(t, comma + 1, t.length(), "_") && !Shapes.holdsErrorConstant(t)) {
      // "com.huawei.bone,isAllow = true": a value glued to the next key by its comma is the value
      return learnable(t.substring(0, comma));
    }
    if (capsValue(t)) {
      return true;
    }
    if (t.isEmpty() || t.equals(ANY) || (t.length() <= 12 && Shapes.hasDigit(t, 0, t.length()) && !versioned(t))
        || keptNumberedName(t)) {
      // the masker masks every token with a digit except short codes it keeps on purpose ("status
      // code 429", E11000, "status=9/KILL"): learning must not undo that. A long one is an id the
      // masker could not tell apart ("containerd://e93b6a...:Need"), learned on evidence as before
      return false;
    }
    if (windowsProgram(t)) {
      // "WINWORD.EXE", "OfficeClickToRun.exe": a program is named by its file, whatever its capitals (a proxy
      // client's line about a connection is the same line for every program)
      return true;
    }
    // "{orders=LEADER_NOT_AVAILABLE}": a token that holds an error constant names the failure
    if (callShaped(t) || (Shapes.holdsErrorConstant(t) && !nameKeyPair(t)) || codeKeyPair(t) || systemdUnit(t)
        || Shapes.qualifiedConstant(t, 0, t.length()) || t.contains("::") || t.startsWith("$.")) {
      // "AWS::RDS::DBInstance", "Foo::bar": a name in a namespace is code, the type or method that failed; a JSON
      // path ("$.offer.pickup.phone") is the field a decoder failed on, code as a property name is
      return false;
    }
    boolean lower = false;
    boolean upper = false;
    char prev = 0;
    // an address's names (a query's X-Amz-SignedHeaders, an actor path's TasteProfile) are where, not what failed
    int end = t.indexOf("://") > 0 ? 0 : t.length();
    for (int i = 0; i < end; i++) {
      char c = t.charAt(i);
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
        if (prev >= 'a' && prev <= 'z') {
          return false;
        }
      }
      prev = c;
    }
    if (upper && Shapes.letter(t.charAt(0)) && t.charAt(0) <= 'Z' && t.length() > 1) {
      // "Started", "Stopped", "Paused": a capitalised word is a state or a name in the message, and
      // user and host names are written in lower case
      boolean word = true;
      for (int i = 1; i < t.length() && word; i++) {
        char c = t.charAt(i);
        word = c >= 'a' && c <= 'z';
      }
      if (word) {
        return false;
      }
    }
    return lower || !upper;
  }

  /**
   * "scenario=STRUCTURING_CASH_DEPOSITS", "tier=GOLD": a value in capitals under a key that is no code key (see
   * codeKeyPair; "status=", "reason=", a "...Type=" key) is a value the event describes, learned on evidence like a
   * word. Not one that holds a word of failure (words failureconstant) or an HTTP method. Bare capitals stay kept: as
   * often a closed set of codes (Postfix's "lost connection after EHLO", an SMPP status "(ESME_RTHROTTLED)").
   */
  static boolean capsValue(String t) {
    int eq = t.indexOf('=');
    if (eq < 1 || !Shapes.wordChars(t, 0, eq, "_.-")) {
      return false;
    }
    long span = trimmed(t.substring(eq + 1), "\"'`([", ",;:.)]\"'`");
    int a = eq + 1 + (int) (span >>> 32);
    int z = eq + 1 + (int) span;
    int letters = 0;
    for (int i = a; i < z; i++) {
      char c = t.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        letters++;
      } else if (c != '_' && c != '-') {
        return false;
      }
    }
    // the word lists last: most keyed values are not in capitals
    return letters >= 2 && !codeKeyPair(t) && !HTTP_METHODS.contains(t, a, z)
        && !Shapes.containsAny(t.substring(a, z), FAILURE_CONSTANT_WORDS);
  }

  /** A Windows program's file name: letters, digits, '_', '-' or '.', then ".exe" in either case. */
  static boolean windowsProgram(String t) {
    int n = t.length();
    if (n < 5 || !t.regionMatches(true, n - 4, ".exe", 0, 4) || !Shapes.letter(t.charAt(0))) {
      return false;
    }
    return Shapes.wordChars(t, 0, n - 4, "_-.");
  }

  /**
   * "orders.created-<*>": a dotted name the masker kept beside its masked number (a Kafka topic and its
   * partition). A consumer's topics are few and fixed; three of them failing alike are three failures,
   * never one variable.
   */
  private static boolean keptNumberedName(String t) {
    int z = t.length();
    while (z > 0 && !Shapes.letter(t.charAt(z - 1)) && t.charAt(z - 1) != '>') {
      z--;
    }
    int mask = z - DASH_ANY.length();
    // a dotted name only: "checkout-<*>" is as often a pod (the masker masked its generated suffix)
    return mask > 0 && t.startsWith(DASH_ANY, mask) && t.lastIndexOf('.', mask) > 0;
  }


  /** "fraud-v3)": a name the masker keeps with its version, learned on evidence like a word. */
  private static boolean versioned(String t) {
    int a = 0;
    int z = t.length();
    while (a < z && !Shapes.letter(t.charAt(a)) && !Shapes.digit(t.charAt(a))) {
      a++;
    }
    while (z > a && !Shapes.letter(t.charAt(z - 1)) && !Shapes.digit(t.charAt(z - 1))) {
      z--;
    }
    return z > a && Shapes.versionedName(t, a, z);
  }

  /** "nginx.service:": a systemd unit, the service that failed (see words unitsuffix). */
  private static boolean systemdUnit(String t) {
    int z = t.length();
    while (z > 0 && (t.charAt(z - 1) == ':' || t.charAt(z - 1) == ',' || t.charAt(z - 1) == '.')) {
      z--;
    }
    int dot = t.lastIndexOf('.', z - 1);
    return dot > 0 && dot < z - 1 && UNIT_SUFFIXES.contains(t, dot + 1, z);
  }

  /**
   * "code=killed,": the masker keeps the value of a code key because it says how something failed
   * (code=killed, code=dumped); three of them are three failures, so learning keeps them too.
   */
  private static boolean codeKeyPair(String t) {
    int eq = t.indexOf('=');
    if (eq < 1) {
      return false;
    }
    int a = 0;
    while (a < eq && !Shapes.letter(t.charAt(a))) {
      a++;
    }
    return a < eq && (CODE_KEYS.contains(t, a, eq) || NUMBER_CODE_KEYS.contains(t, a, eq) || codeSuffix(t, a, eq)
        || (CODE_FIELDS.contains(t, a, eq) && !NAME_KEYS.contains(t, a, eq) && !DEPENDENCY_FIELDS.contains(t, a, eq)) || PARAM_FIELDS.contains(t, a, eq)
        || OPERATION_FIELDS.contains(t, a, eq));
  }

  /**
   * "topic=TOPIC_MAIL_SEND,": a resource named in capitals under a key that names resources (words namekey) is
   * a name, learned on evidence like "topic=orders", not an error constant.
   */
  private static boolean nameKeyPair(String t) {
    int eq = t.indexOf('=');
    int a = 0;
    while (a < eq && !Shapes.letter(t.charAt(a))) {
      a++;
    }
    return eq > a && NAME_KEYS.contains(t, a, eq) && !Shapes.holdsErrorConstant(t.substring(0, eq));
  }

  /**
   * "decline_code=do_not_honor", "transStatus=N", "errorKind=WRONG_TYPE": a field that says how something
   * failed (words codesuffix), kept by the masker; three of them are three failures.
   */
  private static boolean codeSuffix(String t, int a, int eq) {
    return Shapes.endsWithAny(t, a, eq, CODE_SUFFIXES) || Shapes.endsWithAny(t, a, eq, TYPE_SUFFIXES);
  }

  /**
   * "pam_unix(cron:session):", "DHCPACK(br-lan)": a name applied to an argument. The name says which
   * program or message it is and the argument is often the program's service, so three of them are
   * three messages, not one variable (the masker already masks arguments with digits).
   */
  static boolean callShaped(String t) {
    int open = t.indexOf('(');
    if (open < 2 || t.indexOf(')', open) < 0 || t.indexOf('=', open) > 0) {
      // "root(uid=0)" is a user and its id: a value like any other
      return false;
    }
    for (int i = 0; i < open; i++) {
      char c = t.charAt(i);
      if (!(Shapes.letter(c) || c == '_' || c == '.' || c == '#')) {
        return false; // '#': "Lifecycle#window.on('close')", a method written as Class#method
      }
    }
    return true;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
