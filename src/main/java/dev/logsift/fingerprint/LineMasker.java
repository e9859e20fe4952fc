package dev.logsift.fingerprint;

import dev.logsift.fingerprint.Rules.Kind;
import dev.logsift.fingerprint.Rules.Rule;

/**
 * One pass over a line: each whitespace-separated token loses its surrounding brackets, quotes and
 * punctuation, the rules are tried on the rest in file order, and the first match masks it. Runs of
 * masks collapse into one, so "at Sat Jul  9 12:16:49 2005" and "at 12:16:49" share a shape.
 */
final class LineMasker {
  private static final String ANY = "<*>";
  private static final int DIGIT = 1;
  private static final int HEX_LETTER = 2;
  private static final int LETTER = 4;
  private static final int AT = 8;
  private static final int EQUALS = 16;
  private static final int BACKSLASH = 32;
  private static final int SPACE = 64;
  private static final int DOT = 128;
  private static final int COLON = 256;
  private static final int DASH = 512;
  private static final int SLASH = 1024;
  private static final int UNDERSCORE = 2048;
  /** A character of a script written without spaces (Chinese, Japanese, Korean, Thai): see wideText. */
  private static final int WIDE = 4096;
  private static final int PIPE = 8192;
  private static final int HASH = 16384;
  /** ASCII character classes: one lookup per character finds token ends and summarises the token. */
  private static final int[] CLASS = classes();

  private final Rule[] order;
  /** Per rule kind, a bit for each position in `order` that holds a rule of that kind. */
  private final long[] positions = new long[Kind.values().length];
  private final WordSet dateWords;
  private final WordSet httpMethods;
  private final WordSet dumpKeys;
  private final WordSet objectStores;
  private final WordSet servicePorts;
  private final WordSet connectWords;
  private final WordSet numberedNames;
  private final WordSet threadNames;
  private final WordSet bodyCodeKeys;
  private final WordSet regionAreas;
  private final WordSet regionDirections;
  private final WordSet nameKeys;
  private final WordSet resourceNouns;
  private final WordSet hostSuffixes;
  private final WordSet versionedWords;
  private final WordSet statusKeys;
  private final WordSet failureTextWords;
  private final WordSet contentKeys;
  private final WordSet currencies;
  private final WordSet balancerTypes;
  /** The first characters of those types, in either case: a line that opens with another cannot be a balancer's. */
  private final boolean[] balancerStarts;
  private final WordSet personKeys;
  private final WordSet urlKeys;
  private final WordSet numberCodeKeys;
  private final WordSet units;
  private final WordSet idLabels;
  private final WordSet messageKeys;
  private final WordSet codeKeys;
  private final WordSet hexLabels;
  private final WordSet codeNames;
  private final String[] codeSuffixes;
  private final String[] typeSuffixes;
  private final WordSet dataCodes;
  private final WordSet valueLabels;
  private final WordSet routeLabels;
  private final WordSet sourceExtensions;
  /** Phrases before a quoted input that did not parse, word by word ("*" any word): see parsedInput. */
  private final String[][] inputPhrases;
  /** Key suffixes whose quoted value is prose, scanned like a message ("fetch_error="first byte timeout""). */
  private final String[] proseSuffixes;
  private final CodePhrases codePhrases;
  private final java.util.List<String> exceptionSuffixes;
  /** The last letters of the exception suffixes, as a bit per letter: a quick no for most values. */
  private final int exceptionEnds;

  LineMasker(Rules rules) {
    this.order = rules.order.toArray(new Rule[0]);
    if (order.length > 64) {
      throw new IllegalArgumentException("at most 64 token rules, the file has " + order.length);
    }
    for (int k = 0; k < order.length; k++) {
      positions[order[k].kind().ordinal()] |= 1L << k;
    }
    this.dateWords = rules.words("dateword");
    this.units = rules.words("unit");
    this.idLabels = rules.words("idlabel");
    this.messageKeys = rules.words("messagekey");
    this.codeKeys = rules.words("codekey");
    this.hexLabels = rules.words("hexlabel");
    this.codeNames = rules.words("codename");
    this.codeSuffixes = rules.list("codesuffix").toArray(new String[0]);
    this.typeSuffixes = rules.list("typesuffix").toArray(new String[0]);
    this.proseSuffixes = rules.list("prosesuffix").toArray(new String[0]);
    this.dataCodes = rules.words("datacode");
    this.valueLabels = rules.words("valuelabel");
    this.routeLabels = rules.words("routelabel");
    this.sourceExtensions = rules.words("sourceext");
    this.codePhrases = new CodePhrases(rules.codePhrases);
    this.inputPhrases = rules.inputAfter.toArray(new String[0][]);
    this.exceptionSuffixes = rules.list("exceptionsuffix");
    int ends = 0;
    for (String suffix : exceptionSuffixes) {
      char c = suffix.charAt(suffix.length() - 1);
      ends |= c >= 'a' && c <= 'z' ? 1 << c - 'a' : 0;
    }
    this.exceptionEnds = ends;
    this.httpMethods = rules.words("httpmethod");
    this.dumpKeys = rules.words("dumpkey");
    this.objectStores = rules.words("objectstore");
    this.servicePorts = rules.words("serviceport");
    this.connectWords = rules.words("connectword");
    this.numberedNames = rules.words("numberedname");
    this.threadNames = rules.words("threadname");
    this.bodyCodeKeys = rules.words("bodycodekey");
    this.regionAreas = rules.words("regionarea");
    this.regionDirections = rules.words("regiondirection");
    this.nameKeys = rules.words("namekey");
    this.resourceNouns = rules.words("resourcenoun");
    this.hostSuffixes = rules.words("hostsuffix");
    this.versionedWords = rules.words("versionedword");
    this.statusKeys = rules.words("statuskey");
    this.failureTextWords = rules.words("failuretext");
    this.contentKeys = rules.words("contentkey");
    this.currencies = rules.words("currency");
    this.balancerTypes = rules.words("balancertype");
    this.balancerStarts = new boolean[128];
    for (String t : rules.list("balancertype")) {
      char first = Character.toLowerCase(t.charAt(0));
      balancerStarts[first] = first < 128;
      balancerStarts[Character.toUpperCase(first)] = first < 128;
    }
    this.personKeys = rules.words("personkey");
    this.urlKeys = rules.words("urlkey");
    this.numberCodeKeys = rules.words("numbercodekey");
  }

  /** Appends the masked form of s[from, to) to out, whitespace normalised to single spaces. */
  void mask(String s, int from, int to, StringBuilder out) {
    Scan scan = new Scan(s, to, out);
    // most lines are told from a balancer's by their first character, before any token is read: the masker runs on
    // every line of a trace too
    char c = from < to ? s.charAt(from) : ' ';
    boolean maybe = (c < 128 && balancerStarts[c]) || (Shapes.digit(c) && to - from > 20 && s.charAt(from + 10) == 'T');
    int status = maybe ? balancerStatuses(s, from, to) : -1;
    if (status < 0) {
      scan.scan(from, to);
      return;
    }
    // an AWS load balancer writes its status and the target's before the request, where no access-line
    // reading looks: a 502 (the target closed) and a 504 (it timed out) are two failures
    int end = tokenEnd(s, tokenEnd(s, status, to) + 1, to);
    scan.scan(from, status);
    scan.literal(status, end);
    scan.run(end, to);
  }

  /**
   * Where the two statuses of an AWS load balancer's access line start, or -1 for any other line. An ALB line
   * ("h2 2024-11-18T18:27:22Z app/web/50dc6c49 203.0.113.97:38780 10.0.4.19:8080 0.001 -1 -1 504 - 473 ...")
   * opens with its type; a classic ELB line with its time. Then: client, target, three durations, the statuses.
   */
  private int balancerStatuses(String s, int from, int to) {
    int e = tokenEnd(s, from, to);
    int a = e + 1;
    if (e < to && balancerTypes.contains(s, from, e)) {
      e = tokenEnd(s, a, to); // the ALB's time, then its name
      if (!isoTime(s, a, e)) {
        return -1;
      }
      a = e + 1;
    } else if (!isoTime(s, from, e)) {
      return -1;
    }
    if (a >= to) {
      return -1;
    }
    e = tokenEnd(s, a, to); // the balancer's name: one word of a name, never a quoted value
    if (Shapes.indexOf(s, '"', a, e) >= 0 || Shapes.indexOf(s, '=', a, e) >= 0) {
      return -1;
    }
    a = e + 1;
    int skip = -1;
    for (int k = 0; k < 7; k++) {
      if (a >= to) {
        return -1;
      }
      int b = tokenEnd(s, a, to);
      boolean dash = b - a == 1 && s.charAt(a) == '-';
      boolean ok = k < 2 ? dash || address(s, a, b)
          : k < 5 ? (b - a == 2 && s.charAt(a) == '-' && s.charAt(a + 1) == '1') || duration(s, a, b)
          : dash || (b - a == 3 && Shapes.digits(s, a, b));
      if (!ok) {
        return -1;
      }
      if (k == 5) {
        skip = a;
      }
      a = b + 1;
    }
    return skip;
  }

  /** An ISO 8601 time in UTC as a balancer writes it: "2024-11-18T18:27:22.210959Z". */
  private static boolean isoTime(String s, int a, int b) {
    return b - a >= 20 && Shapes.digit(s.charAt(a)) && s.charAt(b - 1) == 'Z' && s.charAt(a + 10) == 'T'
        && Shapes.timestamp(s, a, b - 1);
  }

  /** An address and its port ("203.0.113.97:38780", "[2001:db8::1]:443"): hex digits, '.', ':' and brackets only. */
  private static boolean address(String s, int a, int b) {
    int colon = s.lastIndexOf(':', b - 1);
    if (colon <= a || colon == b - 1 || !Shapes.digits(s, colon + 1, b)) {
      return false;
    }
    for (int k = a; k < colon; k++) {
      char c = s.charAt(k);
      if (!Shapes.digit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F') && c != '.' && c != ':' && c != '['
          && c != ']') {
        return false;
      }
    }
    return true;
  }

  private static boolean duration(String s, int a, int b) {
    int dot = Shapes.indexOf(s, '.', a, b);
    return dot > a && Shapes.digits(s, a, dot) && Shapes.digits(s, dot + 1, b);
  }

  private static int tokenEnd(String s, int a, int to) {
    int b = a;
    while (b < to && s.charAt(b) != ' ') {
      b++;
    }
    return b;
  }

  private static int[] classes() {
    int[] t = new int[128];
    for (char c = 0; c < 128; c++) {
      if (space(c)) {
        t[c] = SPACE;
      } else if (Shapes.digit(c)) {
        t[c] = DIGIT;
      } else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
        t[c] = HEX_LETTER;
      } else if (Shapes.letter(c)) {
        t[c] = LETTER;
      }
    }
    t['@'] = AT;
    t['='] = EQUALS;
    t['\\'] = BACKSLASH;
    t['.'] = DOT;
    t[':'] = COLON;
    t['-'] = DASH;
    t['/'] = SLASH;
    t['_'] = UNDERSCORE;
    t['|'] = PIPE;
    t['#'] = HASH;
    return t;
  }

  static boolean space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private static boolean opener(char c) {
    return c == '(' || c == '[' || c == '{' || c == '<' || c == '"' || c == '\'' || c == '`';
  }

  private static boolean closer(char c) {
    return c == ')' || c == ']' || c == '}' || c == '>' || c == '"' || c == '\'' || c == '`' || c == ','
        || c == ';' || c == ':' || c == '.' || c == '!' || c == '?';
  }

  private static boolean closingBracket(char c) {
    return c == ')' || c == ']' || c == '}';
  }

  private static boolean quote(char c) {
    return c == '"' || c == '\'' || c == '`';
  }

  /** The state of one call; the masker itself is immutable and shared. */
  private final class Scan implements CodePhrases.Marks {
    final String s;
    final int end;
    final StringBuilder out;
    final int start;
    /** Where the scanned text starts in s. */
    int from;
    /** Where the mask that ends `out` starts, or -1 when out does not end with a mask. */
    int tailMask = -1;
    /** Where the mask that ends a list item ("<*>,") starts, valid while out is listEnd long. */
    int listMask = -1;
    int listEnd = -1;
    boolean tailNumeric;
    boolean labelPending;
    /** The last token was a "[" that pads the value it opens: no space before that value. */
    boolean glue;
    /** A quoted HTTP request was seen in this line ("GET /x HTTP/1.1"): it is an access line. */
    boolean requestSeen;
    /** A server error's request lost its method: its route comes next, then its status. */
    boolean routePending;
    boolean statusPending;
    /** The last token was "user:", "request:" or like it: a quoted value after it is one value. */
    boolean valueLabelPending;
    /** The last token was nginx's "upstream:": the URL after it keeps its host, its path is the request's. */
    boolean routeLabelPending;
    /** Numbers still to keep after an IIS line's status: its sub-status and its Win32 status (see iisStatus). */
    int iisKeep;
    /** An SQL clause that holds values began ("VALUES", "WHERE", "SET"): a literal in single quotes after it is data. */
    boolean sqlLiterals;
    /** Where the key found by the last separatorAt() starts. */
    int keyStart;
    /** The line is HAProxy's log of a request: its captured headers are values. */
    boolean haproxy;
    /** The host of the line's syslog header, start << 32 | end, or -1. */
    long syslogHost = -1;
    /** Where MongoDB's "dup key: " is in s, -1 when nowhere, -2 until looked for (see inDuplicateKey). */
    int dupKeyAt = -2;
    // summary of the current token's core, see summarise()
    int flags;
    int dots;
    int colons;
    int dashes;
    int slashes;

    Scan(String s, int end, StringBuilder out) {
      this.s = s;
      this.end = end;
      this.out = out;
      this.start = out.length();
    }


    /**
     * Splits s[from, to) at whitespace and masks each token. The token's character summary is taken
     * in the same pass that finds its end, so no character is classified twice.
     */
    void scan(int from, int to) {
      this.from = from;
      run(from, to);
    }

    /** Scans s[from, to) as a later part of the line that scan() began (the line's start stays where it was). */
    void run(int from, int to) {
      String s = this.s;
      int[] table = CLASS;
      int i = from;
      while (i < to) {
        char c = s.charAt(i);
        if (c < 128 && table[c] == SPACE) {
          i++;
          continue;
        }
        int f = 0;
        int d = 0;
        int c2 = 0;
        int h = 0;
        int sl = 0;
        int j = i;
        for (; j < to; j++) {
          c = s.charAt(j);
          if (c >= 128) {
            f |= Shapes.wide(c) ? WIDE : 0;
            continue;
          }
          int t = table[c];
          if (t < SPACE) {
            f |= t;
          } else if (t == SPACE) {
            break;
          } else if (t == DOT) {
            d++;
          } else if (t == COLON) {
            c2++;
          } else if (t == DASH) {
            h++;
          } else if (t == SLASH) {
            sl++;
          } else {
            f |= t; // '|', '_' and '#'
          }
        }
        flags = f;
        dots = d;
        colons = c2;
        dashes = h;
        slashes = sl;
        i = token(i, j);
      }
    }

    /**
     * Whether the word before a says a connection failed there ("connect ECONNREFUSED", Go's "dial tcp"):
     * only then is the address's port the server's. Elsewhere it may be a client's, any number.
     */
    private boolean afterConnectWord(int a) {
      int e = a;
      while (e > 0 && space(s.charAt(e - 1))) {
        e--;
      }
      int w = e;
      while (w > 0 && Shapes.letter(s.charAt(w - 1))) {
        w--;
      }
      if (e - w == 2 && regionMatchesIgnoreCase(w, "to")) {
        int before = wordBefore(w);
        // redis-py's "Error 111 connecting to 10.0.0.5:26379"
        return before >= 0 && w - before > 10 && regionMatchesIgnoreCase(before, "connecting ");
      }
      return w < e && connectWords.contains(s, w, e);
    }

    /** Where the file name starts in the path of the script a PHP-FPM worker ran ("script '/home/acme/index.php'"), or -1. */
    private int codeLocation(int a, int ca, int cb) {
      int file = a >= 7 && s.startsWith("script ", a - 7) ? sourceFileName(ca, cb) : -1;
      return file > ca ? file : -1;
    }

    /** Where the user's name starts in a path through a home folder ("/home/acme/", "/Users/ana/"), or -1. */
    private int homeName(int ca, int cb) {
      int home = Shapes.indexOf(s, '/', ca, cb);
      if (home < 0 || home > ca + 3) {
        return -1;
      }
      int name = s.startsWith("/home/", home) ? home + 6 : s.startsWith("/Users/", home) ? home + 7 : -1;
      int end = name > 0 ? Shapes.indexOf(s, '/', name, cb) : -1;
      return end > name + 1 ? name : -1;
    }

    /** Whether a is inside the braces of MongoDB's "dup key: { ... }". */
    private boolean inDuplicateKey(int a) {
      if (a < 14 || s.charAt(a - 1) != ' ' || s.charAt(a - 2) != ':') {
        return false;
      }
      if (dupKeyAt == -2) {
        dupKeyAt = s.indexOf("dup key: "); // once per line: most lines with "key: 'value'" pairs hold none
      }
      if (dupKeyAt < 0 || a < dupKeyAt) {
        return false;
      }
      // looked for within the pair's reach only: a search to the line's start per quoted value is quadratic
      for (int k = a - 3; k >= Math.max(9, a - 400); k--) {
        char c = s.charAt(k);
        if (c == '}') {
          return false;
        }
        if (c == '{') {
          return s.startsWith("dup key: ", k - 9);
        }
      }
      return false;
    }

    /** "prisma.user.create()", "repo.save(order)": a call quoted as code names the model and the operation. */
    private boolean callExpression(int ca, int cb) {
      int open = Shapes.indexOf(s, '(', ca, cb);
      return open > ca && s.charAt(cb - 1) == ')' && Shapes.letter(s.charAt(ca)) && Shapes.wordChars(s, ca, open, "_.$");
    }

    /**
     * Whether the quoted text from ca is words a person wrote: several words with an accented letter or an
     * emoji ("Nguyễn Thị Minh Khai", an SMS body "Tu código es 4821 ✅"). Code and its constants are ASCII:
     * such text is a name or a message's content, a value.
     */
    private boolean humanText(int ca) {
      char q = s.charAt(ca - 1);
      boolean words = false;
      boolean human = false;
      for (int k = ca; k < end && k - ca < 256; k++) {
        char c = s.charAt(k);
        if (c == q) {
          return words && human;
        }
        if (c == '\n') {
          return false;
        }
        words |= c == ' ';
        human |= c >= 128 && Shapes.humanChar(c);
      }
      return false;
    }

    /**
     * Whether the status at [.., b) opens the last four numbers of an IIS W3C line (status, sub-status, Win32
     * status, time taken) whose line holds a request's method.
     */
    private boolean iisStatus(int b) {
      int k = b;
      for (int n = 0; n < 3; n++) {
        if (k >= end || s.charAt(k) != ' ') {
          return false;
        }
        k++;
        int d = k;
        while (k < end && Shapes.digit(s.charAt(k))) {
          k++;
        }
        if (k == d || k - d > 10) {
          return false;
        }
      }
      while (k < end && space(s.charAt(k))) {
        k++;
      }
      if (k != end) {
        return false;
      }
      // the request's method, a word in capitals (words httpmethod)
      for (int w = this.from; w < b; ) {
        int e = w;
        while (e < b && !space(s.charAt(e))) {
          e++;
        }
        if (e - w >= 3 && s.charAt(w) >= 'A' && s.charAt(w) <= 'Z' && httpMethods.contains(s, w, e)) {
          return true;
        }
        w = e + 1;
      }
      return false;
    }

    /**
     * JBoss' and WildFly's "ERROR [org.hibernate.engine.jdbc.spi.SqlExceptionHelper] (EJB default - 3) ...": the
     * thread in brackets after the logger's category is where it ran, one value of however many words.
     */
    private int jbossThread(int a) {
      int open = s.lastIndexOf('[', a - 3);
      if (open < 2 || a - open > 200 || s.charAt(open - 1) != ' ' || !Shapes.wordChars(s, open + 1, a - 2, ".$_")
          || Shapes.indexOf(s, '.', open + 1, a - 2) < 0) {
        return -1;
      }
      int level = open - 1;
      while (level > 0 && s.charAt(level - 1) == ' ') {
        level--;
      }
      int w = level;
      while (w > 0 && s.charAt(w - 1) >= 'A' && s.charAt(w - 1) <= 'Z') {
        w--;
      }
      if (level - w < 4 || level - w > 6 || (w > 0 && !space(s.charAt(w - 1)))) {
        return -1; // ERROR, WARN, INFO, DEBUG, TRACE, FATAL, SEVERE
      }
      int close = s.indexOf(')', a);
      if (close < 0 || close - a > 64 || close >= end || Shapes.indexOf(s, '\n', a, close) >= 0) {
        return -1;
      }
      return spanTo('(', close);
    }

    /** Whether one of the input phrases (rules.txt's input-after) ends at e, the space before the quote. */
    private boolean afterInputPhrase(int e) {
      for (String[] phrase : inputPhrases) {
        int end = e;
        int w = phrase.length - 1;
        for (; w >= 0; w--) {
          int start = end;
          while (start > 0 && !space(s.charAt(start - 1))) {
            start--;
          }
          String word = phrase[w];
          boolean ok = start < end && (word.equals("*") || (word.equals("*:") ? s.charAt(end - 1) == ':'
              : end - start == word.length() && s.regionMatches(true, start, word, 0, word.length())));
          if (!ok || (w > 0 && (start < 2 || s.charAt(start - 1) != ' '))) {
            break;
          }
          end = start - 1;
        }
        if (w < 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * Java's "For input string: "call for price"", Ruby's JSON::ParserError "unexpected token at 'I'm sorry, I
     * can't'": the input that did not parse, one value. It ends at its quote that no letter or digit follows
     * (an apostrophe inside it does not end it), on the same line.
     */
    private int parsedInput(int a) {
      char q = s.charAt(a);
      int lineEnd = s.indexOf('\n', a);
      int limit = Math.min(lineEnd < 0 || lineEnd > end ? end : lineEnd, a + 8192);
      int close = -1;
      for (int k = s.indexOf(q, a + 1); k > 0 && k < limit; k = s.indexOf(q, k + 1)) {
        if (k + 1 >= limit || !Character.isLetterOrDigit(s.charAt(k + 1))) {
          close = k;
          break;
        }
      }
      if (close < 0) {
        return -1;
      }
      return spanTo(q, close);
    }

    /**
     * An enhanced mail status code ("5.7.26", class 2, 4 or 5) where a mail server's reply has one: after a
     * three-digit reply code ("550 5.7.26", glued "550-5.7.26"), or opening the reply after "helo=<...>: ".
     */
    private boolean mailStatus(int a, int ca, int cb) {
      int k = ca;
      if (cb - ca > 4 && s.charAt(ca + 3) == '-' && replyCode(ca)) {
        k = ca + 4;
      } else if (!(a >= 6 && s.charAt(a - 1) == ' ' && replyCode(a - 4) && space(s.charAt(a - 5)) || a >= 3
          && s.charAt(a - 1) == ' ' && s.charAt(a - 2) == ':' && s.charAt(a - 3) == '>')) {
        return false;
      }
      if (cb - k < 5 || "245".indexOf(s.charAt(k)) < 0 || s.charAt(k + 1) != '.') {
        return false;
      }
      int dot = Shapes.indexOf(s, '.', k + 2, cb);
      return dot > k + 2 && dot - k <= 5 && Shapes.digits(s, k + 2, dot) && cb - dot >= 2 && cb - dot <= 4
          && Shapes.digits(s, dot + 1, cb);
    }

    /** A three-digit SMTP reply code at k: "250", "421", "550". */
    private boolean replyCode(int k) {
      return k >= 0 && k + 3 <= s.length() && "245".indexOf(s.charAt(k)) >= 0 && Shapes.digits(s, k, k + 3);
    }

    /**
     * Postfix's header checks, "reject: header Subject: Free gift inside from mail[10.0.0.7]; from=<...>": the
     * header's name is kept, its value (a mail's subject) is data up to the client's " from ". Returns the end, or -1.
     */
    private int headerValue(int b) {
      int name = b + 1;
      int colon = name;
      while (colon < end && (Shapes.letter(s.charAt(colon)) || s.charAt(colon) == '-')) {
        colon++;
      }
      if (colon == name || colon + 2 >= end || s.charAt(colon) != ':' || s.charAt(colon + 1) != ' ') {
        return -1;
      }
      int lineEnd = Shapes.indexOf(s, '\n', colon, end);
      int client = s.indexOf("; from=<", colon);
      if (client < 0 || client >= (lineEnd < 0 ? end : lineEnd)) {
        return -1;
      }
      int from = s.lastIndexOf(" from ", client);
      if (from <= colon + 1) {
        return -1;
      }
      separator();
      out.append("header ").append(s, name, colon + 1).append(' ').append(ANY);
      tailMask = -1;
      return from;
    }

    /** End of an AWS region label at k ("us-west-2", "ap-southeast-1", "us-gov-west-1") ending at a '.', or -1. */
    private int regionLabel(int k, int to) {
      int dot = Shapes.indexOf(s, '.', k, to);
      int e = dot < 0 ? to : dot;
      if (e - k < 9 || !Shapes.digit(s.charAt(e - 1)) || s.charAt(e - 2) != '-' || s.charAt(k + 2) != '-'
          || !regionAreas.contains(s, k, k + 2)) {
        return -1;
      }
      int w = regionMatchesIgnoreCase(k + 3, "gov-") ? k + 7 : k + 3;
      return regionDirections.contains(s, w, e - 2) ? e : -1;
    }

    /**
     * An address inside a token the code printed around it, "SMTPRecipientsRefused({'bob@yahoo.com':": the call is kept,
     * the address masked. Returns where the token ends, or -1.
     */
    private int embeddedEmail(int a, int ca, int cb, int b) {
      int at = Shapes.indexOf(s, '@', ca, cb);
      int from = at;
      while (from > ca && emailChar(s.charAt(from - 1))) {
        from--;
      }
      if (at < 0 || from == at || from == ca || "'\"(<{[:= ".indexOf(s.charAt(from - 1)) < 0) {
        return -1;
      }
      int to = at + 1;
      int dot = -1;
      while (to < cb && (Character.isLetterOrDigit(s.charAt(to)) || s.charAt(to) == '-' || s.charAt(to) == '.')) {
        dot = s.charAt(to) == '.' ? to : dot;
        to++;
      }
      while (to > at && s.charAt(to - 1) == '.') {
        to--;
      }
      if (dot < 0 || dot >= to - 2 || !Shapes.letter(s.charAt(to - 1))) {
        return -1;
      }
      separator();
      out.append(s, a, from).append(ANY).append(s, to, b);
      tailMask = -1;
      return b;
    }

    private static boolean emailChar(char c) {
      return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** Base64 with its padding: letters of both cases and digits ('+', '/', '-', '_' too), then one or two '='. */
    private boolean base64(int from, int to) {
      int pad = to - 1;
      if (s.charAt(pad - 1) == '=') {
        pad--;
      }
      int kinds = 0;
      for (int k = from; k < pad; k++) {
        char c = s.charAt(k);
        if (c >= 'a' && c <= 'z') {
          kinds |= 1;
        } else if (c >= 'A' && c <= 'Z') {
          kinds |= 2;
        } else if (Shapes.digit(c)) {
          kinds |= 4;
        } else if (c != '+' && c != '/' && c != '-' && c != '_') {
          return false;
        }
      }
      return kinds == 7 && pad - from >= 16;
    }

    /** The ')' that closes the '(' at a on its line (quotes skipped), or -1. */
    private int closingParen(int a) {
      int depth = 0;
      char quote = 0;
      for (int k = a; k < end && k - a < 65_536; k++) {
        char c = s.charAt(k);
        if (c == '\n') {
          return -1;
        }
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"' || c == '`') {
          quote = c;
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return k;
        }
      }
      return -1;
    }

    /** Writes opener, one mask, and the rest of the token from close (its closing quote or bracket); returns its end. */
    private int spanTo(char opener, int close) {
      int e = close + 1;
      while (e < end && !space(s.charAt(e))) {
        e++;
      }
      separator();
      out.append(opener).append(ANY).append(s, close, e);
      tailMask = -1;
      return e;
    }

    /**
     * A statement's data: "VALUES ('ann@example.com', 'Maria G', 'en')", "WHERE user_handle = 'quietfox'" (its string
     * literals, as pg_stat_statements reads them), Postgres' "Failing row contains (17, null, pending, gift wrap
     * pls)" (the row's values, however many words) and SQL Server's duplicate key value. Returns where the value's
     * token ends, or -1.
     */
    private int rowData(int a, int ca) {
      if (sqlLiterals && ca == a + 1 && s.charAt(a) == '\'') {
        return quotedValue(a, ca);
      }
      if (s.charAt(a) == '(' && a >= 13 && s.startsWith("row contains ", a - 13)) {
        int close = s.lastIndexOf(')', end - 1);
        return close > a ? spanTo('(', close) : -1;
      }
      if (s.charAt(a) == '(' && a >= 13 && s.startsWith("key value is ", a - 13)) {
        // SQL Server's "Cannot insert duplicate key ... The duplicate key value is (ZURICH-WEB, 2024).": the row's key
        int close = Shapes.indexOf(s, ')', a, Math.min(end, a + 1024));
        return close > a ? spanTo('(', close) : -1;
      }
      return -1;
    }

    /** Masks the quoted value opening at a as one value; returns where its token ends, or -1. */
    private int quotedValue(int a, int ca) {
      int close = s.indexOf(s.charAt(a), ca);
      if (close <= 0 || close >= end || close - ca >= 8192) {
        return -1;
      }
      return spanTo(s.charAt(a), close);
    }

    /** A request's path with its ids masked, segment by segment ("/api/<*>/carts/<*>"), without its query. */
    private int route(int a, int ca, int cb, int b) {
      separator();
      out.append(s, a, ca);
      int p = ca;
      if (p < cb && s.charAt(p) != '/') {
        int q = p;
        while (q < cb && s.charAt(q) != '/') {
          q++;
        }
        segment(p, q); // a name without a leading slash: "prod/orders/db"
        p = q;
      }
      segments(p, cb);
      // a query string is data, whether it is there or not
      out.append(s, cb, b);
      tailMask = -1;
      return b;
    }

    /** Appends the path at p segment by segment, a segment with an id masked; returns where it ends. */
    private int segments(int p, int cb) {
      while (p < cb && s.charAt(p) == '/') {
        int q = p + 1;
        while (q < cb && s.charAt(q) != '/' && s.charAt(q) != '?' && s.charAt(q) != '#') {
          q++;
        }
        out.append('/');
        segment(p + 1, q);
        p = q;
      }
      return p;
    }

    /** Appends one segment of a path, masked when it holds an id. */
    private void segment(int p, int q) {
      // an API's version ("/v1/orders", "/v2/...") is a route of its own, not an id
      if (!Shapes.apiVersion(s, p, q) && (Shapes.hasDigit(s, p, q) || Shapes.hex(s, p, q))) {
        out.append(ANY);
      } else {
        out.append(s, p, q);
      }
    }

    /** The 5xx status that answers the request quoted at a (`"..." 503`, `"..." status: 503`), or -1. */
    private int serverError(int a) {
      int close = s.indexOf('"', a + 1);
      if (close < 0 || close >= end) {
        return -1;
      }
      long next = nextToken(close + 1);
      int t = (int) (next >>> 32);
      int u = (int) next;
      if (u - t == 7 && s.startsWith("status:", t)) {
        next = nextToken(u);
        t = (int) (next >>> 32);
        u = (int) next;
      }
      boolean five = u - t == 3 && s.charAt(t) == '5' && Shapes.digit(s.charAt(t + 1)) && Shapes.digit(s.charAt(t + 2));
      return five ? 500 + (s.charAt(t + 1) - '0') * 10 + (s.charAt(t + 2) - '0') : -1;
    }

    /**
     * Whether the text quoted at a holds only products with versions and comments in brackets, as a
     * user agent does ("Mozilla/5.0 (iPhone; ...) Safari/604.1"); "HTTP/1.1 503 Service Unavailable" does not.
     */
    private boolean userAgent(int a) {
      int close = s.indexOf(s.charAt(a), a + 1);
      if (close < 0 || close >= end || close - a > 1024) {
        return false;
      }
      int depth = 0;
      int t = a + 1;
      while (t < close) {
        int u = t;
        while (u < close && !space(s.charAt(u))) {
          u++;
        }
        if (u > t) {
          boolean comment = depth > 0 || s.charAt(t) == '(';
          for (int k = t; k < u; k++) {
            char c = s.charAt(k);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
          }
          if (!comment && !product(t, u)) {
            return false;
          }
        }
        t = u + 1;
      }
      return depth == 0;
    }

    /** "Mozilla/5.0", "okhttp/4.12.0", "python-requests/2.31": a product name, a slash and its version. */
    private boolean product(int ca, int cb) {
      int i = ca;
      while (i < cb && (Shapes.letter(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '_' || s.charAt(i) == '.')) {
        i++;
      }
      return i - ca >= 2 && i + 1 < cb && s.charAt(i) == '/' && Shapes.digit(s.charAt(i + 1));
    }

    /**
     * A token of an access line opened by a bracket or quote: a quoted request (its method, when a
     * server error answered it) or a quoted user agent. Returns where it ends, or -1 to go on.
     */
    private int accessField(int a, int ca, int cb, int b) {
      boolean request = s.charAt(a) == '"' && s.charAt(ca) <= 'Z' && httpMethods.contains(s, ca, cb);
      requestSeen |= request; // an access line: a quoted user agent may follow
      int status = request && cb == b ? serverError(a) : -1;
      if (status > 0) {
        // "GET /carts HTTP/1.1" 503 UH: a server error is the upstream's, whichever method met it (a
        // client error or a success keeps its method: OpenStack's GET and POST 404s are two messages).
        // The method's mask stands alone, so the request never reads like a malformed one ("<*>"). The
        // status stays; so does the route of a 500 (the handler that failed), while a 502, 503 or 504 is
        // the gateway's and its upstream's, whatever route met it
        int e = masked(a, ca, cb, b, ANY, false);
        tailMask = -1;
        routePending = status < 502;
        statusPending = true;
        return e;
      }
      if (requestSeen && quote(s.charAt(a)) && product(ca, cb) && userAgent(a)) {
        // an access log's user agent ("Mozilla/5.0 (iPhone; CPU ...)", "okhttp/4.12.0"): which client
        // called, a value however many words it has
        int e = quotedValue(a, ca);
        if (e > 0) {
          return e;
        }
      }
      return -1;
    }

    /**
     * Where an address's mask ends: before its port when the port is a data store's and a failed
     * connect names it ("ECONNREFUSED 10.0.6.46:5432" and ":6379": Postgres and Redis refusing are two
     * failures), else at cb.
     */
    private int servicePort(int a, int ca, int cb) {
      // the last colon: Node's "connect ECONNREFUSED ::1:5432" writes an IPv6 address and its port unbracketed
      int port = s.lastIndexOf(':', cb - 1);
      port = port < ca ? -1 : port;
      return port > 0 && cb - port > 4 && servicePorts.contains(s, port + 1, cb) && afterConnectWord(a) ? port : cb;
    }

    /** "imap(alice)<485><4wL8ZczvQkUHtymI>:": Dovecot's user, then its process and session, all values. */
    private int sessionPrefix(int a, int open, int cb, int b) {
      separator();
      out.append(s, a, open + 1).append(ANY).append(')').append(ANY).append(s, cb, b);
      tailMask = -1;
      return b;
    }

    /**
     * "注文番号12345の決済に失敗しました": a script written without spaces makes a whole sentence one token, so
     * the number in it must not make the sentence a value: each run of digits, or of ASCII holding a digit,
     * is masked in place and the words stay. -1 when the token holds no digit.
     */
    private int wideText(int a, int b) {
      int p = a;
      while (p < b && !Shapes.digit(s.charAt(p)) && !Character.isDigit(s.charAt(p))) {
        p++;
      }
      if (p == b) {
        return -1;
      }
      separator();
      p = a;
      while (p < b) {
        int e = p;
        boolean digit = false;
        while (e < b && (asciiValueChar(s.charAt(e)) || Character.isDigit(s.charAt(e)))) {
          digit |= Character.isDigit(s.charAt(e));
          e++;
        }
        if (e > p && digit) {
          out.append(ANY);
          p = e;
        } else if (e > p) {
          out.append(s, p, e);
          p = e;
        } else {
          out.append(s.charAt(p++));
        }
      }
      tailMask = -1;
      return b;
    }

    private static boolean asciiValueChar(char c) {
      return c < 128 && (Shapes.letter(c) || Shapes.digit(c) || c == '.' || c == '-' || c == '_' || c == ':' || c == '/');
    }

    /** The route and the status after a server error's request (see accessField), or -1 to go on. */
    private int afterServerError(int a, int ca, int cb, int b) {
      if (routePending) {
        routePending = false;
        if (s.charAt(ca) == '/') {
          return route(a, ca, cb, b);
        }
      }
      if (statusPending && cb - ca == 3 && s.charAt(ca) == '5' && Shapes.digit(s.charAt(ca + 1))
          && Shapes.digit(s.charAt(ca + 2))) {
        statusPending = false;
        literal(a, b);
        return b;
      }
      return -1;
    }

    /** Whether s[ca, cb) holds two or more of an LDAP name's ",OU=" and ",DC=" parts. */
    private boolean dnPart(int ca, int cb) {
      int parts = 0;
      for (int k = Shapes.indexOf(s, ',', ca, cb); k >= 0 && k + 4 <= cb && parts < 2; k = Shapes.indexOf(s, ',', k + 1, cb)) {
        if (s.charAt(k + 3) == '=' && (s.startsWith("OU", k + 1) || s.startsWith("DC", k + 1))) {
          parts++;
        }
      }
      return parts >= 2;
    }

    /** s[a, b) is one token, already summarised whole by scan(). */
    int token(int a, int b) {
      // a path through a folder named in wide letters ("C:\Users\李伟\AppData\...") is a path, masked as paths are
      if ((flags & WIDE) != 0 && slashes < 2 && (flags & BACKSLASH) == 0) {
        int e = wideText(a, b);
        if (e >= 0) {
          return e;
        }
      }
      int ca = a;
      while (ca < b && opener(s.charAt(ca))) {
        ca++;
      }
      int cb = b;
      while (cb > ca && closer(s.charAt(cb - 1))) {
        cb--;
        // the summary covers the core only; of the closers, only '.' and ':' are counted
        char c = s.charAt(cb);
        dots -= c == '.' ? 1 : 0;
        colons -= c == ':' ? 1 : 0;
      }
      if (ca == cb) {
        punctuation(a, b);
        return b;
      }
      if (cb < b && closingBracket(s.charAt(cb))) {
        int open = unclosed(ca, cb);
        while (open > 0 && cb < b && closingBracket(s.charAt(cb))) {
          cb++; // "LOCAL(0)," keeps the ")" that closes its "("
          open--;
        }
      }
      if (routePending || statusPending) {
        int e = afterServerError(a, ca, cb, b);
        if (e >= 0) {
          return e;
        }
      }
      char first = s.charAt(ca);
      int len = cb - ca;
      boolean digit = (flags & DIGIT) != 0;
      boolean label = labelPending;
      labelPending = false;
      boolean valueLabel = valueLabelPending;
      valueLabelPending = false;
      boolean routeLabel = routeLabelPending;
      routeLabelPending = false;
      if (valueLabel && ca == a + 1 && quote(s.charAt(a))) {
        // `user: 'catalog_ro'`, nginx's `request: "GET /orders/12 HTTP/1.1"`: a quoted field value is one
        // value however many words it has (a request's method included: the failure is the message)
        int close = s.indexOf(s.charAt(a), ca);
        // a namespaced principal ("system:anonymous", "system:serviceaccount:ci:deployer") says what
        // kind of caller failed: it goes through the token rules as before
        int colon = close == cb ? Shapes.indexOf(s, ':', ca, cb) : -1;
        boolean namespaced = colon > ca && !(colon + 2 < cb && s.charAt(colon + 1) == '/' && s.charAt(colon + 2) == '/');
        // a method of the code, "method: 'com.acme.tracking.client.CustomsClient#declare'": which call failed
        int hash = close == cb ? Shapes.indexOf(s, '#', ca, cb) : -1;
        boolean code = hash > ca && Shapes.qualifiedName(s, ca, hash) && Shapes.wordChars(s, hash + 1, cb, "_$");
        if (!namespaced && !code) {
          int e = quotedValue(a, ca);
          if (e > 0) {
            return e;
          }
        }
      }
      if ((ca == a + 1 && (s.charAt(a) == '[' || s.charAt(a) == '{')) || (slashes == 1 && a == ca)) {
        int e = fieldOfAFormat(a, ca, cb, b);
        if (e >= 0) {
          return e;
        }
      }
      if (s.charAt(a) == '(' && a >= 4 && s.charAt(a - 1) == ' ' && s.charAt(a - 2) == ']') {
        int thread = jbossThread(a);
        if (thread > 0) {
          return thread;
        }
      }
      if ((sqlLiterals && ca == a + 1) || s.charAt(a) == '(') {
        int e = rowData(a, ca);
        if (e > 0) {
          return e;
        }
      }
      if (ca == a + 1) {
        int e = accessField(a, ca, cb, b);
        if (e >= 0) {
          return e;
        }
        if (quote(s.charAt(a)) && a >= 3 && s.startsWith("=> ", a - 3)) {
          // a map printed by Elixir or Ruby, %{"name" => "carol"}: its keys are the code's, its values data
          int value = quotedValue(a, ca);
          if (value > 0) {
            return value;
          }
        }
        if (quote(s.charAt(a)) && inDuplicateKey(a)) {
          // MongoDB's E11000 "dup key: { email: "ana@example.com" }": the duplicated value is data, its field the code
          int value = quotedValue(a, ca);
          if (value > 0) {
            return value;
          }
        }
        if (quote(s.charAt(a)) && humanText(ca)) {
          int human = quotedValue(a, ca);
          if (human > 0) {
            return human;
          }
        }
        if (quote(s.charAt(a)) && a >= 2 && s.charAt(a - 1) == ' ' && afterInputPhrase(a - 1)) {
          int input = parsedInput(a);
          if (input > 0) {
            return input;
          }
        }
        if (quote(s.charAt(a)) && a >= 13 && s.regionMatches(a - 13, "module named ", 0, 13)) {
          // Python's "No module named 'psycopg2._psycopg'": the module that is missing is the code, digits and all
          literal(a, b);
          return b;
        }
      }
      if ((flags & EQUALS) != 0 && colons > 0 && first == ':') {
        int e = rubyPair(a, ca, cb, b);
        if (e >= 0) {
          return e;
        }
      }
      if (first == '-' && len >= 4 && len <= 7 && Shapes.hex(s, ca + 1, cb)) {
        // mbedTLS' and ESP-IDF's negative codes ("mbedtls_ssl_handshake returned -0x7280"): an address or an id is
        // never negative
        literal(a, b);
        return b;
      }
      // most tokens are words: none of those shapes can start without a digit, '@', '=', '|', '(' or "header"
      int shaped = digit || (flags & (AT | EQUALS | PIPE)) != 0 || s.charAt(a) == '(' || (len == 6 && first == 'h')
          ? shaped(a, ca, cb, b, first, len, digit) : -1;
      if (shaped >= 0) {
        return shaped;
      }
      if (ca == a + 1 && s.charAt(a) == '[' && cb < b && s.charAt(cb) == ']' && threadNames.contains(s, ca, cb)) {
        // Python's "[MainThread]" beside "[ThreadPoolExecutor-0_1]", Java's "[main]": the thread that logged
        return masked(a, ca, cb, b, ANY, false);
      }
      if (tailMask == start && out.length() == start + ANY.length() && s.charAt(b - 1) != ':' && syslogHost(a, b)) {
        // "Mar 15 03:14:44 web-cedar systemd[1]: ...": the host field of a syslog header is where it
        // happened, a value, however it is named
        syslogHost = ((long) ca << 32) | cb;
        return masked(a, ca, cb, b, ANY, false);
      }
      if (syslogHost >= 0 && cb - ca == (int) syslogHost - (int) (syslogHost >>> 32)
          && s.regionMatches(ca, s, (int) (syslogHost >>> 32), cb - ca) && afterMessageNumber(a)) {
        // a Cisco device names itself again after its message number: "817581: pe-vie-foxtrot: Mar  5 ..."; the
        // host's name elsewhere is a word of the message ("backup rsync[2231]: backup of /srv failed")
        return masked(a, ca, cb, b, ANY, false);
      }
      if (colons >= 5 && cb - ca > 12 && s.startsWith("arn:", ca)) {
        return arn(a, ca, cb, b, ANY);
      }
      if ((flags & EQUALS) != 0 && slashes >= 2 && colons > 0) {
        int e = keyedUrl(a, ca, cb, b);
        if (e >= 0) {
          return e;
        }
      }
      if ((flags & EQUALS) != 0) {
        if (cb - ca > 10 && dnPart(ca, cb)) {
          // an LDAP name, "CN=Noah Lindqvist,OU=Users,OU=Frankfurt,DC=corp,DC=acme,DC=com": whose account, a value
          // however it is split at its spaces
          return masked(a, ca, cb, b, ANY, false);
        }
        int tuple = keyTuple(a, b);
        if (tuple >= 0) {
          return tuple;
        }
        int dump = dumpedValue(a, b);
        if (dump >= 0) {
          return dump;
        }
      }
      if (digit && a == ca && cb == b && (iisKeep > 0 || (len == 3 && first >= '1' && first <= '5' && iisStatus(b)))) {
        // IIS' "... 502 3 12031 1557": the status, its sub-status and the Win32 error say which failure it was
        // (12002 a timeout, 12031 a reset); the time taken after them is a value
        iisKeep = iisKeep > 0 ? iisKeep - 1 : 2;
        literal(a, b);
        return b;
      }
      if (digit && cb == b - 1 && s.charAt(cb) == ':' && espTag(a)) {
        // ESP-IDF's "E (7224477) bme280: read_raw failed": the tag names the component that failed
        literal(a, b);
        return b;
      }
      if (colons >= 1 && digit && cb - ca > 5 && refusedBefore(a)) {
        int port = s.lastIndexOf(':', cb - 1);
        if (port > ca && servicePorts.contains(s, port + 1, cb)) {
          // Java's "Connection refused: localhost/127.0.0.1:5672", .NET's "actively refused it. (localhost:5432)":
          // which store refused is its port (RabbitMQ, Postgres), the host a value
          return masked(a, ca, port, b, ANY, false);
        }
      }
      if ((flags & EQUALS) != 0 && digit && isoCode(ca, cb)) {
        // ISO 20022's "Rsn/Cd=AC04" written as text: the reject reason is the failure (AC04 a closed account)
        literal(a, b);
        return b;
      }
      if (digit && (flags & PIPE) != 0 && pipedWord(ca, cb)) {
        // a SOAP fault's "95|Session|Inactive conversation": fields joined by '|', the code a value, the words the failure
        return parts(a, ca, cb, b, '|');
      }
      if (colons == 0 && dots > 0 && slashes > 0 && digit && elixirFunction(ca, cb)) {
        // Elixir's "no function clause matching in Notify.Channels.SMS.normalize_msisdn/1": the function that failed
        literal(a, b);
        return b;
      }
      if (colons == 1 && slashes > 0 && digit && erlangFunction(ca, cb)) {
        // ejabberd's "in mod_muc_room:process_presence/4 line 1033": the module, function and arity that failed
        literal(a, b);
        return b;
      }
      if (len == 3 && !digit && first >= 'A' && first <= 'Z' && currencies.contains(s, ca, cb) && s.charAt(ca + 1) <= 'Z'
          && s.charAt(ca + 2) <= 'Z') {
        // "currency mismatch: quote EUR, wallet GBP": which money moved is a value, like its amount
        return masked(a, ca, cb, b, ANY, false);
      }
      if (digit && (flags & (AT | HASH)) != 0 && (Shapes.letter(first) || first == '_')) {
        int hash = identityHash(ca, cb);
        if (hash > 0) {
          // Dart's "_ChatScreenState#796ae(lifecycle", Java's "com.acme.cache.ImageLoader@6d06d69c": the object's
          // class is what failed, its identity hash a value
          separator();
          out.append(s, a, hash + 1).append(ANY).append(s, hexEnd(hash + 1, cb), b);
          tailMask = -1;
          return b;
        }
      }
      for (long m = candidates(a, ca, cb, b, first, label); m != 0; m &= m - 1) {
        Rule r = order[Long.numberOfTrailingZeros(m)];
        String rep = r.replacement();
        switch (r.kind()) {
          case TIMESTAMP -> {
            if (digit && Shapes.digit(first) && (colons >= 2 || dashes + slashes >= 2) && Shapes.timestamp(s, ca, cb)) {
              return masked(a, ca, cb, b, rep, true);
            }
          }
          case DATEWORD -> {
            if (!digit && Shapes.letter(first) && dateWords.contains(s, ca, cb) && datePartFollows(b)) {
              return masked(a, ca, cb, b, rep, true);
            }
          }
          case UUID -> {
            if (len == 36 && dashes == 4 && Shapes.uuid(s, ca, cb)) {
              return masked(a, ca, cb, b, rep, false);
            }
          }
          case IP -> {
            if (((digit && dots == 3) || colons >= 2) && Shapes.ip(s, ca, cb)) {
              return masked(a, ca, (dots == 3 && colons == 1) || (dots == 0 && colons >= 3) ? servicePort(a, ca, cb) : cb, b, rep, false);
            }
          }
          case EMAIL -> {
            // a principal without a domain only in a log prefix, after a masked time or process id
            if ((flags & AT) != 0 && (Shapes.email(s, ca, cb) || (a == ca && Shapes.email(s, ca, cb, true) && afterMask()))) {
              return masked(a, ca, cb, b, rep, false);
            }
          }
          case URL -> {
            int colon = colons > 0 && slashes >= 2 ? Shapes.urlScheme(s, ca, cb) : -1;
            if (colon >= 0) {
              return url(a, ca, colon, cb, b, rep, routeLabel);
            }
          }
          case PATH -> {
            if ((slashes > 0 || (flags & BACKSLASH) != 0) && Shapes.path(s, ca, cb)) {
              int line = colons > 0 ? panicLine(a, sourceLine(ca, cb), cb) : -1;
              if (line > 0) {
                // "at src/handlers/orders.rs:88:14" elsewhere: where the code failed, its line a value; a user's home
                // in it ("/home/acme/public_html/wp-config.php:1", a hosting customer's) is a value too
                int home = homeName(ca, line);
                if (home > 0) {
                  separator();
                  out.append(s, a, home).append(ANY).append(s, Shapes.indexOf(s, '/', home, line), line).append(rep).append(s, cb, b);
                  tailMask = -1;
                  return b;
                }
                return masked(a, line, cb, b, rep, true);
              }
              if (first == '/' && (requestTo(a) || (ca > a && quote(s.charAt(ca - 1)) && afterMethod(a)))) {
                // Quarkus' "HTTP Request to /inventory/items/84300 failed", gin's "| POST "/v1/orders"": the
                // route that failed, its ids masked
                return route(a, ca, cb, b);
              }
              if (s.startsWith("java:", ca)) {
                // a JNDI name, "java:jboss/datasources/ClaimsDS": which data source or queue failed, its ids masked
                return route(a, ca, cb, b);
              }
              int file = s.startsWith(" on line ", cb) ? sourceFileName(ca, cb) : -1;
              if (file > ca) {
                // PHP's "Allowed memory size ... exhausted in /var/www/src/Cart.php on line 42": the file that
                // failed is the code, its directories a value
                return masked(a, ca, file, b, rep, false);
              }
              int code = codeLocation(a, ca, cb);
              if (code > ca) {
                // PHP-FPM's "script '/home/acme/public_html/wp-admin/admin-ajax.php'": the script a worker ran names
                // the code, its folders (a customer's home) are values; a file the code only read or missed stays
                // one value
                return masked(a, ca, code, b, rep, false);
              }
              if (slashes > 0 && afterResourceNoun(a)) {
                // "failed to load secret 'prod/orders/db'", "parameter /prod/orders/db_url": the name of the
                // secret or parameter that failed, its ids masked
                return route(a, ca, cb, b);
              }
              return masked(a, ca, cb, b, rep, false);
            }
          }
          case HEX -> {
            if (((flags & LETTER) == 0 || first == '0') && (len >= 8 || first == '0') && Shapes.hex(s, ca, cb)) {
              if (first == '0' && len == 10 && (afterCodeLabel(a) || hexCode(ca) && hexCodeLabel(a))) {
                // Windows' "Exception code: 0xc0000374" (heap corruption) and 0xc00000fd (stack overflow),
                // an HRESULT: the status is what failed
                literal(a, b);
                return b;
              }
              return masked(a, ca, cb, b, rep, true);
            }
          }
          case QUALIFIED -> {
            if (((dots >= 2 && Shapes.qualifiedName(s, ca, cb)) || (dots == 1 && moduleType(ca, cb))) && exceptionName(ca, cb)) {
              // "sqlite3.OperationalError", "psycopg2.IntegrityError": a module's number is part of its name
              literal(a, b);
              return b;
            }
          }
          case LABELLED -> {
            // "Event ID: 4625": a label's number that a code phrase names stays
            if (label && !(digit && codePhrases.matches(s, a, ca, cb, this))) {
              return masked(a, ca, cb, b, rep, false);
            }
          }
          case KEYVALUE -> {
            int line = colons == 2 ? loggerLine(ca, cb) : -1;
            if (line > 0) {
              // Python's "%(name)s:%(funcName)s:%(lineno)d": "payments.views:charge:114", the line a value
              return masked(a, line, cb, b, rep, true);
            }
            if (((flags & EQUALS) != 0 || colons > 0) && separatorAt(ca, cb) >= 0) {
              return keyValue(a, ca, cb, b, rep);
            }
          }
          case SIZE -> {
            if (!digit && tailNumeric && tailMask >= 0 && a == ca && units.contains(s, ca, cb) && !bracketedSize(a, cb, b)) {
              out.append(s, cb, b);
              tailNumeric = false;
              if (cb != b) {
                tailMask = -1;
              }
              return b;
            }
          }
          case QUOTED -> {
            if (ca > a && cb < b && quote(s.charAt(ca - 1)) && s.charAt(cb) == s.charAt(ca - 1) && !code(ca, cb)
                && (dots == 0 || !typeName(ca, cb)) && !callExpression(ca, cb)) {
              // "`sales.refunds`", Snowflake's 'RAW.STRIPE.CHARGES': a quoted name of three parts in capitals
              // is an object (a host of three parts, 'shop.example.com', is written in small letters)
              if (!name(ca, cb) && !((s.charAt(ca - 1) == '`' || (dots >= 1 && !hasLower(ca, cb) && !hostSuffixes.contains(s, s.lastIndexOf('.', cb - 1) + 1, cb)))
                  && qualifiedIdentifier(ca, cb))) {
                if (colons >= 2 && redisKey(ca, cb)) {
                  // a Redis key or channel, "room:7063098:presence": its words name what failed, its ids are values
                  return keySegments(a, ca, cb, b);
                }
                if (digit && (cb - ca == 3 || cb - ca == 5) && codePhrases.matches(s, a, ca, cb, this)) {
                  // cert-manager's "wrong status code '404', expected '200'": the status got is the failure;
                  // a retry wrapper's "sqlstate '40P01'" the SQLSTATE
                  literal(a, b);
                  return b;
                }
                if (dots > 0 && !digit && dottedName(ca, cb)) {
                  // NATS' subscription on "orders.created", an event type 'user.signup': a dotted name whose last
                  // word is no domain's or file's names what failed; "shop.example.com" is a host, a value
                  literal(a, b);
                  return b;
                }
                return masked(a, ca, cb, b, rep, false);
              }
              if (digit) {
                literal(a, b); // a quoted snake_case name whose digits belong to its words: "idx_orders_v2_ref"
                return b;
              }
            }
          }
          case NUMBER -> {
            int pod = dashes >= 2 ? Shapes.generatedSuffix(s, ca, cb) : -1;
            if (pod > ca) {
              // "payments-api-7c6d8f9b5-x2k9p": which deployment's pod failed is the failure, the pod a value
              return masked(a, pod, cb, b, rep, false);
            }
            if (digit && len < 64 && Shapes.letter(first)) {
              int e = namedNumber(a, ca, cb, b, rep);
              if (e >= 0) {
                return e;
              }
            }
            if (digit && colons >= 2 && scopedName(ca, cb)) {
              int e = scopedValues(a, ca, cb, b);
              if (e >= 0) {
                return e;
              }
            }
            if (digit && !action(ca, cb) && !ErrorCodes.shape(s, ca, cb) && !(a == ca && ErrorCodes.ibmMessage(s, ca, cb))
                && !(first == '%' && ErrorCodes.ciscoMessage(s, ca, cb))
                && !versionedWords.contains(s, ca, cb)
                && !codePhrases.matches(s, a, ca, cb, this)
                && (colons < 2 || !scopedName(ca, cb))) {
              // most tokens with a digit are plain numbers: the shapes with a bracket are tried only when
              // there is one
              int open = Shapes.indexOf(s, '(', ca, cb);
              int source = colons > 0 && dots > 0 ? panicLine(a, sourceLine(ca, cb), cb) : -1;
              if (source > 0) {
                // "src/main.rs:10:5", "worker.go:88": a path too short for the path rule, still code
                return masked(a, source, cb, b, rep, true);
              }
              if (open < 0) {
                int pid = processId(ca, cb);
                if (pid > 0) {
                  // "sshd[2231]:", "systemd[1]:": which program speaks is the message, its process id a value
                  return masked(a, pid, cb - 1, b, rep, true);
                }
                return masked(a, ca, cb, b, rep, true);
              }
              if (codeCall(ca, cb, open) || methodReference(ca, cb)) {
                literal(a, b);
                return b;
              }
              int line = frameLine(ca, cb, open);
              if (line > 0) {
                // "com.acme.OrderService.lambda$process$3(OrderService.java:88)": the frame is code, its
                // line number a value
                return masked(a, line, Shapes.indexOf(s, ')', line, cb), b, rep, true);
              }
              if (callName(ca, cb, open)) {
                // "DHCPACK(eth0)", "Set(orders-5,": the name before the bracket says what the line is
                int close = Shapes.indexOf(s, ')', open, cb);
                if (close > open + 1 && close + 1 < cb && Shapes.hasDigit(s, close + 1, cb)) {
                  return sessionPrefix(a, open, cb, b);
                }
                return masked(a, open + 1, close > open + 1 ? close : cb, b, rep, true);
              }
              return masked(a, ca, cb, b, rep, true);
            }
          }
        }
      }
      // a word that could be an id (long, or joined like one) or a label: most words are neither
      if (!digit && ((len >= 8 && (len >= 16 || dashes > 0 || (flags & UNDERSCORE) != 0)) || (b > cb && s.charAt(cb) == ':'))) {
        int e = wordValue(a, ca, cb, b);
        if (e >= 0) {
          return e;
        }
      }
      literal(a, b);
      if (a == ca && first >= 'S' && first <= 'W' && ((len == 6 && s.startsWith("VALUES", ca))
          || (len == 5 && s.startsWith("WHERE", ca)) || (len == 3 && s.startsWith("SET", ca)))) {
        sqlLiterals = true;
      }
      if (b > cb && idLabels.contains(s, ca, cb) && Shapes.indexOf(s, ':', cb, b) >= 0) {
        labelPending = true;
      } else if (b > cb && s.charAt(cb) == ':' && valueLabels.contains(s, ca, cb)) {
        valueLabelPending = true;
      } else if (b > cb && s.charAt(cb) == ':' && routeLabels.contains(s, ca, cb)) {
        routeLabelPending = true;
      }
      return b;
    }

    /**
     * The positions of the rules this token can match at all, in file order: a necessary condition
     * of each rule, read off the summary, so most tokens try two or three rules instead of all.
     */
    private long candidates(int a, int ca, int cb, int b, char first, boolean label) {
      long[] p = positions;
      long m;
      if ((flags & DIGIT) != 0) {
        m = p[Kind.TIMESTAMP.ordinal()] | p[Kind.NUMBER.ordinal()];
      } else {
        m = p[Kind.DATEWORD.ordinal()] | p[Kind.SIZE.ordinal()];
      }
      if (dashes == 4) {
        m |= p[Kind.UUID.ordinal()];
      }
      if (dashes >= 2) {
        m |= p[Kind.NUMBER.ordinal()];
      }
      if (dots == 3 || colons >= 2) {
        m |= p[Kind.IP.ordinal()];
      }
      if ((flags & AT) != 0) {
        m |= p[Kind.EMAIL.ordinal()];
      }
      if (colons > 0) {
        m |= p[Kind.KEYVALUE.ordinal()] | (slashes >= 2 ? p[Kind.URL.ordinal()] : 0);
      } else if ((flags & EQUALS) != 0) {
        m |= p[Kind.KEYVALUE.ordinal()];
      }
      if (slashes > 0 || (flags & BACKSLASH) != 0) {
        m |= p[Kind.PATH.ordinal()];
      }
      if ((flags & LETTER) == 0 || first == '0') {
        m |= p[Kind.HEX.ordinal()];
      }
      if (dots >= 2 || (dots == 1 && (flags & DIGIT) != 0)) {
        m |= p[Kind.QUALIFIED.ordinal()];
      }
      if (label) {
        m |= p[Kind.LABELLED.ordinal()];
      }
      if (ca > a && cb < b) {
        m |= p[Kind.QUOTED.ordinal()];
      }
      return m;
    }

    /** A name that holds a number: "orders.events.v1" (see Shapes.versionedName), or see numberedName. */
    private int namedNumber(int a, int ca, int cb, int b, String rep) {
      int bar = Shapes.indexOf(s, '|', ca, cb);
      if (bar > ca && s.startsWith("task-", bar + 1) && Shapes.digits(s, bar + 6, cb)) {
        // Kafka Connect's "[s3-sink-orders|task-3]": the connector is what failed, its task a value
        return masked(a, bar + 6, cb, b, rep, true);
      }
      if (Shapes.versionedName(s, ca, cb)) {
        // "orders.events.v1": a topic, index or API named with its version names what failed
        literal(a, b);
        return b;
      }
      int date = Shapes.dateSuffix(s, ca, cb);
      if (date > 0) {
        // "orders-2024.06.04", "events_20240604": which index or table of its shards failed, the day a value
        return masked(a, date, cb, b, rep, true);
      }
      return dashes > 0 ? numberedName(a, ca, cb, b, rep) : -1;
    }

    /**
     * "orders.created-8@9182981", "orders.events.v1-7:120290": a Kafka record's topic, partition and
     * offset (or the producer's milliseconds); the topic names what failed, the rest is a value. "HikariPool-2": a pool numbered by its order of creation is one
     * database of several (see words numberedname). Returns where the token ends, or -1.
     */
    private int numberedName(int a, int ca, int cb, int b, String rep) {
      int at = (flags & AT) != 0 ? Shapes.indexOf(s, '@', ca, cb) : -1;
      if (at < 0 && colons == 1 && (dots > 0 || s.startsWith(" ms", b))) {
        at = Shapes.indexOf(s, ':', ca, cb); // the producer's "Expiring 15 record(s) for orders.events.v1-7:120290 ms"
      }
      int nameEnd = at > 0 ? at : cb;
      int dash = nameEnd - 1;
      while (dash > ca && Shapes.digit(s.charAt(dash))) {
        dash--;
      }
      if (dash <= ca || dash == nameEnd - 1 || s.charAt(dash) != '-' || !Shapes.letter(s.charAt(ca))) {
        return -1;
      }
      if (at < 0) {
        if (numberedNames.contains(s, ca, dash)) {
          literal(a, b);
          return b;
        }
        return -1;
      }
      if (!Shapes.digits(s, at + 1, cb)) {
        return -1;
      }
      return Shapes.wordChars(s, ca, dash, "._-") ? masked(a, dash + 1, cb, b, rep, true) : -1;
    }

    /**
     * "queue_url=https://sqs.../order-events-retry": a URL that names the resource keeps its host and path
     * words as a URL does; a redirect_uri or a callback is the caller's, a value (see words urlkey).
     */
    private int keyedUrl(int a, int ca, int cb, int b) {
      int eq = Shapes.indexOf(s, '=', ca, cb);
      int colon = eq > ca && urlKeys.contains(s, ca, eq) ? Shapes.urlScheme(s, eq + 1, cb) : -1;
      return colon > 0 ? url(a, eq + 1, colon, cb, b, ANY, false) : -1;
    }

    /**
     * A word that is a value all the same: a random id without a digit ("AjrNpMGn_quPHlANqbtEuF",
     * "pay_utxrhsfsxgmctq"), or the client after a User-Agent label (the rest of the line); -1 otherwise.
     */
    private int wordValue(int a, int ca, int cb, int b) {
      int len = cb - ca;
      // most long words are words: a shorter one is looked at only when it is joined like an id ("pay_x")
      if (len >= 8 && (len >= 16 || dashes > 0 || (flags & UNDERSCORE) != 0) && Shapes.randomId(s, ca, cb)) {
        return masked(a, ca, cb, b, ANY, false);
      }
      if (b > cb && s.charAt(cb) == ':' && userAgentLabel(ca, cb)) {
        literal(a, b);
        int stop = agentEnd(b);
        if (stop > b) {
          separator();
          tailMask = out.length();
          out.append(ANY);
          tailNumeric = false;
        }
        return stop;
      }
      return -1;
    }

    private boolean hasLower(int from, int to) {
      for (int k = from; k < to; k++) {
        if (s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
          return true;
        }
      }
      return false;
    }

    /** Six characters with a digit or a capital, or without a vowel: "Vb93kP", not the word "reader". */
    private boolean randomSuffix(int from, int to) {
      boolean vowel = false;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (Shapes.digit(c) || (c >= 'A' && c <= 'Z')) {
          return true;
        }
        vowel |= Shapes.vowel(c);
      }
      return !vowel;
    }

    /**
     * Whether the words before a are "Exception code:" or "HRESULT" (any case): a status named as the
     * failure. A bare "error code 0xe00002c7" (IOKit) is left a value, as log parsers label it.
     */
    private boolean afterCodeLabel(int a) {
      int w = wordBefore(a);
      if (w < 0) {
        return false;
      }
      if (regionMatchesIgnoreCase(w, "hresult")) {
        return true;
      }
      if (regionMatchesIgnoreCase(w, "status:")) {
        // Windows' logon failure "Status: 0xC000006D", "Sub Status: 0xC000006A": bad password, no such user
        return true;
      }
      int before = regionMatchesIgnoreCase(w, "code") ? wordBefore(w) : -1;
      return before >= 0 && regionMatchesIgnoreCase(before, "exception ");
    }

    /**
     * Whether the hex number of ten characters at ca has the shape of a Windows failure code: eight digits with the
     * severity of an HRESULT's failure or an NTSTATUS error (0x8..., 0xC...). IOKit's "error code 0xe00002c7" and the
     * like are values, as the macOS logs of the held-out kind label them.
     */
    private boolean hexCode(int ca) {
      char d = s.charAt(ca + 2);
      return (d == '8' || d == 'c' || d == 'C') && (s.charAt(ca + 1) == 'x' || s.charAt(ca + 1) == 'X');
    }

    /**
     * Whether a hex number at a is a code by its label: "Error = 0x8024401c", "with error 0x80190193", "exit code was
     * '0xc0000374'" (an HRESULT, an NTSTATUS), not an address or an id.
     */
    private boolean hexCodeLabel(int a) {
      int k = a - 1;
      while (k >= 0 && (space(s.charAt(k)) || s.charAt(k) == '=' || s.charAt(k) == ':' || quote(s.charAt(k)))) {
        k--;
      }
      int w = wordStart(k + 1);
      if (w < 0) {
        return false;
      }
      if ((k + 1 - w == 3 && regionMatchesIgnoreCase(w, "was")) || (k + 1 - w == 2 && regionMatchesIgnoreCase(w, "is"))) {
        k = w - 1; // "exit code was '0xc0000374'"
        while (k >= 0 && space(s.charAt(k))) {
          k--;
        }
        w = wordStart(k + 1);
        if (w < 0) {
          return false;
        }
      }
      if (hexLabels.contains(s, w, k + 1)) {
        return true;
      }
      // "exit code 0xc0000409", "error code 0x80070005"; a bare "code" is as often a value's name (macOS' "Sleep failure
      // code 0xce1e8379", which the held-out kind's labels mask)
      int before = k + 1 - w == 4 && regionMatchesIgnoreCase(w, "code") ? wordBefore(w) : -1;
      return before >= 0 && (regionMatchesIgnoreCase(before, "exit ") || regionMatchesIgnoreCase(before, "error "));
    }

    /** Where the letters that end at e start, or -1 when fewer than two letters end there. */
    private int wordStart(int e) {
      int w = e;
      while (w > 0 && Shapes.letter(s.charAt(w - 1))) {
        w--;
      }
      return e - w >= 2 ? w : -1;
    }

    /** Whether the word before a is an HTTP method ("POST", any case). */
    private boolean afterMethod(int a) {
      int w = wordBefore(a);
      if (w < 0) {
        return false;
      }
      int e = w;
      while (e < a && Shapes.letter(s.charAt(e))) {
        e++;
      }
      return e - w >= 3 && httpMethods.contains(s, w, e);
    }

    /**
     * Where the client named after a User-Agent label ends: before the next label ("reason:", "status=")
     * or at the end of the line. "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605"
     * is one value however many words it has.
     */
    private int agentEnd(int p) {
      int last = p; // where the client's last word ends
      int q = p;
      while (true) {
        while (q < end && space(s.charAt(q))) {
          q++;
        }
        if (q >= end) {
          return last;
        }
        int e = q;
        while (e < end && !space(s.charAt(e))) {
          e++;
        }
        if (s.charAt(e - 1) == ':' || Shapes.indexOf(s, '=', q, e) > 0) {
          return last;
        }
        last = e;
        q = e;
      }
    }

    /** "User-Agent:", or "agent:" after "User" (any case). */
    private boolean userAgentLabel(int ca, int cb) {
      if (cb - ca == 10) {
        return regionMatchesIgnoreCase(ca, "user-agent");
      }
      if (cb - ca != 5 || !regionMatchesIgnoreCase(ca, "agent")) {
        return false;
      }
      int w = wordBefore(ca);
      return w >= 0 && ca - w == 5 && regionMatchesIgnoreCase(w, "user ");
    }

    /** "room:7063098:presence", "user:213843:profile": parts of letters, digits, '_', '-', '*' between colons, one a word. */
    private boolean redisKey(int ca, int cb) {
      if (!Shapes.wordChars(s, ca, cb, ":_-*") || s.charAt(ca) == ':' || s.charAt(cb - 1) == ':') {
        return false;
      }
      for (int k = ca; k < cb; k++) {
        if (Shapes.letter(s.charAt(k))) {
          int e = k;
          while (e < cb && s.charAt(e) != ':') {
            e++;
          }
          int p = k;
          while (p > ca && s.charAt(p - 1) != ':') {
            p--;
          }
          if (!Shapes.hasDigit(s, p, e)) {
            return true; // a part that is a word
          }
          k = e;
        }
      }
      return false;
    }

    /** Writes a Redis key part by part, a part with a digit masked. */
    private int keySegments(int a, int ca, int cb, int b) {
      return parts(a, ca, cb, b, ':');
    }

    /** Each part of s[ca, cb) between separators masked when it holds a digit, kept as a word otherwise. */
    private int parts(int a, int ca, int cb, int b, char separator) {
      return parts(a, ca, cb, b, separator, false);
    }

    /** Fields joined by separator, those with a digit masked; addresses too (any "://") when asked. */
    private int parts(int a, int ca, int cb, int b, char separator, boolean addresses) {
      separator();
      out.append(s, a, ca);
      int p = ca;
      while (p < cb) {
        int e = Shapes.indexOf(s, separator, p, cb);
        e = e < 0 ? cb : e;
        int scheme = addresses && e < cb && e - p > 3 ? Shapes.indexOf(s, ':', p, e) : -1;
        boolean address = scheme > p && scheme + 2 < e && s.charAt(scheme + 1) == '/' && s.charAt(scheme + 2) == '/';
        if (address || Shapes.hasDigit(s, p, e)) {
          out.append(ANY);
        } else {
          out.append(s, p, e);
        }
        if (e < cb) {
          out.append(separator);
        }
        p = e + 1;
      }
      out.append(s, cb, b);
      tailMask = -1;
      return b;
    }

    /**
     * Shapes of one format each, tried before the general rules (a JSON path, a path of constants, an address inside a
     * printed call, padded base64, Postfix's header checks, ClickHouse's query, an SMTP status, Drupal's records): kept
     * out of token so that its hot path stays small enough for the compiler. Returns where the token ends, or -1.
     */
    private int shaped(int a, int ca, int cb, int b, char first, int len, boolean digit) {
      if (digit && first == '$' && len > 2 && (s.charAt(ca + 1) == '.' || s.charAt(ca + 1) == '[')) {
        // a JSON path ("$.offers[1].pickup.phone") names the field that failed; its indexes are values
        separator();
        for (int k = a; k < b; k++) {
          if (Shapes.digit(s.charAt(k)) && k > a && s.charAt(k - 1) == '[') {
            out.append(ANY);
            while (k + 1 < b && Shapes.digit(s.charAt(k + 1))) {
              k++;
            }
          } else {
            out.append(s.charAt(k));
          }
        }
        tailMask = -1;
        return b;
      }
      if (digit && colons > 0 && constantPath(ca, cb)) {
        // Nextflow's 'NFCORE_SAREK:SAREK:BWAMEM1_MEM': a path of constants names the step that failed, digits and all
        literal(a, b);
        return b;
      }
      if ((flags & AT) != 0 && (flags & EQUALS) == 0 && Character.isUpperCase(first)) {
        // (a key=value token is the key's to read: "UserInfo={AccountName=calvisitor@icloud.com," is one value)
        int e = embeddedEmail(a, ca, cb, b);
        if (e > 0) {
          return e;
        }
      }
      if ((flags & EQUALS) != 0 && len >= 20 && s.charAt(cb - 1) == '=' && base64(ca, cb)) {
        // CloudFront's request id "cEPxKxYw...IrrL==", a padded token: random bytes in base64, a value
        return masked(a, ca, cb, b, ANY, false);
      }
      if (len == 6 && s.startsWith("header ", a) && a >= 2 && s.charAt(a - 2) == ':' && cb == b) {
        int e = headerValue(b);
        if (e > 0) {
          return e;
        }
      }
      if (s.charAt(a) == '(' && s.startsWith("(in query: ", a)) {
        int close = closingParen(a);
        if (close > 0) {
          // ClickHouse's "(in query: SELECT ...)": the statement a user ran is data, whatever failed running it
          int e = close + 1;
          while (e < end && !space(s.charAt(e))) {
            e++;
          }
          separator();
          out.append("(in query: ").append(ANY).append(s, close, e);
          tailMask = -1;
          return e;
        }
      }
      if (digit && dots == 2 && mailStatus(a, ca, cb)) {
        // SMTP's reply: "said: 550 5.7.26 ...", "550-5.7.26", Postfix's "helo=<x>: 5.7.1 ...": the reply code and
        // the enhanced status code say which failure (5.7.26 unauthenticated, 5.1.1 no such user, 4.2.0 greylisted)
        literal(a, b);
        return b;
      }
      if ((flags & PIPE) != 0 && slashes >= 4 && pipedRecord(ca, cb)) {
        // Drupal's syslog line, "https://311.example.gov|1715881804|php|68.254.197.136|https://.../report/pothole|
        // https://.../report|36204||Error: ...": its fields joined by '|'; addresses and numbers are values, the type
        // ("php") stays, and the message starts in the last field
        return parts(a, ca, cb, b, '|', true);
      }
      return -1;
    }

    /** Six or more fields joined by '|', two of them addresses ("https://..."): a record of a log line, not a word. */
    private boolean pipedRecord(int ca, int cb) {
      int pipes = 0;
      int urls = 0;
      for (int k = ca; k < cb; k++) {
        if (s.charAt(k) == '|') {
          pipes++;
        } else if (s.charAt(k) == ':' && k + 2 < cb && s.charAt(k + 1) == '/' && s.charAt(k + 2) == '/') {
          urls++;
        }
      }
      return pipes >= 6 && urls >= 2;
    }

    /**
     * "1910 bytes (1.87 KB)": a size in brackets after its count of bytes shows the unit the program chose to
     * print it in (Proxifier's "(1.87 KB) sent" and "(3.80 MB) sent" are two formats, as Loghub labels them);
     * the unit stays a word and only the number is a value.
     */
    private boolean bracketedSize(int a, int cb, int b) {
      if (cb >= b || s.charAt(cb) != ')' || cb - a > 3 || !Shapes.letter(s.charAt(a)) || s.charAt(cb - 1) != 'B') {
        return false;
      }
      int k = a - 1;
      while (k >= 0 && space(s.charAt(k))) {
        k--;
      }
      while (k >= 0 && !space(s.charAt(k)) && s.charAt(k) != '(') {
        k--;
      }
      if (k < 0 || s.charAt(k) != '(') {
        return false;
      }
      int w = wordBefore(k);
      return w >= 0 && endsWordIgnoreCase(w, "bytes");
    }

    /** Whether the word before a names a kind of resource ("secret", "parameter": see words resourcenoun). */
    private boolean afterResourceNoun(int a) {
      int w = wordBefore(a);
      int e = w;
      while (e >= 0 && e < a && Shapes.letter(s.charAt(e))) {
        e++;
      }
      return w >= 0 && resourceNouns.contains(s, w, e);
    }

    /** Whether the words before a are "request to" (any case). */
    private boolean requestTo(int a) {
      int to = wordBefore(a);
      if (to < 0 || a - to < 3 || !regionMatchesIgnoreCase(to, "to ")) {
        return false;
      }
      int request = wordBefore(to);
      return request >= 0 && regionMatchesIgnoreCase(request, "request ");
    }

    /** Brackets opened in s[ca, cb) and not closed there. */
    private int unclosed(int ca, int cb) {
      int o = 0;
      for (int k = ca; k < cb; k++) {
        char c = s.charAt(k);
        if (c == '(' || c == '[' || c == '{') {
          o++;
        } else if (c == ')' || c == ']' || c == '}') {
          o = Math.max(0, o - 1);
        }
      }
      return o;
    }

    /**
     * A quoted upper-case code ('PENDING', "ECONNRESET"): a state or an error code named in the
     * message is the condition, so two of them are two errors, not two values. (Unquoted key=VALUE
     * pairs stay masked: they are mostly fields of a dumped object, Order(status=PAID).)
     */
    private boolean code(int from, int to) {
      if (to - from < 3) {
        return false;
      }
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (!((c >= 'A' && c <= 'Z') || c == '_')) {
          return false;
        }
      }
      return true;
    }

    /** "`sales.refunds`", "`sales`.`refunds`": SQL and code quote a qualified identifier in backticks; it names a table. */
    private boolean qualifiedIdentifier(int from, int to) {
      if (to - from > 64 || !Shapes.letter(s.charAt(from)) || Shapes.hasDigit(s, from, to)) {
        return false;
      }
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        // Spark quotes each part: `spark_catalog`.`sales`.`refunds`; Oracle too: "CORE"."CUSTOMER"."POSTCODE"
        boolean partQuote = c == s.charAt(from - 1) && ((k + 1 < s.length() && s.charAt(k + 1) == '.') || s.charAt(k - 1) == '.');
        if (!(Shapes.letter(c) || c == '_' || c == '.' || c == '$' || partQuote)) {
          return false;
        }
      }
      return true;
    }

    /** Names in capitals joined by ':' ("NFCORE_SAREK:SAREK:GATK4_MARKDUPLICATES"), each starting with a letter. */
    private boolean constantPath(int from, int to) {
      boolean start = true;
      int letters = 0;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (c == ':') {
          if (start || letters < 2) {
            return false;
          }
          start = true;
          letters = 0;
        } else if (start ? c >= 'A' && c <= 'Z' : (c >= 'A' && c <= 'Z') || Shapes.digit(c) || c == '_') {
          letters += c >= 'A' && c <= 'Z' ? 1 : 0;
          start = false;
        } else {
          return false;
        }
      }
      return !start && letters >= 2;
    }

    /** "orders.created": two to four dotted words in small letters, the last one no domain's or file's (words hostsuffix). */
    private boolean dottedName(int from, int to) {
      int labels = 1;
      int label = from;
      for (int k = from; k <= to; k++) {
        char c = k < to ? s.charAt(k) : '.';
        if (c == '.') {
          if (k - label < 2 || !(s.charAt(label) >= 'a' && s.charAt(label) <= 'z')) {
            return false;
          }
          if (k < to) {
            labels++;
            label = k + 1;
          }
        } else if (!((c >= 'a' && c <= 'z') || c == '_' || c == '-')) {
          return false;
        }
      }
      return labels >= 2 && labels <= 4 && !hostSuffixes.contains(s, label, to);
    }

    /**
     * A short quoted word without digits ('payments', "inventory"): which queue, table or mode failed
     * is most often the bug itself; only the learning stage makes it a variable, on evidence.
     */
    private boolean name(int from, int to) {
      // snake_case identifiers (constraint, column, index names) run longer than plain words
      int max = Shapes.indexOf(s, '_', from, to) > from ? 48 : 24;
      if (to - from < 2 || to - from > max) {
        return false;
      }
      boolean snake = max == 48;
      boolean segmentLetter = false;
      boolean segmentDigit = false;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        // 'std::bad_alloc', 'Foo::Bar': a namespaced name is code
        boolean scope = c == ':' && k > from && k + 1 < to && (s.charAt(k + 1) == ':' || s.charAt(k - 1) == ':');
        if (c == '_' || c == '-') {
          if (segmentDigit && !segmentLetter) {
            return false;
          }
          segmentLetter = false;
          segmentDigit = false;
        }
        // "idx_orders_v2_ref": in a snake_case name a digit belongs to a word; "user_42" is an id
        boolean digitInWord = snake && Shapes.digit(c);
        segmentLetter |= Shapes.letter(c);
        segmentDigit |= digitInWord;
        if (!(Shapes.letter(c) || digitInWord || ((c == '-' || c == '_') && k > from) || scope)) {
          return false;
        }
      }
      // Stripe's 'pi_s94sHhxmehEsf7zmYeUHFT1w': a prefix, then a random id
      return !(segmentDigit && !segmentLetter) && !Shapes.randomTail(s, from, to);
    }

    /**
     * 'com.acme.PaymentClient': a qualified type (its last name capitalised, with lower case) is the code a
     * message names, kept like an exception's type ("Consider defining a bean of type '...'").
     */
    private boolean typeName(int from, int to) {
      int hash = Shapes.indexOf(s, '#', from, to);
      if (hash > from && hash + 1 < to && Shapes.wordChars(s, hash + 1, to, "_$")) {
        to = hash; // a method of it, "com.acme.tracking.client.CustomsClient#declare"
      }
      int dot = -1;
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (c == '.') {
          if (k == from || k == to - 1 || s.charAt(k - 1) == '.') {
            return false;
          }
          dot = k;
        } else if (!(Shapes.letter(c) || Shapes.digit(c) || c == '_' || c == '$')) {
          return false;
        }
      }
      if (dot < 0 || s.charAt(dot + 1) < 'A' || s.charAt(dot + 1) > 'Z') {
        return false;
      }
      for (int k = dot + 2; k < to; k++) {
        if (s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
          return true;
        }
      }
      return false;
    }

    /** The first "Error: " and "Exception: " of the text, -1 if none, -2 until searched (once per line). */
    private int errorAt = -2;
    private int exceptionAt = -2;

    @Override
    public int errorAt() {
      if (errorAt == -2) {
        errorAt = s.indexOf("Error: ");
      }
      return errorAt;
    }

    @Override
    public int exceptionAt() {
      if (exceptionAt == -2) {
        exceptionAt = s.indexOf("Exception: ");
      }
      return exceptionAt;
    }

    /** Where the line of "module.name:function:123" starts, or -1. */
    private int loggerLine(int ca, int cb) {
      int last = cb - 1;
      while (last > ca && Shapes.digit(s.charAt(last))) {
        last--;
      }
      if (last == cb - 1 || s.charAt(last) != ':') {
        return -1;
      }
      int mid = last - 1;
      while (mid > ca && (Shapes.letter(s.charAt(mid)) || Shapes.digit(s.charAt(mid)) || s.charAt(mid) == '_')) {
        mid--;
      }
      if (s.charAt(mid) != ':' || mid == last - 1 || !(Shapes.letter(s.charAt(mid + 1)) || s.charAt(mid + 1) == '_')) {
        return -1;
      }
      // a Python function has a small letter; "RequestId:924B9221A1771E7B:00000006" (ASP.NET) is an id
      boolean lower = false;
      for (int k = mid + 1; k < last && !lower; k++) {
        lower = s.charAt(k) >= 'a' && s.charAt(k) <= 'z';
      }
      if (!lower) {
        return -1;
      }
      for (int k = ca; k < mid; k++) {
        char c = s.charAt(k);
        if (!(Shapes.letter(c) || Shapes.digit(c) || c == '_' || c == '.')) {
          return -1;
        }
      }
      return mid > ca && Shapes.letter(s.charAt(ca)) ? last + 1 : -1;
    }

    /**
     * Where the line number of a source file's path starts ("src/orders.rs:88:14" -> 88), or -1: the file
     * ends with an extension of source code (see words sourceext), then ":line" and maybe ":column".
     */
    private int sourceLine(int ca, int cb) {
      int k = cb;
      int colons = 0;
      int line = -1;
      while (k > ca && colons < 2) {
        int e = k;
        while (k > ca && Shapes.digit(s.charAt(k - 1))) {
          k--;
        }
        if (k == e || k == ca || s.charAt(k - 1) != ':') {
          break;
        }
        line = k;
        k--;
        colons++;
      }
      if (line < 0) {
        return -1;
      }
      int fileEnd = line - 1;
      while (fileEnd > ca && s.charAt(fileEnd - 1) == ':') {
        fileEnd--;
      }
      int dot = fileEnd - 1;
      while (dot > ca && Shapes.letter(s.charAt(dot))) {
        dot--;
      }
      if (s.charAt(dot) != '.' || !sourceExtensions.contains(s, dot + 1, fileEnd)) {
        // Janus' "[plugins/janus_videoroom.c:janus_videoroom_handler:8345]": a file, its function, then the line
        int fn = fileEnd;
        while (fn > ca && (Shapes.letter(s.charAt(fn - 1)) || Shapes.digit(s.charAt(fn - 1)) || s.charAt(fn - 1) == '_')) {
          fn--;
        }
        return colons == 1 && fn < fileEnd && fn > ca + 2 && s.charAt(fn - 1) == ':' && sourceFile(ca, fn - 1) ? line : -1;
      }
      // "file.rs:88:14" -> the mask starts after the file's colon
      int first = fileEnd + 1;
      return first < cb ? first : -1;
    }

    /**
     * "arn:aws:dynamodb:us-east-1:123456789012:table/Orders": the service and the resource say what was
     * denied or missing; the region and the account are values, as are resource names with digits
     * (an instance, a session).
     */
    private int arn(int a, int ca, int cb, int b, String rep) {
      separator();
      out.append(s, a, ca);
      int p = ca;
      int service = -1;
      for (int field = 0; field < 5; field++) {
        int colon = Shapes.indexOf(s, ':', p, cb);
        if (field == 2) {
          service = p;
        }
        if (field >= 3 && colon > p) {
          out.append(rep); // region, account
        } else {
          out.append(s, p, colon);
        }
        out.append(':');
        p = colon + 1;
      }
      // a principal: an IAM user's name and an assumed role's session are who, not what ("user/<*>",
      // "assumed-role/app-role/<*>"); the role that lacks a permission stays
      boolean principal = regionMatchesIgnoreCase(service, "iam:") || regionMatchesIgnoreCase(service, "sts:");
      boolean user = principal && s.startsWith("user/", p);
      boolean session = principal && s.startsWith("assumed-role/", p);
      boolean secret = regionMatchesIgnoreCase(service, "secretsmanager:");
      int segment = 0;
      while (p < cb) {
        int q = p;
        while (q < cb && s.charAt(q) != '/' && s.charAt(q) != ':') {
          q++;
        }
        boolean who = (user && segment >= 1) || (session && segment >= 2);
        segment++;
        if (q == cb && secret && q - p > 7 && s.charAt(q - 7) == '-' && randomSuffix(q - 6, q)) {
          // Secrets Manager ends a secret's ARN with "-" and six random characters: the name before it is
          // the secret ("secret:payments/stripe-api-key-Vb93kP")
          out.append(Shapes.hasDigit(s, p, q - 7) ? rep : s.subSequence(p, q - 7)).append('-').append(rep);
        } else if (who || Shapes.hasDigit(s, p, q)) {
          out.append(rep);
        } else {
          out.append(s, p, q);
        }
        if (q < cb) {
          out.append(s.charAt(q));
        }
        p = q + 1;
      }
      out.append(s, cb, b);
      tailMask = -1;
      return b;
    }

    /** Whether s[from, to) closes a bracket: the pair was a field of "Name(...)" or "{...}". */
    private boolean closes(int from, int to) {
      for (int k = from; k < to; k++) {
        if (s.charAt(k) == ')' || s.charAt(k) == '}' || s.charAt(k) == ']') {
          return true;
        }
      }
      return false;
    }

    /**
     * "code", "errorType", "decline_code", "declineCode", "payment_status": a key named for how something failed
     * (words codekey, or a word of codesuffix that starts a part of the key), not a code of data ("zip_code").
     */
    private boolean codeKey(int k, int e) {
      if (codeKeys.contains(s, k, e)) {
        return true;
      }
      return !dataCodes.contains(s, k, e) && partSuffix(k, e, codeSuffixes);
    }

    /** Whether the key s[k, e) is or ends in a word of prosesuffix ("stderr", "fetch_error"). */
    private boolean proseKey(int k, int e) {
      for (String suffix : proseSuffixes) {
        if (e - k == suffix.length() && s.regionMatches(true, k, suffix, 0, e - k)) {
          return true;
        }
      }
      return partSuffix(k, e, proseSuffixes);
    }

    /** Whether the key s[k, e) ends in one of the suffixes as a part of its own ("decline_code", "OpType"). */
    private boolean partSuffix(int k, int e, String[] suffixes) {
      char last = e > k ? WordSet.lowerAscii(s.charAt(e - 1)) : 0;
      for (String suffix : suffixes) {
        if (suffix.charAt(suffix.length() - 1) != last) {
          continue;
        }
        int at = e - suffix.length();
        if (at > k && s.regionMatches(true, at, suffix, 0, suffix.length())) {
          char before = s.charAt(at - 1);
          char first = s.charAt(at);
          return before == '_' || before == '-' || before == '.' || (first <= 'Z' && first >= 'A' && before >= 'a' && before <= 'z');
        }
      }
      return false;
    }

    /** A short code with a letter ("killed", "9/KILL", "40P01"); a bare number stays a value. */
    private boolean codeValue(int v, int q) {
      if (q - v > 32) { // "invalid_user_credentials": a constant in snake_case runs long
        return false;
      }
      boolean letter = false;
      int kinds = 0; // small letters, capitals, digits
      int run = 0;
      for (int k = v; k < q; k++) {
        char c = s.charAt(k);
        run = Shapes.digit(c) ? run + 1 : 0;
        if (run >= 6) {
          return false; // "order_code=BX-20240516-HNCLQ8PTVE": a date or a serial in it makes it an id
        }
        if (Shapes.letter(c)) {
          letter = true;
          kinds |= c <= 'Z' ? 2 : 1;
        } else if (Shapes.digit(c)) {
          kinds |= 4;
        } else if (!(c == '_' || c == '/' || c == '-' || c == ':')) { // Chromium's "net::ERR_CONNECTION_RESET"
          return false;
        }
      }
      // WeChat's "jsCode=0zpTwbaM2lKC7VW4WffZk3RvT56BrSnk": a long mix of both cases and digits is a token, not a code
      return letter && !(kinds == 7 && q - v >= 16);
    }

    /**
     * A Rails controller as lograge writes it ("Api::V2::PhotosController") after "controller=", or its action (a
     * method's name) after "action=" when a controller came just before.
     */
    private boolean railsEndpoint(int k, int sep, int v, int q) {
      if (sep - k == 10 && s.startsWith("controller", k)) {
        return s.charAt(v) >= 'A' && s.charAt(v) <= 'Z' && s.startsWith("Controller", q - 10)
            && Shapes.wordChars(s, v, q, ":");
      }
      if (sep - k != 6 || !s.startsWith("action", k) || !Shapes.wordChars(s, v, q, "_") || Shapes.hasDigit(s, v, q)) {
        return false;
      }
      return k >= 11 && s.startsWith("Controller ", k - 11);
    }

    /** "refunds-sub", "orders.fifo", "orders.events.v1": letters, '.', '-', '_', digits only in a version. */
    private boolean resourceName(int v, int q) {
      return Shapes.letter(s.charAt(v)) && Shapes.wordChars(s, v, q, ".-_:") // Ruby's "Orders::SyncJob" too
          && (!Shapes.hasDigit(s, v, q) || Shapes.versionedName(s, v, q));
    }

    /** "-911", "2", "68": a whole number, its sign allowed. */
    private boolean numberCode(int v, int q) {
      return Shapes.digits(s, s.charAt(v) == '-' ? v + 1 : v, q);
    }

    /** Whether the text before a is ESP-IDF's level and tick count, "E (7224477) ", at the start of a line. */
    private boolean espTag(int a) {
      int k = a - 2;
      if (k < 3 || s.charAt(a - 1) != ' ' || s.charAt(k) != ')') {
        return false;
      }
      int digits = k;
      while (digits > 0 && Shapes.digit(s.charAt(digits - 1))) {
        digits--;
      }
      int open = digits - 1;
      if (digits == k || open < 2 || s.charAt(open) != '(' || s.charAt(open - 1) != ' ' || "EWIDV".indexOf(s.charAt(open - 2)) < 0) {
        return false;
      }
      return open - 2 == 0 || s.charAt(open - 3) == '\n' || s.charAt(open - 3) == ' ';
    }

    /**
     * Whether a part of s[ca, cb) of three fields or more between '|' is a word of letters only (two letters at
     * least), and none is a dotted name:
     * Android's notification key "0|com.tencent.mobileqq|121|null|10111" is one value, as Loghub labels it.
     */
    private boolean pipedWord(int ca, int cb) {
      int first = Shapes.indexOf(s, '|', ca, cb);
      if (Shapes.indexOf(s, '.', ca, cb) >= 0 || first < 0 || Shapes.indexOf(s, '|', first + 1, cb) < 0) {
        return false; // two fields ("3|api", pm2's process tag) are one value
      }
      for (int p = ca; p < cb; ) {
        int e = Shapes.indexOf(s, '|', p, cb);
        e = e < 0 ? cb : e;
        if (e - p >= 2 && Shapes.wordChars(s, p, e, "") && !Shapes.hasDigit(s, p, e)) {
          return true;
        }
        p = e + 1;
      }
      return false;
    }

    /** "Notify.Channels.SMS.normalize_msisdn/1": an Elixir module (capitalised parts), function and arity. */
    private boolean elixirFunction(int ca, int cb) {
      int slash = Shapes.indexOf(s, '/', ca, cb);
      if (slash < 0 || Shapes.indexOf(s, '/', slash + 1, cb) >= 0) {
        return false;
      }
      int end = cb;
      while (end > slash + 1 && !Shapes.digit(s.charAt(end - 1))) {
        end--; // "normalize_msisdn/1)" or "/1,": punctuation after the arity
      }
      if (slash < ca + 3 || end - slash < 2 || end - slash > 3 || !Shapes.digits(s, slash + 1, end)
          || s.charAt(ca) < 'A' || s.charAt(ca) > 'Z') {
        return false;
      }
      int dot = s.lastIndexOf('.', slash);
      if (dot <= ca || dot + 1 >= slash) {
        return false;
      }
      char f = s.charAt(dot + 1);
      if (!((f >= 'a' && f <= 'z') || f == '_')) {
        return false;
      }
      for (int k = dot + 1; k < slash; k++) {
        char c = s.charAt(k);
        if (!(Shapes.letter(c) || Shapes.digit(c) || c == '_' || ((c == '?' || c == '!') && k == slash - 1))) {
          return false;
        }
      }
      // every part of the module is a capitalised name
      for (int k = ca, part = ca; k <= dot; k++) {
        if (k == dot || s.charAt(k) == '.') {
          if (k == part || s.charAt(part) < 'A' || s.charAt(part) > 'Z' || !Shapes.wordChars(s, part, k, "_")) {
            return false;
          }
          part = k + 1;
        }
      }
      return true;
    }

    /** "mod_muc_room:process_presence/4": an Erlang module, function and arity (lower-case words, digits). */
    private boolean erlangFunction(int ca, int cb) {
      int colon = Shapes.indexOf(s, ':', ca, cb);
      int slash = Shapes.indexOf(s, '/', ca, cb);
      return colon > ca && slash > colon + 1 && slash < cb - 1 && s.charAt(ca) >= 'a' && s.charAt(ca) <= 'z'
          && Shapes.wordChars(s, ca, colon, "_") && Shapes.wordChars(s, colon + 1, slash, "_")
          && Shapes.digits(s, slash + 1, cb) && cb - slash <= 3;
    }

    /**
     * Where the mask of a source location starts: at its line ("at src/handlers/orders.rs:88:14"), except after
     * Rust's "panicked at" without a backtrace, where the line is the only place that tells two unwrap() calls
     * apart and only the column is a value.
     */
    private int panicLine(int a, int line, int cb) {
      int column = line > 0 && a >= 12 && s.startsWith("panicked at ", a - 12) ? Shapes.indexOf(s, ':', line, cb) : -1;
      return column > line ? column + 1 : line;
    }

    /** Whether s[ca, e) ends in a file with a source extension ("plugins/janus_videoroom.c"). */
    private boolean sourceFile(int ca, int e) {
      int dot = s.lastIndexOf('.', e - 1);
      return dot > ca && dot < e - 1 && sourceExtensions.contains(s, dot + 1, e);
    }

    /** Where the last segment of a path to a source file starts ("/Cart.php"), or -1. */
    private int sourceFileName(int ca, int cb) {
      int slash = Math.max(s.lastIndexOf('/', cb - 1), s.lastIndexOf('\\', cb - 1));
      int dot = s.lastIndexOf('.', cb - 1);
      return slash > ca && dot > slash + 1 && sourceExtensions.contains(s, dot + 1, cb) ? slash : -1;
    }

    /** "Rsn/Cd=AC04", "StsRsnInf/Rsn/Cd=AM05": a key ending in ISO 20022's "Cd" and a code of four capitals or digits. */
    private boolean isoCode(int ca, int cb) {
      int eq = Shapes.indexOf(s, '=', ca, cb);
      return eq >= ca + 2 && cb - eq == 5 && s.charAt(eq - 2) == 'C' && s.charAt(eq - 1) == 'd'
          && Shapes.capitalsConstant(s, eq + 1, cb) && (eq - 2 == ca || !Shapes.letter(s.charAt(eq - 3)) || Character.isLowerCase(s.charAt(eq - 3)));
    }

    /** Whether the token at a follows Java's "Connection refused: " or .NET's "actively refused it. ". */
    private boolean refusedBefore(int a) {
      return (a >= 9 && s.startsWith("refused: ", a - 9)) || (a >= 12 && s.startsWith("refused it. ", a - 12));
    }

    /**
     * A value by its place in a product's own format, for a token that opens with '[' or '{' or holds one slash (kept
     * out of token(), whose size the JIT pays for on every token). Returns where the token ends, or -1.
     */
    private int fieldOfAFormat(int a, int ca, int cb, int b) {
      char open = s.charAt(a);
      if (open == '[' && ca == a + 1 && ((a - 7 == from && s.startsWith("fatal: ", from))
          || (a - 8 == from && s.startsWith("failed: ", from)))) {
        // Ansible's "fatal: [pe-lon-1]: FAILED! =>", at the line's start: which host the task failed on, a value
        int close = Shapes.indexOf(s, ']', ca, Math.min(end, ca + 256));
        if (close > ca) {
          return spanTo('[', close);
        }
      }
      if (open == '[' && ca == a + 1 && a >= 2 && s.charAt(a - 1) == ' ' && s.charAt(a - 2) == ':') {
        // after "...: " as FreeRADIUS writes it: most '[' tokens ("[INFO]", "[main]") are not looked into
        int via = radiusUser(ca);
        if (via > 0) {
          // FreeRADIUS' "Login incorrect (...): [anna@dsl.example/<via Auth-Type = PAP>]": whose login, one value
          // however many words
          return spanTo('[', via);
        }
      }
      if (slashes == 1 && a == ca && haproxyServer(a, ca, cb)) {
        // HAProxy's log, "[14/Mar/2024:22:04:47.565] fe_https~ be_static/static-b ...": the backend is where the
        // request went, the server of its pool that took it a value
        haproxy = true;
        separator();
        out.append(s, a, Shapes.indexOf(s, '/', ca, cb) + 1).append(ANY).append(s, cb, b);
        tailMask = -1;
        return b;
      }
      if (haproxy && open == '{' && ca == a + 1 && cb == b - 1 && s.charAt(cb) == '}') {
        // its captured request headers, "{img.example.com|Mozilla/5.0}": what the client sent, values
        return masked(a, ca, cb, b, ANY, false);
      }
      return -1;
    }

    /**
     * Whether the token at a is HAProxy's "backend/server": the second field after the bracketed accept date
     * ("[14/Mar/2024:22:04:47.565] fe_https~ be_static/static-b").
     */
    private boolean haproxyServer(int a, int ca, int cb) {
      int k = a - 1;
      while (k > 0 && s.charAt(k) == ' ') {
        k--;
      }
      while (k > 0 && s.charAt(k) != ' ') {
        k--; // the frontend
      }
      if (k < 20 || s.charAt(k - 1) != ']') {
        return false;
      }
      int open = k - 1;
      while (open >= 0 && k - open <= 32 && s.charAt(open) != '[') {
        open--; // within the date's reach only: a search to the line's start per token is quadratic
      }
      return open >= 0 && k - open >= 20 && k - open <= 32 && s.charAt(open + 3) == '/' && s.charAt(open + 7) == '/'
          && Shapes.wordChars(s, ca, cb, "_-./");
    }

    /** Whether the token before a is a Cisco device's message number, "817581:". */
    private boolean afterMessageNumber(int a) {
      int k = a - 1;
      while (k >= 0 && s.charAt(k) == ' ') {
        k--;
      }
      if (k < 1 || s.charAt(k) != ':') {
        return false;
      }
      int d = k - 1;
      while (d >= 0 && Shapes.digit(s.charAt(d))) {
        d--;
      }
      return d < k - 1 && (d < 0 || space(s.charAt(d)));
    }

    /** Where "/<via " ends a FreeRADIUS user name that starts at ca, within 256 characters and before any ']', or -1. */
    private int radiusUser(int ca) {
      for (int k = ca; k < end && k - ca < 256; k++) {
        char c = s.charAt(k);
        if (c == ']') {
          return -1;
        }
        if (c == '/' && s.startsWith("/<via ", k)) {
          return k > ca ? k : -1;
        }
      }
      return -1;
    }

    /** Whether s[from, to) is spaces only. */
    private boolean blank(int from, int to) {
      for (int k = from; k < to; k++) {
        if (s.charAt(k) != ' ') {
          return false;
        }
      }
      return true;
    }

    /** Start of the word before position a (spaces and one ':' or '(' skipped), or -1. */
    private int wordBefore(int a) {
      int k = a - 1;
      while (k >= 0 && (space(s.charAt(k)) || s.charAt(k) == ':' || s.charAt(k) == '(')) {
        k--;
      }
      int e = k + 1;
      while (k >= 0 && Shapes.letter(s.charAt(k))) {
        k--;
      }
      return k + 1 < e ? k + 1 : -1;
    }

    private boolean endsWordIgnoreCase(int w, String lower) {
      int n = lower.length();
      return w + n <= s.length() && regionMatchesIgnoreCase(w, lower)
          && (w + n == s.length() || !Shapes.letter(s.charAt(w + n)));
    }

    /**
     * "s3:GetObject", "ec2:RunInstances": a lower-case service prefix (digits allowed) and a
     * capitalised action without digits is an IAM action, the permission that is missing.
     */
    private boolean action(int from, int to) {
      int colon = Shapes.indexOf(s, ':', from, to);
      if (colon <= from || colon + 2 >= to || s.charAt(colon + 1) < 'A' || s.charAt(colon + 1) > 'Z'
          || s.charAt(from) < 'a' || s.charAt(from) > 'z') {
        return false;
      }
      for (int k = from; k < colon; k++) {
        char c = s.charAt(k);
        if (!((c >= 'a' && c <= 'z') || Shapes.digit(c) || c == '-')) {
          return false;
        }
      }
      for (int k = colon + 1; k < to; k++) {
        if (!Shapes.letter(s.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** A host of digits and dots however many ("10.0.0.1.5"): an address, never the name of a service. */
    private boolean numericHost(int from, int to) {
      if (to - from < 2) {
        return false;
      }
      for (int k = from; k < to; k++) {
        char c = s.charAt(k);
        if (!Shapes.digit(c) && c != '.') {
          return false;
        }
      }
      return true;
    }

    /** Whether out ends with a mask, or a mask in square brackets ("<*> [<*>]"). */
    private boolean afterMask() {
      int n = out.length();
      int last = n > start && out.charAt(n - 1) == ']' ? n - 1 : n;
      // compared in place: lastIndexOf would search the whole template back when the mask is not there
      int at = last - ANY.length();
      return at >= start && out.charAt(at) == '<' && out.charAt(at + 1) == '*' && out.charAt(at + 2) == '>';
    }

    /**
     * Whether s[a, b) is the host of a syslog header: a "Mmm dd hh:mm:ss" stamp before it and a
     * "program:" or "program[pid]:" tag after it.
     */
    private boolean syslogHost(int a, int b) {
      int i = from;
      if (a - i >= 20 && s.charAt(i + 4) == '-' && s.charAt(i + 7) == '-' && s.charAt(i + 10) == 'T' && s.charAt(i + 13) == ':'
          && Shapes.digits(s, i, i + 4)) {
        // rsyslog's RFC 3339 time: "2024-05-18T11:34:01.123456+00:00 ingest-fra grib-decoder[2289]: ..."
        int stampEnd = Shapes.indexOf(s, ' ', i, a);
        return stampEnd > 0 && a - stampEnd <= 3 && blank(stampEnd, a) && programAfter(b);
      }
      if (a - i > 20 && Shapes.digits(s, i, i + 4) && s.charAt(i + 4) == ' ') {
        i += 5; // NX-OS writes the year first: "2024 Mar  4 12:53:15 leaf-fra-east %ETHPORT-5-..."
      }
      if (a - i < 15 || !dateWords.contains(s, i, i + 3) || s.charAt(i + 3) != ' ') {
        return false;
      }
      i += 4;
      while (i < a && s.charAt(i) == ' ') {
        i++;
      }
      int day = i;
      while (i < a && Shapes.digit(s.charAt(i))) {
        i++;
      }
      if (i == day || i - day > 2 || i >= a || s.charAt(i) != ' ') {
        return false;
      }
      i++;
      if (i + 8 > a || s.charAt(i + 2) != ':' || s.charAt(i + 5) != ':') {
        return false;
      }
      int stampEnd = Shapes.indexOf(s, ' ', i, a);
      return stampEnd >= 0 && a - stampEnd <= 3 && blank(stampEnd, a) && programAfter(b);
    }

    /** Whether the token after b is a syslog program ("sshd[2231]:", "systemd:") or a Cisco device's message number. */
    private boolean programAfter(int b) {
      long next = nextToken(b);
      int t = (int) (next >>> 32);
      int u = (int) next;
      if (u - t >= 3 && s.charAt(u - 1) == ':' && (Shapes.digits(s, t, u - 1)
          || (s.charAt(t) == '%' && ErrorCodes.ciscoMessage(s, t, u - 1)))) {
        // a Cisco device's "817581: pe-vie-foxtrot: ..." (its message number) or "%ETHPORT-5-IF_DOWN_LINK_FAILURE: "
        return true;
      }
      if (u - t < 2 || s.charAt(u - 1) != ':' || !Shapes.letter(s.charAt(t))) {
        return false;
      }
      int tagEnd = processId(t, u - 1) > 0 ? Shapes.indexOf(s, '[', t, u) : u - 1;
      return Shapes.programName(s, t, tagEnd, true);
    }

    /**
     * Where the id of "program[1234]" or "task[uuid]" starts, or -1: a digit-free name of two or more
     * characters and an id (digits, hex, dashes) in the square brackets that end the token.
     */
    private int processId(int ca, int cb) {
      if (cb - ca < 5 || s.charAt(cb - 1) != ']') {
        return -1;
      }
      // the id in the brackets: a process id, or a task's uuid ("app.tasks.send_email[9f2c...]")
      int k = cb - 2;
      boolean digit = false;
      while (k > ca && (Shapes.digit(s.charAt(k)) || Shapes.hexLetter(s.charAt(k)) || s.charAt(k) == '-')) {
        digit |= Shapes.digit(s.charAt(k));
        k--;
      }
      if (s.charAt(k) != '[' || !digit || k < ca + 2 || !Shapes.letter(s.charAt(ca))) {
        return -1;
      }
      return Shapes.programName(s, ca, k, false) ? k + 1 : -1;
    }

    /**
     * Whether s[ca, cb) is "Name(arg)" with a digit-free name of two or more characters before the
     * bracket at open and a name with digits inside it (eth0, orders-5).
     */
    private boolean callName(int ca, int cb, int open) {
      if (open < ca + 2 || open + 1 >= cb) {
        return false;
      }
      for (int k = ca; k < open; k++) {
        char c = s.charAt(k);
        if (!(Shapes.letter(c) || c == '_' || c == '.')) {
          return false;
        }
      }
      boolean letter = false;
      for (int k = open + 1; k < cb; k++) {
        char c = s.charAt(k);
        if (c == '=') {
          return false; // "root(uid=0)": a value and its field, one value
        }
        letter |= Shapes.letter(c);
      }
      // a bare number in brackets stays one value with its name: "synchronized to LOCAL(0)"; SQL's
      // positional parameters are not values at all: "SELECT refresh_totals($1)" names its function
      return (letter || s.charAt(open + 1) == '$') && Shapes.hasDigit(s, open + 1, cb);
    }

    /**
     * "AirPort_Brcm43xx::syncPowerState": a C++ method with its class, the code that speaks, kept like
     * a qualified exception name even when the class holds digits.
     */
    private boolean scopedName(int ca, int cb) {
      int args = Shapes.indexOf(s, '(', ca, cb);
      if (args > ca && s.charAt(cb - 1) == ')' && !Shapes.hasDigit(s, args, cb)) {
        cb = args; // "Codec264::decodeSlice(Frame*)": the parameter types are part of the name
      }
      int scope = -1;
      for (int k = cb - 2; k > ca; k--) {
        if (s.charAt(k) == ':' && s.charAt(k + 1) == ':') {
          scope = k;
          break;
        }
      }
      if (scope < 0 || scope + 2 >= cb || !Shapes.letter(s.charAt(ca)) || !Shapes.letter(s.charAt(scope + 2))) {
        return false;
      }
      for (int k = scope + 2; k < cb; k++) {
        char c = s.charAt(k);
        if (!(Shapes.letter(c) || c == '_')) {
          return false;
        }
      }
      return true;
    }

    /**
     * "IOThunderboltSwitch<0>(0x9136)::listenerCallback": numbers in brackets before the method say which
     * instance spoke (an index, an address), values like any; the class and the method stay. -1 when the
     * scoped name holds no such number.
     */
    private int scopedValues(int a, int ca, int cb, int b) {
      int scope = s.lastIndexOf("::", cb - 2);
      boolean any = false;
      for (int k = ca; k < scope && !any; k++) {
        any = bracketedNumber(k, scope) > 0;
      }
      if (!any) {
        return -1;
      }
      separator();
      out.append(s, a, ca);
      int p = ca;
      for (int k = ca; k < scope; k++) {
        int close = bracketedNumber(k, scope);
        if (close > 0) {
          out.append(s, p, k + 1).append(ANY);
          p = close;
          k = close;
        }
      }
      out.append(s, p, b);
      tailMask = -1;
      return b;
    }

    /** Where the bracket opened at k closes when it holds only a number ("<0>", "(0x9136)"), else -1. */
    private int bracketedNumber(int k, int limit) {
      char open = s.charAt(k);
      char close = open == '<' ? '>' : open == '(' ? ')' : 0;
      if (close == 0) {
        return -1;
      }
      int e = Shapes.indexOf(s, close, k + 1, limit);
      int v = k + 1;
      if (e - v > 2 && s.charAt(v) == '0' && (s.charAt(v + 1) | 0x20) == 'x') {
        v += 2;
      }
      if (e <= v) {
        return -1;
      }
      boolean digit = false;
      for (int j = v; j < e; j++) {
        char c = s.charAt(j);
        digit |= Shapes.digit(c);
        if (!(Shapes.digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))) {
          return -1;
        }
      }
      return digit ? e : -1;
    }

    /**
     * "SIGSEGV(11)", "errno(28)", "SQLSTATE(23505)", "HRESULT(0x80070005)": a signal or an error code
     * written as a call names the failure; kept whole.
     */
    private boolean codeCall(int ca, int cb, int open) {
      if (open < ca + 2 || s.charAt(cb - 1) != ')' || cb - open > 14) {
        return false;
      }
      boolean signal = open - ca > 3 && s.charAt(ca) == 'S' && s.charAt(ca + 1) == 'I' && s.charAt(ca + 2) == 'G';
      return signal || codeKeys.contains(s, ca, open);
    }

    /**
     * "Orders.Api.OrdersController.<Get>d__5.MoveNext()": a qualified method without arguments is code,
     * compiler-made digits included.
     */
    private boolean methodReference(int ca, int cb) {
      if (cb - ca < 6 || s.charAt(cb - 1) != ')' || s.charAt(cb - 2) != '(' || dots < 2 || !Shapes.letter(s.charAt(ca))) {
        return false;
      }
      for (int k = ca; k < cb - 2; k++) {
        char c = s.charAt(k);
        if (!(Shapes.letter(c) || Shapes.digit(c) || c == '.' || c == '_' || c == '$' || c == '<' || c == '>' || c == '`')) {
          return false;
        }
      }
      return true;
    }

    /** Where the line number of "name(File.java:88)" starts, or -1; open is the first '('. */
    private int frameLine(int ca, int cb, int open) {
      if (s.charAt(cb - 1) != ')' || open <= ca) {
        return -1;
      }
      int colon = -1;
      int dot = -1;
      for (int k = open + 1; k < cb - 1; k++) {
        char c = s.charAt(k);
        if (c == ':') {
          colon = k;
        } else if (c == '.' && colon < 0) {
          dot = k;
        } else if (colon >= 0 && !Shapes.digit(c)) {
          return -1;
        } else if (colon < 0 && !(Shapes.letter(c) || Shapes.digit(c) || c == '_' || c == '$' || c == '-')) {
          return -1;
        }
      }
      return dot > open + 1 && colon > dot + 1 && colon + 1 < cb - 1 ? colon + 1 : -1;
    }

    /**
     * `body={"customer": "kenji", "items": [...]}`: a payload dumped after a data key (`words dumpkey`) is
     * one value to its closing bracket, however many words and fields it has. Returns where it ends, or -1.
     */
    private int dumpedValue(int a, int b) {
      int eq = s.indexOf('=', a);
      if (eq <= a || eq + 1 >= b || (s.charAt(eq + 1) != '{' && s.charAt(eq + 1) != '[')) {
        return -1;
      }
      int k = a;
      while (k < eq && !Shapes.letter(s.charAt(k))) {
        k++;
      }
      if (k == eq || !dumpKeys.contains(s, k, eq)) {
        return -1;
      }
      int depth = 0;
      char quote = 0;
      int close = eq + 1;
      for (; close < end && close - eq < 65_536; close++) {
        char c = s.charAt(close);
        if (quote != 0) {
          if (c == '\\') {
            close++;
          } else if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '{' || c == '[') {
          depth++;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          break;
        }
      }
      if (close >= end) {
        if (end >= s.length()) {
          return -1; // brackets that never close: not a payload, and the text after it may say what failed
        }
        close = end - 1; // the line was cut inside it: the rest is the payload still
      }
      int e = close + 1;
      while (e < end && !space(s.charAt(e))) {
        e++;
      }
      separator();
      out.append(s, a, eq + 1).append(ANY);
      bodyCode(eq + 1, close);
      out.append(s, close + 1, e);
      tailMask = -1;
      return e;
    }

    /**
     * An error response dumped whole ("body={"error":"invalid_grant","error_description":"..."}") is data but for
     * its code: the first short code under a key of `words bodycodekey` is written after the mask.
     */
    private void bodyCode(int from, int to) {
      for (int q = Shapes.indexOf(s, '"', from, to); q >= 0 && q + 1 < to; q = Shapes.indexOf(s, '"', q + 1, to)) {
        int kq = Shapes.indexOf(s, '"', q + 1, to);
        if (kq < 0) {
          return;
        }
        int v = kq + 1;
        while (v < to && s.charAt(v) == ' ') {
          v++;
        }
        if (v >= to || s.charAt(v) != ':') {
          q = kq; // a string that is no key: the next one opens after it
          continue;
        }
        v++;
        while (v < to && s.charAt(v) == ' ') {
          v++;
        }
        boolean key = bodyCodeKeys.contains(s, q + 1, kq);
        if (v < to && s.charAt(v) == '"') {
          int ve = Shapes.indexOf(s, '"', v + 1, to);
          if (ve < 0) {
            return;
          }
          if (key && ve - v - 1 >= 2 && ve - v - 1 <= 40 && Shapes.wordChars(s, v + 1, ve, "_.-") && Shapes.hasLetter(s, v + 1, ve)) {
            out.append(" [").append(s, q + 1, kq).append('=').append(s, v + 1, ve).append(']');
            return;
          }
          q = ve;
        } else {
          q = v - 1;
        }
      }
    }

    /**
     * Postgres' "Key (email)=(ann@example.com) already exists": the columns name the constraint, the
     * values are the row's data, however many words they take. Returns where the values end, or -1.
     */
    private int keyTuple(int a, int b) {
      int eq = s.indexOf('=', a + 1);
      while (eq > 0 && eq < b - 1 && !(s.charAt(eq - 1) == ')' && s.charAt(eq + 1) == '(')) {
        eq = s.indexOf('=', eq + 1);
      }
      if (eq < 0 || eq >= b - 1) {
        return -1;
      }
      int k = eq - 1;
      int depth = 1;
      int close = k + 3;
      for (; close < end && close - k < 4096; close++) {
        char c = s.charAt(close);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth == 0) {
          break;
        }
      }
      if (close >= end || depth != 0) {
        return -1;
      }
      int e = close + 1;
      while (e < end && !space(s.charAt(e))) {
        e++;
      }
      separator();
      out.append(s, a, k + 3).append(ANY).append(s, close, e);
      tailMask = -1;
      return e;
    }

    /** "sqlite3.OperationalError": a module of small letters and digits, then a type in capitals. */
    private boolean moduleType(int ca, int cb) {
      int dot = Shapes.indexOf(s, '.', ca, cb);
      if (dot <= ca || dot + 2 >= cb || !(s.charAt(ca) >= 'a' && s.charAt(ca) <= 'z')
          || !(s.charAt(dot + 1) >= 'A' && s.charAt(dot + 1) <= 'Z')) {
        return false;
      }
      for (int k = ca; k < cb; k++) {
        char c = s.charAt(k);
        if (k < dot ? !((c >= 'a' && c <= 'z') || Shapes.digit(c) || c == '_') : k > dot && !Shapes.letter(c)) {
          return false;
        }
      }
      return true;
    }

    private boolean exceptionName(int ca, int cb) {
      for (String suffix : exceptionSuffixes) {
        int n = suffix.length();
        if (cb - ca > n && regionMatchesIgnoreCase(cb - n, suffix)) {
          return true;
        }
      }
      return false;
    }

    /**
     * A qualified class name: three or more dotted parts, each with a lower-case letter and no digit (a tag path of
     * capitals, "BRAMLEY.FDR24.Breaker.Position", and a tenant's "acme.a1b2c3.Config" are data), the last
     * capitalised. Not under a key that names a person ("user=alice.marie.Smith").
     */
    private boolean className(int from, int to) {
      int last = s.lastIndexOf('.', to - 1) + 1;
      if (last <= from || last >= to || s.charAt(last) < 'A' || s.charAt(last) > 'Z' || !Shapes.qualifiedName(s, from, to)
          || Shapes.hasDigit(s, from, to) || personKeys.contains(s, keyStart, from - 1)) {
        return false;
      }
      boolean lower = false;
      for (int k = from; k <= to; k++) {
        if (k == to || s.charAt(k) == '.') {
          if (!lower) {
            return false;
          }
          lower = false;
        } else {
          lower |= s.charAt(k) >= 'a' && s.charAt(k) <= 'z';
        }
      }
      return true;
    }

    /**
     * "index_not_found_exception", "ResourceNotFoundException": a name of code whose last word names a
     * failure, after '_' or a change to upper case ("default", "DEFAULT" and "alice.error" are values).
     */
    private boolean exceptionType(int from, int to) {
      char last = to > from ? WordSet.lowerAscii(s.charAt(to - 1)) : 0;
      if (last < 'a' || last > 'z' || (exceptionEnds & 1 << last - 'a') == 0) {
        return false; // most values end in a letter no failure word ends in
      }
      for (String suffix : exceptionSuffixes) {
        int at = to - suffix.length();
        char before = at > from ? s.charAt(at - 1) : 0;
        if (at > from && (before == '_' || (before >= 'a' && before <= 'z' && s.charAt(at) >= 'A' && s.charAt(at) <= 'Z'))
            && regionMatchesIgnoreCase(at, suffix)) {
          for (int k = from; k < at; k++) {
            char c = s.charAt(k);
            if (!(Shapes.letter(c) || c == '_' || c == '.' || c == '$')) {
              return false;
            }
          }
          return true;
        }
      }
      return false;
    }

    private boolean regionMatchesIgnoreCase(int at, String lower) {
      for (int k = 0; k < lower.length(); k++) {
        if (WordSet.lowerAscii(s.charAt(at + k)) != lower.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private void separator() {
      if (glue) {
        glue = false;
        return;
      }
      if (out.length() > start) {
        out.append(' ');
      }
    }

    void literal(int a, int b) {
      separator();
      out.append(s, a, b);
      tailMask = -1;
    }

    /** "()", "[]", "{}", '""' and "''" stand for an empty value: same slot as a filled one. */
    private void punctuation(int a, int b) {
      if (b - a == 2) {
        char o = s.charAt(a);
        char c = s.charAt(a + 1);
        if ((o == '(' && c == ')') || (o == '[' && c == ']') || (o == '{' && c == '}') || (quote(o) && c == o)) {
          separator();
          out.append(o).append(ANY).append(c);
          tailMask = -1;
          return;
        }
      }
      literal(a, b);
      // Logback's "[%15.15t]" pads a short thread name: "[         task-3]" reads as "[nio-8080-exec-5]"
      // Android's logcat pads a process id: "E/flutter ( 9140):" reads as "E/flutter (11140):"
      glue = b - a == 1 && ((s.charAt(a) == '[' && paddedValue(b)) || (s.charAt(a) == '(' && paddedNumber(b)));
    }

    /**
     * Where '#' or '@' separates a name of code from an identity hash of 4 to 16 hex digits ("RenderFlex#3a2b1",
     * "HikariProxyConnection@7a4c8b12"), the hash followed by nothing or by '(' and words; -1 otherwise.
     */
    private int identityHash(int ca, int cb) {
      int k = ca;
      while (k < cb && (Shapes.letter(s.charAt(k)) || Shapes.digit(s.charAt(k)) || s.charAt(k) == '_' || s.charAt(k) == '$'
          || s.charAt(k) == '.')) {
        k++;
      }
      if (k - ca < 3 || k >= cb || (s.charAt(k) != '#' && s.charAt(k) != '@') || Shapes.hasDigit(s, ca, k)) {
        return -1;
      }
      // a class is named in capitals ("_ChatScreenState", "HikariProxyConnection"); "alice_w#1234" is a user
      int last = s.lastIndexOf('.', k - 1) < ca ? ca : s.lastIndexOf('.', k - 1) + 1;
      last += last < k && s.charAt(last) == '_' ? 1 : 0;
      if (last >= k || s.charAt(last) < 'A' || s.charAt(last) > 'Z' || !hasLower(last, k)) {
        return -1;
      }
      int h = hexEnd(k + 1, cb);
      if (h - k - 1 < 4 || h - k - 1 > 16 || !Shapes.hasDigit(s, k + 1, h) || (h < cb && s.charAt(h) != '(')
          || Shapes.hasDigit(s, h, cb)) {
        return -1;
      }
      return k;
    }

    private int hexEnd(int from, int to) {
      int h = from;
      while (h < to && (Shapes.digit(s.charAt(h)) || (s.charAt(h) >= 'a' && s.charAt(h) <= 'f'))) {
        h++;
      }
      return h;
    }

    /** Whether the token after b is a number closed by ')': "( 9140):". */
    private boolean paddedNumber(int b) {
      long next = nextToken(b);
      int t = (int) (next >>> 32);
      int u = (int) next;
      int close = u > t ? Shapes.indexOf(s, ')', t, u) : -1;
      return close > t && Shapes.digits(s, t, close);
    }

    /** The token after b, as (start << 32 | end); start == end when none is left. */
    private long nextToken(int b) {
      int t = b;
      while (t < end && space(s.charAt(t))) {
        t++;
      }
      int u = t;
      while (u < end && !space(s.charAt(u))) {
        u++;
      }
      return (long) t << 32 | u;
    }

    /** Whether the next token closes the "[" before it, with no bracket of its own. */
    private boolean paddedValue(int b) {
      long next = nextToken(b);
      int t = (int) (next >>> 32);
      int u = (int) next;
      return u > t + 1 && s.charAt(u - 1) == ']' && Shapes.indexOf(s, '[', t, u) < 0;
    }

    private int masked(int a, int ca, int cb, int b, String rep, boolean numeric) {
      if (ca == a + 1 && s.charAt(a) == '<' && numeric) {
        a = ca; // "<1 sec": a bound is part of the number it bounds
      }
      if (a == ca && listEnd == out.length() && listEnd - 1 - listMask == rep.length() && out.indexOf(rep, listMask) == listMask) {
        // "Set(a-1, b-2, c-3)", "from 10.0.0.1, 10.0.0.2": a list of variables is one variable,
        // however long
        out.setLength(listEnd - 1);
        tailMask = listMask;
      }
      if (a == ca && tailMask >= 0) {
        // a run of variables is one variable: "Sat Jul 9 12:16:49 2005", "3 of 4"
        if (!sameText(tailMask, rep)) {
          out.setLength(tailMask);
          out.append(ANY);
        }
      } else {
        separator();
        out.append(s, a, ca);
        tailMask = out.length();
        out.append(rep);
      }
      int mask = tailMask;
      out.append(s, cb, b);
      if (cb != b) {
        tailMask = -1;
      }
      if (b == cb + 1 && s.charAt(cb) == ',' && mask >= 0) {
        listMask = mask;
        listEnd = out.length();
      }
      tailNumeric = numeric;
      return b;
    }

    private boolean sameText(int at, String rep) {
      if (out.length() - at != rep.length()) {
        return false;
      }
      for (int k = 0; k < rep.length(); k++) {
        if (out.charAt(at + k) != rep.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private boolean datePartFollows(int b) {
      int k = b;
      while (k < end && space(s.charAt(k))) {
        k++;
      }
      if (k < end && Shapes.digit(s.charAt(k))) {
        return true;
      }
      int e = k;
      while (e < end && Shapes.letter(s.charAt(e))) {
        e++;
      }
      return (e > k && dateWords.contains(s, k, e)) || (tailNumeric && tailMask >= 0);
    }

    /** Index of the first key separator of s[p, q): '=' after a key, or ':' after a digit-free key. */
    private int separatorAt(int p, int q) {
      for (int k = p + 1; k < q; k++) {
        char c = s.charAt(k);
        if ((c == '(' || c == '{') && k + 1 < q && Shapes.key(s, p, k)) {
          p = k + 1; // Surface(name=x), Rect{left=1}: the pair starts inside the bracket
          continue;
        }
        if (c == '=') {
          keyStart = p;
          return Shapes.key(s, p, k) ? k : -1;
        }
        if (c == ':') {
          // "LEVEL:logger:text" is a prefix, not a pair: a pair's value holds no further colon
          if (k + 1 < q && "/\\:".indexOf(s.charAt(k + 1)) < 0 && Shapes.key(s, p, k) && !Shapes.hasDigit(s, p, k)
              && Shapes.indexOf(s, ':', k + 1, q) < 0) {
            keyStart = p;
            return k;
          }
          return -1;
        }
        if (c == ',' || c == ';' || c == '&') {
          return -1;
        }
      }
      return -1;
    }

    /** key=value pieces separated by , ; or &: keys stay, values go; a quoted value may span spaces. */
    private int keyValue(int a, int ca, int cb, int b, String rep) {
      if (cb + 1 < b && s.charAt(cb) == ':' && s.charAt(cb + 1) == ']' && !Shapes.hasDigit(s, ca, cb)
          && Shapes.indexOf(s, '=', ca, cb) < 0) {
        // "-[BKAPIClient performRequest:completion:]": an Objective-C selector ends in ":]", a pair does not
        literal(a, b);
        return b;
      }
      separator();
      out.append(s, a, ca);
      int p = ca;
      boolean maskedPart = false;
      while (p < cb) {
        int q = p;
        while (q < cb && s.charAt(q) != ',' && s.charAt(q) != ';' && s.charAt(q) != '&') {
          q++;
        }
        int sep = separatorAt(p, q);
        boolean masked = sep < 0 && Shapes.hasDigit(s, p, q);
        boolean continued = masked && maskedPart && s.charAt(p - 1) == ',' && Shapes.digits(s, p, q);
        maskedPart = masked;
        if (continued) {
          // "value=1,477,028", "ids=12,13,14": one number with its thousands, or one list, however many parts
          out.setLength(out.length() - 1);
        } else if (masked) {
          out.append(ANY);
        } else if (sep < 0) {
          out.append(s, p, q);
        } else {
          out.append(s, p, sep + 1);
          int v = sep + 1;
          if (v < end && quote(s.charAt(v))) {
            int z = Shapes.indexOf(s, s.charAt(v), v + 1, end);
            if (z > 0) {
              if (messageKeys.contains(s, keyStart, sep) || proseKey(keyStart, sep)
                  || (s.charAt(sep) == '=' && !contentKeys.contains(s, keyStart, sep) && Shapes.failureText(s, v + 1, z, failureTextWords))) {
                // msg="connection refused": prose is scanned like a line, or every msg= would be one group
                out.append(s.charAt(v));
                new Scan(s, z, out).scan(v + 1, z);
                out.append(s.charAt(v));
              } else if (z > v + 3 && Shapes.indexOf(s, ':', v + 1, z) > 0 && sourceLine(v + 1, z) > v + 1) {
                // tracing's panic.location="src/dnp3/mapping.rs:88:41": the file that panicked, its line a value
                out.append(s, v, sourceLine(v + 1, z)).append(rep).append(s.charAt(z));
              } else if (z > v + 1 && codeNames.contains(s, keyStart, sep) && Shapes.capitalsConstant(s, v + 1, z)) {
                // Artemis' "does not have permission='CONSUME'": the permission missing, a constant of the code
                out.append(s, v, z + 1);
              } else if (z - v > 4 && codeKey(keyStart, sep) && capitalsPhrase(v + 1, z)) {
                // an interface's ifcStatus="NO POST FLAG SET", "CREDIT LIMIT EXCEEDED": a status in capital words
                out.append(s, v, z + 1);
              } else if (statusKeys.contains(s, keyStart, sep) && statusLine(v + 1, z)) {
                // Go's resp.Status, status="503 Service Unavailable": the answer a call got is its failure
                out.append(s, v, z + 1);
              } else if (sep - keyStart >= 4 && regionMatchesIgnoreCase(sep - 4, "code") && codeKey(keyStart, sep)
                  && z > v + 1 && codeValue(v + 1, z)) {
                // .NET's RpcException "Status(StatusCode="Unavailable", ...)": a quoted code is a code (a quoted
                // status, klog's probe status="ready", is as often a state the line reports)
                out.append(s, v, z + 1);
              } else {
                out.append(rep);
              }
              if (z >= cb) {
                int e = z + 1;
                while (e < end && !space(s.charAt(e))) {
                  e++;
                }
                out.append(s, z + 1, e);
                tailMask = -1;
                return e;
              }
              p = z + 1;
              continue;
            }
          }
          if (v < q && s.charAt(sep) == ':' && s.charAt(v) >= 'A' && s.charAt(v) <= 'Z' && !Shapes.hasDigit(s, v, q)
              && !(q - v >= 16 && Shapes.randomLetters(s, v, q))) {
            // "dynamodb:PutItem", "kms:Decrypt": a capitalised name after a colon is an action, not a value
            out.append(s, v, q);
          } else if (v < q && (Shapes.errorConstant(s, v, q) || Shapes.qualifiedConstant(s, v, q))) {
            // Kafka's "{orders=LEADER_NOT_AVAILABLE}": an error constant of several words is what failed;
            // "action:android.intent.action.SCREEN_OFF" names a constant of the code
            out.append(s, v, q);
          } else if (v < q && exceptionType(v, q)) {
            // Elasticsearch's "type=index_not_found_exception": the type of the failure, kept
            out.append(s, v, q);
          } else if (v < q && q - v <= 128 && className(v, q)) {
            // Orleans' "GrainType=Shardfall.Grains.GuildGrain", "listener=com.acme.billing.InvoiceListener": a class
            // of the code is where it failed, not a value
            out.append(s, v, q);
          } else if (v < q && q - v <= 96 && railsEndpoint(keyStart, sep, v, q)) {
            // lograge's "controller=Api::V2::PhotosController action=download": which endpoint failed, the code's
            out.append(s, v, q);
          } else if (v < q && q - v <= 64 && nameKeys.contains(s, keyStart, sep) && resourceName(v, q)) {
            // Pub/Sub's "(resource=refunds-sub)": the resource that failed, learned on evidence like a word
            out.append(s, v, q);
          } else if (v < q && q - v <= 64 && nameKeys.contains(s, keyStart, sep) && Shapes.dateSuffix(s, v, q) > v) {
            // "index=orders-2024.05.01": the index of its shards that failed, the day a value
            out.append(s, v, Shapes.dateSuffix(s, v, q)).append(ANY);
          } else if (v < q && q - v <= 11 && numberCodeKeys.contains(s, keyStart, sep) && numberCode(v, q)) {
            // DB2's "SQLCODE=-911, SQLSTATE=40001, SQLERRMC=2": the reason code is the failure (2 a deadlock, 68 a lock
            // timeout); a Windows exit code is an NTSTATUS as a signed number, ten digits
            out.append(s, v, q);
          } else if (v < q && statusKeys.contains(s, keyStart, sep) && errorStatus(v, q)) {
            // "ledger posting rejected status=409": the answer a call got is its failure (a 2xx or 3xx status, an
            // access line's, stays a value)
            out.append(s, v, q);
          } else if (v < q && Shapes.capitalsConstant(s, v, q) && partSuffix(keyStart, sep, typeSuffixes) && !closes(q, b)) {
            // NCCL's "OpType=ALLREDUCE": the kind of operation that failed, a constant of the code
            out.append(s, v, q);
          } else if (v < q && codeValue(v, q) && codeKey(keyStart, sep) && !closes(q, b)) {
            // "code=killed, status=9/KILL": how a process ended is the failure, not a value of it
            // (a field of a dumped object, "Order(id=1, status=PAID)", stays a value)
            out.append(s, v, q);
          } else if (v < q && codeObject(v, q) && codeKey(keyStart, sep)) {
            // OPC UA's "statusCode=StatusCode{name=Bad_NodeIdUnknown, value=0x80340000, ...}": a code printed as an
            // object; the name in it is the code (Bad_NodeIdUnknown, Bad_NotReadable), its number a value
            out.append(s, v, q);
          } else if (v < q) {
            out.append(rep);
            // closers that end the enclosing "Name(" rather than the value stay in the template
            int extra = 0;
            for (int k = v; k < q; k++) {
              char c = s.charAt(k);
              extra += c == ')' || c == '}' ? 1 : c == '(' || c == '{' ? -1 : 0;
            }
            int close = q;
            while (extra > 0 && close > v && (s.charAt(close - 1) == ')' || s.charAt(close - 1) == '}')) {
              close--;
              extra--;
            }
            out.append(s, close, q);
            // a part after a closer ("Point{x=1},2") is the enclosing list's next item, not the value's thousands
            maskedPart = close == q && (q == cb || s.charAt(q) == ',');
          }
        }
        if (q < cb) {
          out.append(s.charAt(q));
        }
        p = q + 1;
      }
      out.append(s, cb, b);
      tailMask = -1;
      return b;
    }

    /**
     * A pair of a hash Ruby printed, Logstash's "{:code=>503, :content_length=>27280}": the key stays, an unquoted value
     * is masked unless its key names a code (a quoted or nested value is read as any other). Returns the token's end, or -1.
     */
    private int rubyPair(int a, int ca, int cb, int b) {
      // the arrow is the token's first '=' (its key is word characters): looked for in the token only, as a search to
      // the line's end per token is quadratic on a long line of ":a=b" tokens
      int eq = Shapes.indexOf(s, '=', ca, cb);
      int arrow = eq >= 0 && eq + 1 < cb && s.charAt(eq + 1) == '>' ? eq : -1;
      if (arrow < ca + 2 || arrow + 2 >= cb || !Shapes.wordChars(s, ca + 1, arrow, "_") || quote(s.charAt(arrow + 2))
          || s.charAt(arrow + 2) == '[' || s.charAt(arrow + 2) == '{') {
        return -1;
      }
      int v = arrow + 2;
      // Logstash's ":code=>503" is the HTTP status its output got
      boolean status = (statusKeys.contains(s, ca + 1, arrow) || (arrow - ca == 5 && s.startsWith("code", ca + 1)))
          && errorStatus(v, cb);
      boolean code = (codeKey(ca + 1, arrow) && codeValue(v, cb))
          || (numberCodeKeys.contains(s, ca + 1, arrow) && cb - v <= 5 && numberCode(v, cb));
      separator();
      out.append(s, a, v);
      if (status || code) {
        out.append(s, v, b);
      } else {
        out.append(ANY).append(s, cb, b);
      }
      tailMask = -1;
      return b;
    }

    /** Whether s[v, z) is two to six words of capitals, '_' or '-' (no digits): a constant phrase of the code. */
    private boolean capitalsPhrase(int v, int z) {
      if (z - v > 48) {
        return false;
      }
      int words = 1;
      for (int k = v; k < z; k++) {
        char c = s.charAt(k);
        if (c == ' ' && k > v && s.charAt(k - 1) != ' ') {
          words++;
        } else if (!(c >= 'A' && c <= 'Z') && c != '_' && c != '-' && c != ' ') {
          return false;
        }
      }
      return words >= 2 && words <= 6 && s.charAt(v) != ' ' && s.charAt(z - 1) != ' ';
    }

    /** Whether s[v, q) is a 4xx or 5xx status: the answer a call got is its failure (a 2xx or 3xx one a value). */
    private boolean errorStatus(int v, int q) {
      return q - v == 3 && (s.charAt(v) == '4' || s.charAt(v) == '5') && Shapes.digits(s, v, q);
    }

    /** Whether s[v, z) is an error status and its reason phrase, "503 Service Unavailable". */
    private boolean statusLine(int v, int z) {
      if (z - v < 6 || z - v > 40 || !errorStatus(v, v + 3) || s.charAt(v + 3) != ' ' || s.charAt(v + 4) < 'A'
          || s.charAt(v + 4) > 'Z') {
        return false;
      }
      for (int k = v + 5; k < z; k++) {
        char c = s.charAt(k);
        if (!Shapes.letter(c) && c != ' ' && c != '-' && c != '\'') {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether s[v, q) is "StatusCode{name=Bad_NodeIdUnknown": a capitalised type, '{', a key and a value of letters
     * and '_' only (a code's name).
     */
    private boolean codeObject(int v, int q) {
      int brace = Shapes.indexOf(s, '{', v, q);
      if (brace <= v + 1 || s.charAt(v) < 'A' || s.charAt(v) > 'Z' || !Shapes.wordChars(s, v, brace, "")) {
        return false;
      }
      int eq = Shapes.indexOf(s, '=', brace + 1, q);
      return eq > brace + 1 && eq + 2 < q && Shapes.wordChars(s, brace + 1, eq, "_")
          && Shapes.wordChars(s, eq + 1, q, "_") && !Shapes.hasDigit(s, eq + 1, q);
    }

    /** The end of a host's label at k when it is an id: twelve or more hex digits, or -1. */
    private int idLabel(int k, int hostEnd) {
      int e = k;
      while (e < hostEnd && s.charAt(e) != '.') {
        e++;
      }
      return e - k >= 12 && Shapes.hasDigit(s, k, e) && Shapes.hex(s, k, e) ? e : -1;
    }

    /** Keeps scheme, host and word path segments (they name the dependency); masks ids, ports, query values. */
    private int url(int a, int ca, int colon, int cb, int b, String rep, boolean routeValue) {
      separator();
      out.append(s, a, colon + 3);
      int p = colon + 3;
      int slash = p;
      while (slash < cb && s.charAt(slash) != '/' && s.charAt(slash) != '?' && s.charAt(slash) != '#') {
        slash++;
      }
      int at = Shapes.indexOf(s, '@', p, slash);
      if (at >= 0) {
        p = at + 1; // credentials never enter a template
      }
      int host = p;
      int port = Shapes.indexOf(s, ':', p, slash);
      int hostEnd = port >= 0 ? port : slash;
      if (Shapes.ip(s, p, hostEnd) || numericHost(p, hostEnd)) {
        out.append(rep);
      } else {
        // "tenant-4821-exports", "cache-2": numbers in a host or bucket name are the instance, the name stays;
        // a cloud region in it ("sns.us-west-2.amazonaws.com") is where, a value as a whole
        boolean ids = hostEnd - p >= 12 && Shapes.hasDigit(s, p, hostEnd);
        for (int k = p; k < hostEnd; k++) {
          int region = (k == p || s.charAt(k - 1) == '.') ? regionLabel(k, hostEnd) : -1;
          int label = ids && (k == p || s.charAt(k - 1) == '.') ? idLabel(k, hostEnd) : -1;
          if (region > 0) {
            out.append(ANY);
            k = region - 1;
          } else if (label > 0) {
            // an EKS endpoint's "3E19525CEC092BFC61EEFA9924E4B0EB.gr7...": the cluster's id, one value
            out.append(ANY);
            k = label - 1;
          } else if (Shapes.digit(s.charAt(k))) {
            out.append(ANY);
            while (k + 1 < hostEnd && Shapes.digit(s.charAt(k + 1))) {
              k++;
            }
          } else {
            out.append(s.charAt(k));
          }
        }
      }
      boolean unix = hostEnd - host == 4 && regionMatchesIgnoreCase(host, "unix");
      if (port >= 0 && !unix) {
        out.append(':').append(ANY);
      } else if (port >= 0) {
        out.append(':');
      }
      p = slash;
      // nginx writes a unix socket upstream as "http://unix:/run/app.sock:/route": the path is the upstream
      boolean file = colon - ca == 4 && regionMatchesIgnoreCase(ca, "file");
      if ((routeValue || file || objectStores.contains(s, ca, colon)) && p < cb && s.charAt(p) == '/' && !unix) {
        // the upstream's path repeats the request's, already a value: which upstream failed is kept; an
        // object store's key is data ("s3://exports-prod/acme/7d80.csv"): which bucket failed is kept; a file
        // URL's path is a path, a value as paths are
        out.append('/').append(ANY);
        p = cb;
      }
      p = segments(p, cb);
      if (p < cb && s.charAt(p) == '?') {
        out.append('?');
        p++;
        while (p < cb && s.charAt(p) != '#') {
          int q = p;
          while (q < cb && s.charAt(q) != '&' && s.charAt(q) != '#') {
            q++;
          }
          int eq = Shapes.indexOf(s, '=', p, q);
          out.append(s, p, eq >= 0 ? eq : q);
          if (eq >= 0) {
            out.append('=').append(ANY);
          }
          if (q >= cb || s.charAt(q) == '#') {
            break;
          }
          out.append('&');
          p = q + 1;
        }
      }
      out.append(s, cb, b);
      tailMask = -1;
      return b;
    }
  }
}
