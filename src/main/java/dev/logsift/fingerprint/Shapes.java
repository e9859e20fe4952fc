package dev.logsift.fingerprint;

/** Hand-written whole-token shape tests over s[from, to); no regexes, no allocation. */
final class Shapes {
  private Shapes() {}

  static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean hexLetter(char c) {
    return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** A Latin letter with a diacritic (é, ø, ễ) or a part of an emoji or pictograph: text people write. */
  static boolean humanChar(char c) {
    return (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF)
        || Character.isSurrogate(c) || (c >= 0x2600 && c <= 0x27BF);
  }

  static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean hexDigit(char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Whether text holds one of words (error constants' words of failure: "TIMEOUT" in "RESULT_ERROR_TIMEOUT"). */
  static boolean containsAny(String text, String[] words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether s[from, to) holds an ASCII letter. */
  static boolean hasLetter(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (letter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasDigit(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (digit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "orders.events.v1", "products-v7", "api_v2": a name whose only digits are a short version segment
   * (v1..v99) beside a segment of words, the version last or among the first three segments. A version
   * string ("v1.2.3"), an id or a package ("org.apache.hadoop.mapreduce.v2.app") is not one.
   */
  static boolean versionedName(CharSequence s, int from, int to) {
    boolean words = false;
    boolean version = false;
    int segments = 0;
    int seg = from;
    for (int i = from; i <= to; i++) {
      char c = i < to ? s.charAt(i) : '.';
      if (c == '.' || c == '-' || c == '_') {
        int len = i - seg;
        if (len == 0) {
          return false;
        }
        if (hasDigit(s, seg, i)) {
          char v = s.charAt(seg);
          if ((v != 'v' && v != 'V') || len > 3 || !digits(s, seg + 1, i)) {
            return false;
          }
          version = true;
          if (i < to && segments >= 3) {
            return false; // a package ("org.apache.hadoop.mapreduce.v2.app"), named by its classes
          }
        } else {
          words |= len >= 2;
        }
        seg = i + 1;
        segments++;
      } else if (!letter(c) && !digit(c)) {
        return false;
      }
    }
    return words && version;
  }

  /**
   * A random id of letters ("AjrNpMGn_quPHlANqbtEuF"): a CamelCase name is runs of one capital and
   * two or more small letters, an acronym only at its start or once or twice ("HTTPSConnectionPool",
   * "parseJSONToXMLDocument"); a random string has single small letters between single capitals and runs of
   * capitals before small letters throughout. At least 16 letters; only letters, '_' and '-'; a constant
   * in capitals (NOT_LEADER_OR_FOLLOWER) is never one.
   */
  static boolean randomLetters(CharSequence s, int from, int to) {
    int letters = 0;
    int odd = 0;
    int run = 0;
    int kind = 0; // 1 upper, 2 lower
    int before = 0; // length of the run before the current one
    boolean first = true;
    for (int i = from; i <= to; i++) {
      char c = i < to ? s.charAt(i) : '_';
      int k = c >= 'A' && c <= 'Z' ? 1 : c >= 'a' && c <= 'z' ? 2 : 0;
      if (k == 0 && c != '_' && c != '-') {
        return false;
      }
      if (k != kind) {
        // a run ends: a lone small letter, or capitals after the first run
        odd += (kind == 2 && run == 1 && before == 1 && i < to) || (kind == 1 && run >= 2 && !first && k == 2) ? 1 : 0;
        first &= kind == 0;
        before = kind == 0 ? 0 : run;
        run = 0;
        kind = k;
      }
      run++;
      letters += k != 0 ? 1 : 0;
    }
    return letters >= 16 && odd >= 3;
  }

  /** Bit (c - 'a') is set for the vowels a, e, i, o, u and y. */
  private static final int VOWELS = 1 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24;

  static boolean vowel(char c) {
    return c >= 'a' && c <= 'z' && (VOWELS >> (c - 'a') & 1) != 0;
  }

  /** A part of small letters that no word is: 12 or more with at most one vowel in six, or 8 or more with none. */
  private static boolean unpronounceable(int letters, int vowels) {
    return (letters >= 12 && vowels * 6 <= letters) || (letters >= 8 && vowels == 0);
  }

  /**
   * A random id without a digit: of small letters, a part no word is (see unpronounceable:
   * "pay_utxrhsfsxgmctq", Kubernetes' vowel-free "web-cccgpjrxq"; "transcripts" is a word); of both
   * cases, see randomLetters. One pass over the token, no allocation: this runs
   * on long words.
   */
  static boolean randomId(CharSequence s, int from, int to) {
    boolean upper = false;
    boolean lowerId = false;
    int letters = 0;
    int vowels = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letters++;
        vowels += VOWELS >> (c - 'a') & 1;
      } else if (c >= 'A' && c <= 'Z') {
        upper |= i > from;
      } else if (c == '_' || c == '-') {
        lowerId |= unpronounceable(letters, vowels);
        letters = 0;
        vowels = 0;
      } else {
        return false;
      }
    }
    if (upper) {
      return to - from >= 16 && randomLetters(s, from, to);
    }
    return lowerId || unpronounceable(letters, vowels);
  }

  /**
   * "pi_s94sHhxmehEsf7zmYeUHFT1w", "cus_NffrFeUfNV2Hib": an id with a prefix, whose last part is 14 or more
   * letters and digits mixing three or more capitals with three or more small letters, and a digit or the
   * case changes of a random string (see randomLetters). "idx_orders_v2_ref" and CamelCase parts are not.
   */
  static boolean randomTail(CharSequence s, int from, int to) {
    int start = to;
    while (start > from && s.charAt(start - 1) != '_') {
      start--;
    }
    if (start == from || to - start < 14) {
      return false;
    }
    int upper = 0;
    int lower = 0;
    int digits = 0;
    for (int i = start; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        upper++;
      } else if (c >= 'a' && c <= 'z') {
        lower++;
      } else if (digit(c)) {
        digits++;
      } else {
        return false;
      }
    }
    // Stripe's 'cus_PLJ4BFI5fDYrAE': few small letters among many capitals and digits is random too
    return upper >= 3 && (lower >= 3 || (lower >= 1 && upper >= 8 && digits > 0)) && (digits > 0 || (to - start >= 16 && randomLetters(s, start, to)));
  }

  /** "v1", "V12": an API's version as a path segment, a route of its own rather than an id. */
  static boolean apiVersion(CharSequence s, int from, int to) {
    int len = to - from;
    return len >= 2 && len <= 3 && (s.charAt(from) == 'v' || s.charAt(from) == 'V') && digits(s, from + 1, to);
  }

  /** Only letters, digits and the characters of extra in s[from, to). */
  static boolean wordChars(CharSequence s, int from, int to, String extra) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!letter(c) && !digit(c) && extra.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the date of a date-sharded name starts ("orders-2024.06.04", "events_20240604", "logs-2024-06"),
   * or -1: the name before it is one index or table of several shards, the date a value.
   */
  static int dateSuffix(CharSequence s, int from, int to) {
    int n = to - from;
    int at = -1;
    if (n >= 10 && digits(s, to - 8, to) && month(s, to - 4) && day(s, to - 2)) {
      at = to - 8; // 20240604
    } else if (n >= 12 && sameSeparators(s, to - 10, to) && day(s, to - 2) && month(s, to - 5)) {
      at = to - 10; // 2024.06.04, 2024-06-04, 2024_06_04
    } else if (n >= 9 && digits(s, to - 2, to) && "-._".indexOf(s.charAt(to - 3)) >= 0 && month(s, to - 2)) {
      at = to - 7; // 2024.06
    }
    if (at < 0 || !digits(s, at, at + 4) || !(s.charAt(at) == '2' || (s.charAt(at) == '1' && s.charAt(at + 1) == '9'))
        || "-._".indexOf(s.charAt(at - 1)) < 0 || !letter(s.charAt(from))) {
      return -1;
    }
    int letters = 0;
    for (int i = from; i < at - 1; i++) {
      letters += letter(s.charAt(i)) ? 1 : 0;
    }
    return letters >= 2 ? at : -1;
  }

  private static boolean sameSeparators(CharSequence s, int from, int to) {
    char sep = s.charAt(from + 4);
    return "-._".indexOf(sep) >= 0 && s.charAt(from + 7) == sep && digits(s, from, from + 4)
        && digits(s, from + 5, from + 7) && digits(s, from + 8, to);
  }

  private static boolean month(CharSequence s, int at) {
    int m = (s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0';
    return m >= 1 && m <= 12;
  }

  private static boolean day(CharSequence s, int at) {
    int d = (s.charAt(at) - '0') * 10 + s.charAt(at + 1) - '0';
    return d >= 1 && d <= 31;
  }

  /** Only digits, at least one. */
  static boolean digits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    return to > from;
  }

  static int indexOf(CharSequence s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** Starts with a digit, only digits and date/time punctuation, at least one of - / : (2024-05-01, 12:16:49,123). */
  static boolean timestamp(CharSequence s, int from, int to) {
    if (to - from < 5 || !digit(s.charAt(from))) {
      return false;
    }
    boolean sep = false;
    int colons = 0;
    int dashes = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        colons++;
        sep = true;
      } else if (c == '-' || c == '/') {
        dashes++;
        sep = true;
      } else if (!(digit(c) || c == '.' || c == ',' || c == 'T' || c == 'Z' || c == '+')) {
        return false;
      }
    }
    // a lone "12-3" or "8:30" is too weak; dates have two dashes/slashes, times two colons
    return sep && (colons >= 2 || dashes >= 2);
  }

  static boolean uuid(CharSequence s, int from, int to) {
    if (to - from != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(from + i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return false;
        }
      } else if (!hexDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** IPv4 with optional :port, or IPv6 (hex groups and at least two colons). */
  static boolean ip(CharSequence s, int from, int to) {
    return ipv4(s, from, to) || ipv6(s, from, to);
  }

  private static boolean ipv4(CharSequence s, int from, int to) {
    int i = from;
    for (int part = 0; part < 4; part++) {
      int start = i;
      while (i < to && digit(s.charAt(i)) && i - start < 3) {
        i++;
      }
      if (i == start) {
        return false;
      }
      if (part < 3) {
        if (i >= to || s.charAt(i) != '.') {
          return false;
        }
        i++;
      }
    }
    if (i == to) {
      return true;
    }
    if (s.charAt(i) != ':' || i + 1 == to) {
      return false;
    }
    for (i++; i < to; i++) {
      if (!digit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean ipv6(CharSequence s, int from, int to) {
    if (to - from < 3) {
      return false;
    }
    int colons = 0;
    int run = 0;
    boolean digits = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        colons++;
        run = 0;
      } else if (hexDigit(c)) {
        digits |= digit(c);
        if (++run > 4) {
          return false;
        }
      } else {
        return false;
      }
    }
    return colons >= 2 && digits;
  }

  static boolean email(CharSequence s, int from, int to) {
    return email(s, from, to, false);
  }

  /**
   * An e-mail address, or with principal also a principal at a place without a domain ("app@orders",
   * as Postgres' log prefix %u@%d writes it): only the caller knows where that reading is safe
   * ("eslint@next" is a package and its tag).
   */
  static boolean email(CharSequence s, int from, int to, boolean principal) {
    int at = indexOf(s, '@', from, to);
    if (at <= from) {
      return false;
    }
    int dot = -1;
    for (int i = at + 1; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dot = i;
      } else if (!(letter(c) || digit(c) || c == '-' || c == '_')) {
        return false;
      }
    }
    for (int i = from; i < at; i++) {
      char c = s.charAt(i);
      if (!(letter(c) || digit(c) || c == '.' || c == '_' || c == '-' || c == '+')) {
        return false;
      }
    }
    return (dot > at + 1 && dot < to - 2) || (principal && dot < 0 && to - at > 2 && letter(s.charAt(from))
        && letter(s.charAt(at + 1)));
  }

  /** Index of "://" after a letters-only scheme, or -1. */
  static int urlScheme(CharSequence s, int from, int to) {
    int i = from;
    while (i < to && (letter(s.charAt(i)) || s.charAt(i) == '+' || (i > from && digit(s.charAt(i))))) {
      i++; // "s3://", "h2c://"
    }
    if (i == from || i + 3 > to || s.charAt(i) != ':' || s.charAt(i + 1) != '/' || s.charAt(i + 2) != '/') {
      return -1;
    }
    return i;
  }

  static boolean path(CharSequence s, int from, int to) {
    int len = to - from;
    char c0 = s.charAt(from);
    if (c0 == '/') {
      for (int i = from + 1; i < to; i++) {
        if (s.charAt(i) != '/') {
          return true;
        }
      }
      return false;
    }
    if (len >= 3 && (c0 == '.' || c0 == '~')) {
      int k = from + 1;
      if (c0 == '.' && s.charAt(k) == '.') {
        k++;
      }
      return k < to - 1 && (s.charAt(k) == '/' || s.charAt(k) == '\\');
    }
    if (len >= 3 && letter(c0) && s.charAt(from + 1) == ':' && s.charAt(from + 2) == '\\') {
      return true;
    }
    if (len >= 3 && c0 == '\\' && s.charAt(from + 1) == '\\') {
      return true;
    }
    int slashes = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '/') {
        slashes++;
      } else if (c == '=' || c == '"' || c == '\'') {
        return false;
      }
    }
    return slashes >= 2;
  }

  /** 0x-prefixed hex, or 8+ hex characters (no other letters), e.g. ffffffff, 3f9a0c2b11e4. */
  static boolean hex(CharSequence s, int from, int to) {
    int len = to - from;
    if (len >= 3 && s.charAt(from) == '0' && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X')) {
      for (int i = from + 2; i < to; i++) {
        if (!hexDigit(s.charAt(i))) {
          return false;
        }
      }
      return true;
    }
    if (len < 8) {
      return false;
    }
    boolean letters = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!hexDigit(c)) {
        return false;
      }
      letters |= !digit(c);
    }
    return letters; // all digits is a number, not hex
  }

  /** Three or more dot-separated identifiers, each starting with a letter, _ or $ (code names). */
  static boolean qualifiedName(CharSequence s, int from, int to) {
    int dots = 0;
    boolean segmentStart = true;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (segmentStart) {
          return false;
        }
        dots++;
        segmentStart = true;
      } else if (segmentStart) {
        if (!(letter(c) || c == '_' || c == '$')) {
          return false;
        }
        segmentStart = false;
      } else if (!(letter(c) || digit(c) || c == '_' || c == '$')) {
        return false;
      }
    }
    return dots >= 2 && !segmentStart;
  }

  /** A key for key=value / key:value: starts with a letter or _, word characters, dots, dashes, brackets. */
  static boolean key(CharSequence s, int from, int to) {
    if (to <= from) {
      return false;
    }
    char c0 = s.charAt(from);
    if (!(letter(c0) || c0 == '_' || c0 == '@' || c0 == '$')) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!(letter(c) || digit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']')) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name Kubernetes generated for a pod ("search-fsnrsqnjmp-hrnlm"): the owner's name, a template
   * hash of 6 to 10 and a suffix of 5 characters from the alphabet Kubernetes draws them from
   * (consonants and the digits 2 and 4-9). About one such name in a hundred has no digit, so the
   * number rule alone splits a pod's errors from its siblings'. Answers where the generated part starts
   * ("payments-api-|7c6d8f9b5-x2k9p"), or -1.
   */
  static int generatedSuffix(CharSequence s, int from, int to) {
    int last = lastDash(s, from, to);
    if (last < 0 || to - last - 1 != 5 || !podAlphabet(s, last + 1, to)) {
      return -1;
    }
    int hash = lastDash(s, from, last);
    int len = last - hash - 1;
    return hash > from && len >= 6 && len <= 10 && podAlphabet(s, hash + 1, last) ? hash + 1 : -1;
  }

  private static int lastDash(CharSequence s, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (s.charAt(i) == '-') {
        return i;
      }
    }
    return -1;
  }

  private static boolean podAlphabet(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'b' && c <= 'z' && "eiouy".indexOf(c) < 0) || c == '2' || (c >= '4' && c <= '9');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the quoted text s[v, z) says in its first four words that something failed (words, from words
   * failuretext): a program's account of a failure, where text a person wrote mentions an error only in passing.
   */
  static boolean failureText(CharSequence s, int v, int z, WordSet words) {
    if (z - v > 300 || indexOf(s, ' ', v, z) < 0) {
      return false;
    }
    int count = 0;
    for (int k = v; k < z && count < 4; count++) {
      while (k < z && !letter(s.charAt(k))) {
        k++;
      }
      int w = k;
      while (k < z && letter(s.charAt(k))) {
        k++;
      }
      if (k > w && words.contains(s, w, k)) {
        return true;
      }
    }
    return false;
  }

  /** LEADER_NOT_AVAILABLE, UNKNOWN_TOPIC_OR_PARTITION: capitals in three or more words joined by '_'. */
  static boolean errorConstant(CharSequence s, int from, int to) {
    int underscores = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == '_' && k > from && k + 1 < to && s.charAt(k - 1) != '_') {
        underscores++;
      } else if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return underscores >= 2;
  }

  /** Whether a run of capitals and '_' in t is an error constant ("{orders=LEADER_NOT_AVAILABLE}"). */
  static boolean holdsErrorConstant(CharSequence t) {
    int run = -1;
    for (int k = 0; k <= t.length(); k++) {
      char c = k < t.length() ? t.charAt(k) : ' ';
      boolean inRun = (c >= 'A' && c <= 'Z') || c == '_';
      if (inRun && run < 0) {
        run = k;
      } else if (!inRun && run >= 0) {
        if (errorConstant(t, run, k)) {
          return true;
        }
        run = -1;
      }
    }
    return false;
  }

  /**
   * Whether s[from, to) ends in a constant named through its owner ("android.intent.action.SCREEN_OFF",
   * "OrderStatus.IN_REVIEW"): code (an enum value, a broadcast action), so two of them are two conditions.
   */
  static boolean qualifiedConstant(CharSequence s, int from, int to) {
    while (to > from && !letter(s.charAt(to - 1)) && !digit(s.charAt(to - 1))) {
      to--;
    }
    int dot = to - 1;
    while (dot > from && s.charAt(dot) != '.') {
      dot--;
    }
    if (dot <= from || !letter(s.charAt(dot - 1)) || to - dot < 4 || s.charAt(dot + 1) < 'A' || s.charAt(dot + 1) > 'Z') {
      return false;
    }
    boolean inner = false;
    for (int k = dot + 1; k < to; k++) {
      char c = s.charAt(k);
      if (c == '_' && k + 1 < to) {
        inner = true;
      } else if (!((c >= 'A' && c <= 'Z') || digit(c))) {
        return false;
      }
    }
    return inner;
  }

  /**
   * Whether s[from, to) can name a program ("sshd", "postfix/smtpd", "app.tasks.send_email"): letters,
   * '_', '-', '.', '/', and digits when allowed, starting with a letter.
   */
  static boolean programName(CharSequence s, int from, int to, boolean digits) {
    if (to <= from || !letter(s.charAt(from))) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!(letter(c) || (digits && digit(c)) || c == '_' || c == '-' || c == '.' || c == '/')) {
        return false;
      }
    }
    return true;
  }

  /** Whether s[from, to) is, or ends in, one of the suffixes, ignoring case. */
  static boolean endsWithAny(String s, int from, int to, String[] suffixes) {
    for (String suffix : suffixes) {
      int n = suffix.length();
      if (to - from >= n && s.regionMatches(true, to - n, suffix, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /** "ALLREDUCE", "OUT_OF_RANGE", "TLS13": capitals, digits and '_', at least two letters. */
  static boolean capitalsConstant(CharSequence s, int from, int to) {
    int letters = 0;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        letters++;
      } else if (!digit(c) && c != '_') {
        return false;
      }
    }
    return letters >= 2;
  }

  /** A character of a script written without spaces between words: CJK, kana, Hangul, full-width forms, Thai. */
  static boolean wide(char c) {
    return (c >= 0x2E80 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
        || (c >= 0x0E00 && c <= 0x0E7F);
  }
}
