package dev.logsift.notify;

import java.io.PrintStream;

/** Prints cards as text: the embedded default, and what `make run` shows. */
public final class ConsoleNotifier implements Notifier {
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
    sb.append("│ confidence:  ").append(cl.confidence().wire()).append(" (").append(CardText.sourceLabel(cl)).append(")\n");
    sb.append("│ proposal:    ").append(oneLine(cl.firstResponse())).append('\n');
    sb.append("│ log group:   ").append(oneLine(c.logGroup())).append('\n');
    sb.append("│ fingerprint: ").append(c.fingerprint()).append('\n');
    sb.append("│ count:       ").append(CardText.counts(c)).append('\n');
    String sample = c.sample().length() > 600 ? c.sample().substring(0, 600) + "…" : c.sample();
    for (String line : sample.split("\n", 8)) {
      sb.append("│   ").append(line.length() > 200 ? line.substring(0, 200) + "…" : line).append('\n');
    }
    sb.append('└');
    return sb.toString();
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }
}
