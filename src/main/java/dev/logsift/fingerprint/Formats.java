package dev.logsift.fingerprint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One service often logs one error two ways: as a JSON line (a message, an exception, codes) and as a
 * text line of its console or file appender (a time, a level, a logger, the same message, fields as
 * key=value). The masker cannot know the two are one; within a service they can be paired: the JSON
 * line's message and exception are found whole in the text line, after a header of masks, levels and
 * names, before a tail of fields.
 *
 * <p>A group pairs at most once: a second JSON line that only differs from the first in its codes
 * ("code=ECONNRESET", "code=ETIMEDOUT") finds the text line taken and stays apart.
 */
final class Formats {
  private static final String SEP = " | ";
  /** Recent groups of each form looked at for a partner: a new template costs at most this many checks. */
  private static final int RECENT = 64;
  /** Words of a log line's level ("ERROR", "[ERR]", "fail:"). */
  private static final WordSet LEVELS = MaskingFingerprinter.shippedRules().words("levelword");

  private final ArrayDeque<ServiceTemplates.Node> headed = new ArrayDeque<>();
  private final ArrayDeque<ServiceTemplates.Node> bare = new ArrayDeque<>();

  /** The group of the other form that a new group's template is the same error as, or null. */
  ServiceTemplates.Node partner(ServiceTemplates.Node root) {
    String text = root.text();
    String[] first = firstTokens(text);
    boolean isHeaded = headed(first);
    for (ServiceTemplates.Node other : isHeaded ? bare : headed) {
      ServiceTemplates.Node o = ServiceTemplates.find(other);
      if (o.paired) {
        continue;
      }
      boolean same = isHeaded ? same(text, o.text()) : same(o.text(), text);
      if (same) {
        return o;
      }
    }
    return null;
  }

  /** Remembers a new group for the templates that come after it. */
  void add(ServiceTemplates.Node node) {
    ArrayDeque<ServiceTemplates.Node> list = headed(firstTokens(node.text())) ? headed : bare;
    if (list.size() == RECENT) {
      list.removeFirst();
    }
    list.addLast(node);
  }

  private static String[] firstTokens(String text) {
    int sep = text.indexOf(SEP);
    return (sep < 0 ? text : text.substring(0, sep)).split(" ");
  }

  /** Begins with a header that holds a mask (a time) or a level: a text appender's line. */
  static boolean headed(String[] tokens) {
    for (int i = 0; i < tokens.length && header(tokens[i]); i++) {
      if ((level(tokens[i]) && levelShaped(tokens[i])) || (i == 0 && onlyMasks(tokens[i]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text line h and the JSON line b are one error: every segment after h's first (the
   * exception, the frames) is one of b's, and b's remaining segments, in order, read in h's first
   * segment after its header and before a tail of fields.
   */
  static boolean same(String h, String b) {
    String[] hs = h.split(" \\| ", -1);
    String[] bs = b.split(" \\| ", -1);
    List<String> hRest = new ArrayList<>();
    for (int i = 1; i < hs.length; i++) {
      if (!codes(hs[i])) {
        hRest.add(hs[i]);
      }
    }
    for (String s : hRest) {
      if (!contains(bs, s)) {
        return false;
      }
    }
    List<String> leftover = new ArrayList<>();
    for (int i = 0; i < bs.length; i++) {
      if (!codes(bs[i]) && !hRest.contains(bs[i]) && !partOfAnother(bs, i)) {
        leftover.addAll(List.of(bs[i].split(" ")));
      }
    }
    if (words(leftover) < 3) {
      return false; // too little of a message to say it is the same one
    }
    String[] ht = hs[0].split(" ");
    for (int i = 1; i + leftover.size() <= ht.length; i++) {
      if (!header(ht[i - 1])) {
        return false; // the message must follow a header, nothing else
      }
      if (matches(ht, i, leftover) && fieldsOnly(ht, i + leftover.size())) {
        return true;
      }
    }
    return false;
  }

  private static int words(List<String> tokens) {
    int n = 0;
    for (String t : tokens) {
      n += !placeholder(t) && t.replace(ServiceTemplates.ANY, "").chars().anyMatch(Character::isLetter) ? 1 : 0;
    }
    return n;
  }

  private static boolean contains(String[] segments, String s) {
    for (String x : segments) {
      if (x.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** "Runtime.ImportModuleError" beside "Runtime.ImportModuleError: Unable to import module": said twice. */
  private static boolean partOfAnother(String[] segments, int i) {
    for (int j = 0; j < segments.length; j++) {
      if (j != i && segments[j].length() > segments[i].length() && segments[j].contains(segments[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(String[] ht, int at, List<String> b) {
    for (int j = 0; j < b.size(); j++) {
      String x = b.get(j);
      String y = ht[at + j];
      if (!x.equals(y) && !placeholder(x)) {
        return false;
      }
    }
    return true;
  }

  /** After the message, a text line may only carry fields: "order_id=<*> plan=<*>", "{RequestId=...}". */
  private static boolean fieldsOnly(String[] ht, int from) {
    for (int i = from; i < ht.length; i++) {
      if (ht[i].startsWith("{")) {
        return true;
      }
      if (ht[i].indexOf('=') <= 0 && !ht[i].equals(ServiceTemplates.ANY)) {
        return false;
      }
    }
    return true;
  }

  /** Serilog's message template names its holes: "Failed to load match history for {PlayerId}". */
  private static boolean placeholder(String t) {
    int close = t.indexOf('}');
    return t.length() > 2 && t.charAt(0) == '{' && close > 1 && close >= t.length() - 2
        && Character.isLetter(t.charAt(1));
  }

  /** The codes a JSON line keeps beside its message ("logger=recs.cache", "code ECONNRESET"). */
  private static boolean codes(String segment) {
    if (segment.startsWith("code ")) {
      return true;
    }
    for (String t : segment.split(" ")) {
      if (t.indexOf('=') <= 0) {
        return false;
      }
    }
    return true;
  }

  /** A token of a log line's header: a mask, a level, a bracketed thread or logger, a dotted logger name. */
  static boolean header(String t) {
    if (t.isEmpty() || onlyMasks(t) || level(t)) {
      return true;
    }
    if (t.equals("-") || t.equals("--") || t.equals("---") || t.equals(":") || t.equals("|")) {
      return true;
    }
    char c = t.charAt(0);
    char z = t.charAt(t.length() - 1);
    if ((c == '[' && (z == ']' || t.endsWith("]:"))) || (c == '(' && z == ')')) {
      return true;
    }
    String name = t;
    for (String end : new String[] {":" + ServiceTemplates.ANY, "[" + ServiceTemplates.ANY + "]:",
        "[" + ServiceTemplates.ANY + "]", ":"}) {
      if (name.endsWith(end)) {
        name = name.substring(0, name.length() - end.length());
        break;
      }
    }
    // "systemd[<*>]:", "c.r.payments.capture.CaptureService", "ratelimit/redis.go:<*>"
    return !name.isEmpty() && name.length() < t.length() && identifier(name)
        || name.indexOf('.') > 0 && identifier(name);
  }

  private static boolean identifier(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && c != '$' && c != '/' && c != '-') {
        return false;
      }
    }
    return Character.isLetter(s.charAt(0));
  }

  /** "ERROR", "[error]", "fail:" head a line; "Error" begins a message ("Error 111 connecting to ..."). */
  private static boolean levelShaped(String t) {
    char c = t.charAt(0);
    return c == '[' || c == '(' || c == '<' || t.endsWith(":") || t.equals(t.toUpperCase(Locale.ROOT));
  }

  private static boolean level(String t) {
    long core = ServiceTemplates.trimmed(t, "[(<", "])>:");
    int a = (int) (core >>> 32);
    int z = (int) core;
    return z > a && z - a <= 8 && LEVELS.contains(t, a, z);
  }

  private static boolean onlyMasks(String t) {
    return t.contains(ServiceTemplates.ANY) && MaskingFingerprinter.onlyMasks(t);
  }
}
