package dev.logsift.notify;

import java.io.PrintStream;

/**
 * Prints cards as text: the embedded default, and what `make run` shows. Log text is shown with its
 * control characters made visible (ESC as ^[), so a hostile line cannot recolour, move or clear the
 * terminal, or hide text behind a bidi override.
 */
public final class ConsoleNotifier implements Notifier {
  private static final int SAMPLE_CHARS = 600;
  private static final int SAMPLE_LINES = 8;
  private static final int LINE_CHARS = 200;

  private final PrintStream out;

  public ConsoleNotifier(PrintStream out) {
    this.out = out;
  }

  @Override
  public Delivery post(Card c) {
    out.println(render(c));
    out.flush();
    return Delivery.console();
  }

  @Override
  public Delivery postDigest(String destination, Digest d) {
    StringBuilder sb = new StringBuilder();
    sb.append("┌ ").append(DigestText.title(d)).append('\n');
    for (Digest.Entry e : d.entries()) {
      sb.append("│ ").append(oneLine(DigestText.line(e))).append('\n');
    }
    sb.append('└');
    out.println(sb);
    out.flush();
    return new Delivery("console", "", "");
  }

  public static String render(Card c) {
    var cl = c.classification();
    StringBuilder sb = new StringBuilder(512);
    sb.append("┌ ").append(oneLine(CardText.title(c))).append('\n');
    if (!c.flags().isEmpty()) {
      sb.append("│ flags:       ").append(oneLine(String.join(" · ", c.flags()))).append('\n');
    }
    sb.append("│ confidence:  ").append(cl.confidence().wire()).append(" (")
        .append(oneLine(CardText.sourceLabel(cl))).append(")\n");
    sb.append("│ proposal:    ").append(oneLine(cl.firstResponse())).append('\n');
    sb.append("│ owner:       ").append(oneLine(CardText.owner(c))).append('\n');
    sb.append("│ log group:   ").append(oneLine(c.logGroup())).append('\n');
    sb.append("│ fingerprint: ").append(oneLine(c.fingerprint())).append('\n');
    sb.append("│ count:       ").append(CardText.counts(c)).append('\n');
    String sample = Text.truncate(c.sample() == null ? "" : c.sample(), SAMPLE_CHARS);
    for (String line : sample.split("\n", SAMPLE_LINES)) {
      sb.append("│   ").append(terminalSafe(Text.truncate(line, LINE_CHARS))).append('\n');
    }
    sb.append('└');
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : terminalSafe(s.replace('\n', ' ').replace('\r', ' '));
  }

  /**
   * C0 controls and DEL in caret notation (^[ for ESC), C1 controls, bidi controls and lone surrogates as
   * &lt;U+XXXX&gt;; tabs become a space. Nothing left can be interpreted by a terminal.
   */
  static String terminalSafe(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\t') {
        sb.append(' ');
      } else if (ch < 0x20 || ch == 0x7F) {
        sb.append('^').append((char) (ch ^ 0x40));
      } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(ch).append(s.charAt(++i));
      } else if ((ch >= 0x80 && ch <= 0x9F) || Text.isBidiControl(ch) || Character.isSurrogate(ch)) {
        sb.append(String.format("<U+%04X>", (int) ch));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
