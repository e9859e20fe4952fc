package dev.logsift.redact;

/** A test a candidate must also pass before it is replaced, for what a regex alone cannot tell. */
enum Check {
  NONE,
  /** Payment cards: 13 to 19 digits with a valid Luhn sum, so order ids and timestamps survive. */
  LUHN,
  /**
   * Bare AWS secret access keys look like any other base64; next to an access key id on the same line they are
   * almost surely one. A regex cannot look a whole line back or ahead without going quadratic on long lines.
   */
  AWS_KEY_ON_LINE,
  /** IBANs: a known country, its length, and the mod-97 sum of ISO 13616, so ids shaped like one survive. */
  IBAN,
  /** 'Basic' credentials outside an Authorization header: base64 of printable 'user:password' ("basic RetryPolicy"). */
  BASIC,
  /** Values on a line holding a Cookie or Set-Cookie header, after that header. */
  COOKIE_LINE,
  /** Phone numbers: 8 to 15 digits (E.164), so short counts after a '+' survive. */
  PHONE;

  /** Tells about the candidates of one text, asked in order of position. */
  interface Candidates {
    boolean accepts(int start, int end);
  }

  static Check named(String name) {
    return switch (name) {
      case "-" -> NONE;
      case "luhn" -> LUHN;
      case "aws-key-on-line" -> AWS_KEY_ON_LINE;
      case "iban" -> IBAN;
      case "basic" -> BASIC;
      case "cookie-line" -> COOKIE_LINE;
      case "phone" -> PHONE;
      default -> throw new IllegalArgumentException("unknown check '" + name
          + "' (known: -, luhn, aws-key-on-line, iban, basic, cookie-line, phone)");
    };
  }

  /** A test for the candidates of one text; it may remember what it read of the text between candidates. */
  Candidates in(String text) {
    return switch (this) {
      case NONE -> (s, e) -> true;
      case LUHN -> (s, e) -> luhn(text.subSequence(s, e));
      case AWS_KEY_ON_LINE -> new AccessKeyLines(text);
      case IBAN -> (s, e) -> iban(text.subSequence(s, e));
      case BASIC -> (s, e) -> basicCredentials(text.subSequence(s, e));
      case COOKIE_LINE -> new CookieLines(text);
      case PHONE -> (s, e) -> phone(text.subSequence(s, e));
    };
  }

  static boolean phone(CharSequence s) {
    int digits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits >= 8 && digits <= 15;
  }

  /** Country code and IBAN length (ISO 13616 registry). */
  private static final String IBAN_LENGTHS = "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BR29BY28CH21CR22CY28CZ24DE22DK18"
      + "DO28EE20EG29ES24FI18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21"
      + "LT20LU20LV21LY25MC27MD24ME22MK19MR27MT31MU30NL18NO15PK24PL28PS29PT25QA29RO24RS22SA24SC31SD18SE24SI19SK24"
      + "SM27SO23ST25SV28TL23TN24TR26UA29VA22VG24XK20";

  static boolean iban(CharSequence s) {
    StringBuilder compact = new StringBuilder(34);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ') {
        compact.append(Character.toUpperCase(c));
      }
    }
    if (compact.length() < 15 || compact.length() > 34) {
      return false;
    }
    String country = compact.substring(0, 2);
    int at = -1;
    for (int i = 0; i + 4 <= IBAN_LENGTHS.length(); i += 4) {
      if (IBAN_LENGTHS.startsWith(country, i)) {
        at = i;
        break;
      }
    }
    if (at < 0 || Integer.parseInt(IBAN_LENGTHS, at + 2, at + 4, 10) != compact.length()) {
      return false;
    }
    int mod = 0;
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt((i + 4) % compact.length());
      int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
      if (v < 0) {
        return false;
      }
      mod = v < 10 ? (mod * 10 + v) % 97 : (mod * 100 + v) % 97;
    }
    return mod == 1;
  }

  static boolean basicCredentials(CharSequence s) {
    byte[] bytes;
    try {
      bytes = java.util.Base64.getDecoder().decode(s.toString());
    } catch (IllegalArgumentException e) {
      return false;
    }
    boolean colon = false;
    for (byte b : bytes) {
      if (b == ':') {
        colon = true;
      } else if (b >= 0 && b < 0x20) {
        return false;
      }
    }
    return colon && bytes.length >= 3;
  }

  static boolean luhn(CharSequence s) {
    int sum = 0;
    int digits = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        continue;
      }
      int d = c - '0';
      if (digits++ % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return digits >= 13 && digits <= 19 && sum % 10 == 0;
  }
}
