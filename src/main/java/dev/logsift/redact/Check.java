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
  AWS_KEY_ON_LINE;

  /** Tells about the candidates of one text, asked in order of position. */
  interface Candidates {
    boolean accepts(int start, int end);
  }

  static Check named(String name) {
    return switch (name) {
      case "-" -> NONE;
      case "luhn" -> LUHN;
      case "aws-key-on-line" -> AWS_KEY_ON_LINE;
      default -> throw new IllegalArgumentException("unknown check '" + name + "' (known: -, luhn, aws-key-on-line)");
    };
  }

  /** A test for the candidates of one text; it may remember what it read of the text between candidates. */
  Candidates in(String text) {
    return switch (this) {
      case NONE -> (s, e) -> true;
      case LUHN -> (s, e) -> luhn(text.subSequence(s, e));
      case AWS_KEY_ON_LINE -> new AccessKeyLines(text);
    };
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
