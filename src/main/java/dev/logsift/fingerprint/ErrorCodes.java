package dev.logsift.fingerprint;

/**
 * A named error code on a later line of a multi-line event ("code: 'P2002'", "errorCode=ORA01017",
 * {@code "code": "E11000"}): ORMs and drivers print the code that tells two errors apart after the
 * message and the frames, where the trace template does not look.
 */
final class ErrorCodes {
  // the keys by their first letter, so that most characters are passed over with one test
  private static final String[] C_KEYS = {"code"};
  private static final String[] E_KEYS = {"errorcode", "error_code", "errcode"};
  private static final String[] S_KEYS = {"sqlstate"};
  private static final String[] V_KEYS = {"vendorcode"};
  private static final int MAX_CODE = 16;

  private ErrorCodes() {}

  /**
   * Appends " | code X" for the first named letters-and-digits code that the template does not hold yet, after the
   * error an API answered with (see errorField), when there is one.
   */
  static void append(String text, StringBuilder out, WordSet failureWords) {
    errorField(text, out);
    int n = text.length();
    // every key holds "code" or "state" ("errorCode", "SQLSTATE"): most texts hold neither, found by vectorised searches
    boolean keys = text.indexOf("ode") >= 0 || text.indexOf("ODE") >= 0 || text.indexOf("tate") >= 0 || text.indexOf("TATE") >= 0;
    for (int i = 0; keys && i < n; i++) {
      int key = keyAt(text, i);
      if (key < 0) {
        // a key starts a word: the rest of this one cannot hold one
        while (Shapes.letter(text.charAt(i)) && i + 1 < n && (Shapes.letter(text.charAt(i + 1)) || text.charAt(i + 1) == '_')) {
          i++;
        }
        continue;
      }
      int v = key;
      while (v < n && (text.charAt(v) == '"' || text.charAt(v) == '\'')) {
        v++;
      }
      if (v < n && (text.charAt(v) == ':' || text.charAt(v) == '=')) {
        v++;
      } else {
        continue;
      }
      while (v < n && (text.charAt(v) == ' ' || text.charAt(v) == '"' || text.charAt(v) == '\'')) {
        v++;
      }
      int e = v;
      boolean letter = false;
      boolean digit = false;
      while (e < n && e - v <= MAX_CODE && (Shapes.letter(text.charAt(e)) || Shapes.digit(text.charAt(e)) || text.charAt(e) == '_')) {
        letter |= Shapes.letter(text.charAt(e));
        digit |= Shapes.digit(text.charAt(e));
        e++;
      }
      // SQLSTATE is five digits or capitals by definition ("40001", "40P01"): digits alone name it too
      boolean sqlstate = e - v == 5 && text.regionMatches(true, key - 8, "sqlstate", 0, 8);
      // Vault's "| Code: 403. Errors:": a failed call's status under a plain "code" key
      boolean status = e - v == 3 && !letter && key - i == 4 && (text.charAt(v) == '4' || text.charAt(v) == '5');
      if ((!sqlstate && !status && (!letter || !digit)) || e - v > MAX_CODE || (e < n && Shapes.letter(text.charAt(e)))) {
        continue;
      }
      String code = text.substring(v, e);
      if ((sqlstate || status || !Shapes.digit(code.charAt(0))) && out.indexOf(code) < 0) {
        out.append(" | code ").append(code);
      }
      return;
    }
    // MySQL's and Snowflake's "ERROR 1062 (23000):", "002003 (42S02):": the SQLSTATE after the vendor's number
    for (int p = text.indexOf(" ("); p > 0 && p + 8 < n; p = text.indexOf(" (", p + 1)) {
      if (text.charAt(p + 7) == ')' && text.charAt(p + 8) == ':' && sqlstate(text, p + 2) && Shapes.digit(text.charAt(p - 1))) {
        String code = text.substring(p + 2, p + 7);
        if (out.indexOf(code) < 0) {
          out.append(" | code ").append(code);
        }
        return;
      }
    }
    // no named code: a code-shaped word anywhere ("Prisma error P2002", "(E11000)", "Signal 9 (SIGKILL)")
    for (int i = 0; i < n; i++) {
      if ((i == 0 || !word(text.charAt(i - 1))) && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
        int e = i;
        while (e < n && word(text.charAt(e))) {
          e++;
        }
        if ((shape(text, i, e) && !dataValue(text, i, failureWords)) || signal(text, i, e)) {
          String code = text.substring(i, e);
          if (out.indexOf(code) < 0) {
            out.append(" | code ").append(code);
          }
          return;
        }
        i = e;
      }
    }
  }

  /**
   * An API's answer printed under its exception, as a dict or JSON ("The server responded with: {'ok': False,
   * 'error': 'channel_not_found'}"): its error in snake_case is the code of the failure.
   */
  private static void errorField(String text, StringBuilder out) {
    for (int i = text.indexOf("error"); i >= 0 && i + 9 < text.length(); i = text.indexOf("error", i + 5)) {
      char q = i > 0 ? text.charAt(i - 1) : 0;
      if ((q != '\'' && q != '"') || text.charAt(i + 5) != q) {
        continue;
      }
      int v = i + 6;
      while (v < text.length() && (text.charAt(v) == ' ' || text.charAt(v) == ':')) {
        v++;
      }
      if (v + 1 >= text.length() || text.charAt(v) != q || text.charAt(v - 1) == q) {
        continue;
      }
      int e = v + 1;
      boolean underscore = false;
      while (e < text.length() && e - v <= 48 && ((text.charAt(e) >= 'a' && text.charAt(e) <= 'z') || text.charAt(e) == '_')) {
        underscore |= text.charAt(e) == '_';
        e++;
      }
      if (underscore && e < text.length() && text.charAt(e) == q && e - v > 4) {
        String code = text.substring(v + 1, e);
        if (out.indexOf(code) < 0) {
          out.append(" | code ").append(code);
        }
        return;
      }
    }
  }

  /**
   * Whether the code-shaped word at i is a value the message quotes or a data key holds, as the template masked
   * it: "'E71299' is not a valid ID value", a flight's "flight=AY2388", a device's "device="Zebra MC3300"" (a
   * JSON field too). A key with a word of failure in it (words failurekeyword: "error=E11000",
   * "cause="E11000 duplicate key"", "reason_code=TS2304") holds a code.
   */
  private static boolean dataValue(String text, int i, WordSet failureWords) {
    char before = i > 0 ? text.charAt(i - 1) : 0;
    if (before == '\'' || before == '`') {
      return true;
    }
    int q = i - 1;
    while (q >= 0 && i - q <= 80 && text.charAt(q) != '"' && text.charAt(q) != '=' && text.charAt(q) != '\n') {
      q--;
    }
    int sep;
    if (q == i - 1 && before == '=') {
      sep = q;
    } else if (q > 0 && text.charAt(q) == '"' && (q == i - 1 || before == ' ')) {
      sep = q - 1; // the value's opening quote: its key's '=' or ':' before it (a word of the value, not a part of
                   // a coded field such as X12's "ik4":"1:2*1271*7*Z20828")
    } else {
      return false;
    }
    if (sep < 1 || (text.charAt(sep) != '=' && text.charAt(sep) != ':')) {
      return false;
    }
    int ke = text.charAt(sep - 1) == '"' ? sep - 1 : sep;
    int k = ke;
    while (k > 0 && ke - k < 64 && (word(text.charAt(k - 1)) || text.charAt(k - 1) == '-' || text.charAt(k - 1) == '.')) {
      k--;
    }
    return k < ke && !failureKey(text, k, ke, failureWords);
  }

  /** Whether a part of the key s[k, e) (split at '_', '-', '.' and where a capital follows a lower-case letter) is a failure word. */
  private static boolean failureKey(String s, int k, int e, WordSet failureWords) {
    int a = k;
    for (int j = k + 1; j <= e; j++) {
      boolean end = j == e || !Shapes.letter(s.charAt(j))
          || (Character.isUpperCase(s.charAt(j)) && Character.isLowerCase(s.charAt(j - 1)));
      if (end) {
        if (j > a && failureWords.contains(s, a, j)) {
          return true;
        }
        a = j < e && Shapes.letter(s.charAt(j)) ? j : j + 1;
      }
    }
    return false;
  }

  /** "SIGKILL", "SIGABRT": the signal a process died of, named in a report below its trace (torchrun's). */
  private static boolean signal(String text, int from, int to) {
    if (to - from < 6 || to - from > 9 || !text.startsWith("SIG", from)) {
      return false;
    }
    for (int k = from + 3; k < to; k++) {
      if (text.charAt(k) < 'A' || text.charAt(k) > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** Five digits or capitals from i, with a digit first (SQLSTATE classes start with one: "23000", "42S02"). */
  private static boolean sqlstate(String text, int i) {
    if (!Shapes.digit(text.charAt(i))) {
      return false;
    }
    for (int k = i; k < i + 5; k++) {
      char c = text.charAt(k);
      if (!Shapes.digit(c) && (c < 'A' || c > 'Z')) {
        return false;
      }
    }
    return true;
  }

  private static boolean word(char c) {
    return Shapes.letter(c) || Shapes.digit(c) || c == '_';
  }

  /**
   * An error code by its shape: one or two capitals and four or five digits (P2002, E11000, TS2304,
   * CS0103). Ids rarely look like this; Loghub's 16 systems hold no such word.
   */
  static boolean shape(CharSequence s, int from, int to) {
    if ((to - from == 9 || to - from == 10) && s.charAt(from + 3) == '-' && vendor(s, from, to)) {
      return true;
    }
    int letters = 0;
    while (from + letters < to && s.charAt(from + letters) >= 'A' && s.charAt(from + letters) <= 'Z') {
      letters++;
    }
    int digits = to - from - letters;
    if (letters < 1 || letters > 2 || digits < 4 || digits > 5) {
      return false;
    }
    for (int k = from + letters; k < to; k++) {
      if (!Shapes.digit(s.charAt(k))) {
        return false;
      }
    }
    // klog/glog's "E0615": the level and the month and day, not a code
    int month = (s.charAt(from + 1) - '0') * 10 + s.charAt(from + 2) - '0';
    return !(letters == 1 && digits == 4 && "IWEF".indexOf(s.charAt(from)) >= 0 && month >= 1 && month <= 12);
  }

  /**
   * A Cisco message, "%FACILITY-SEVERITY-MNEMONIC" (IOS' "%OSPF-5-ADJCHG", NX-OS' "%ETHPORT-5-IF_DOWN_ERROR_DISABLED",
   * IOS XR's "%ROUTING-BGP-5-ADJCHANGE"): which message it is says what happened, its severity a digit of 0 to 7.
   */
  static boolean ciscoMessage(CharSequence s, int from, int to) {
    if (to - from < 7 || s.charAt(from) != '%' || s.charAt(from + 1) < 'A' || s.charAt(from + 1) > 'Z') {
      return false;
    }
    boolean severity = false;
    for (int k = from + 1; k < to; k++) {
      char c = s.charAt(k);
      if (c == '-' && k + 2 < to && s.charAt(k + 1) >= '0' && s.charAt(k + 1) <= '7' && s.charAt(k + 2) == '-') {
        severity = true;
      } else if (!((c >= 'A' && c <= 'Z') || Shapes.digit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return severity && s.charAt(to - 1) != '-';
  }

  /**
   * IBM's message ids, a component's prefix, a number and a type letter: z/OS' "IEC141I" and "CEE3207S", IBM MQ's
   * "AMQ9208E", DB2's "SQL0803N", WebSphere's "SRVE0255E". Which message it is says which failure.
   */
  static boolean ibmMessage(CharSequence s, int from, int to) {
    int letters = 0;
    while (from + letters < to && s.charAt(from + letters) >= 'A' && s.charAt(from + letters) <= 'Z') {
      letters++;
    }
    int digits = to - from - letters - 1;
    if (letters < 3 || letters > 5 || digits < 3 || digits > 5 || "IEWADSN".indexOf(s.charAt(to - 1)) < 0) {
      return false;
    }
    for (int k = from + letters; k < to - 1; k++) {
      if (!Shapes.digit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Oracle's "ORA-12899", "TNS-12541", "PLS-00201" (five digits) and WebLogic's "BEA-000337" (six): their
   * own prefixes, a dash, the number.
   */
  private static boolean vendor(CharSequence s, int from, int to) {
    for (int k = from + 4; k < to; k++) {
      if (!Shapes.digit(s.charAt(k))) {
        return false;
      }
    }
    String p = s.subSequence(from, from + 3).toString();
    if (to - from == 10) {
      return p.equals("BEA");
    }
    return p.equals("ORA") || p.equals("TNS") || p.equals("PLS") || p.equals("SP2") || p.equals("IMP") || p.equals("EXP");
  }

  /** The end of a code key starting at i (a word boundary before it), or -1. */
  private static int keyAt(String text, int i) {
    String[] keys = switch ((char) (text.charAt(i) | 0x20)) {
      case 'c' -> C_KEYS;
      case 'e' -> E_KEYS;
      case 's' -> S_KEYS;
      case 'v' -> V_KEYS;
      default -> null;
    };
    if (keys == null || (i > 0 && (Shapes.letter(text.charAt(i - 1)) || text.charAt(i - 1) == '_'))) {
      return -1;
    }
    for (String k : keys) {
      if (text.regionMatches(true, i, k, 0, k.length())) {
        return i + k.length();
      }
    }
    return -1;
  }
}
