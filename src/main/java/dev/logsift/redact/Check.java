package dev.logsift.redact;

/** A test a candidate must also pass before it is replaced, for what a regex alone cannot tell. */
enum Check {
  NONE,
  /** Payment cards: 13 to 19 digits with a valid Luhn sum, so order ids and timestamps survive. */
  LUHN;

  static Check named(String name) {
    return switch (name) {
      case "-" -> NONE;
      case "luhn" -> LUHN;
      default -> throw new IllegalArgumentException("unknown check '" + name + "' (known: -, luhn)");
    };
  }

  boolean accepts(CharSequence s) {
    return this == NONE || luhn(s);
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
