package dev.logsift.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Splits a digest into pages of a fixed number of entries, so a page never moves as the digest grows
 * (entries keep their arrival order) and only the pages that changed are edited. Every page fits one
 * Discord embed and one Slack section whatever its text: detailed lines are cut after the fingerprint id,
 * which comes first, and compact pages list ids by service.
 *
 * <p>Bound: Digest.MAX_ENTRIES entries make 10 detailed and 15 compact pages, so at most 13 Discord
 * messages (2 pages each) or 3 Slack messages (10 pages each) per destination and hour.
 */
public final class DigestPages {
  static final int DETAILED_PER_PAGE = 15;
  static final int COMPACT_PER_PAGE = 60;
  /** Escaped characters of one detailed line (the id and count survive any cut). */
  static final int LINE_CHARS = 175;
  static final int SERVICE_CHARS = 24;

  /** Entries [from, to) of the digest, plus the OTHERS line on the last page when there is one. */
  public record Page(int from, int to, boolean others) {}

  /** A chat message of the digest to post or edit: its position among the digest's messages and its body. */
  public record Message(int index, boolean touched, com.fasterxml.jackson.databind.node.ObjectNode body) {}

  private DigestPages() {}

  /** Pages over entries[from..]; from 0 they are the same pages whatever was added later. */
  static List<Page> pages(List<Digest.Entry> entries, int from) {
    int n = entries.size();
    boolean others = n > 0 && Digest.OTHERS.equals(entries.get(n - 1).fingerprint());
    int listed = others ? n - 1 : n;
    List<Page> out = new ArrayList<>();
    for (int i = from; i < listed; ) {
      int end = Math.min(boundaryAfter(i), listed);
      out.add(new Page(i, end, false));
      i = end;
    }
    if (others) {
      if (out.isEmpty()) {
        out.add(new Page(listed, listed, true));
      } else {
        Page last = out.remove(out.size() - 1);
        out.add(new Page(last.from(), last.to(), true));
      }
    }
    return out;
  }

  private static int boundaryAfter(int i) {
    if (i < Digest.DETAILED_ENTRIES) {
      return Math.min(Digest.DETAILED_ENTRIES, (i / DETAILED_PER_PAGE + 1) * DETAILED_PER_PAGE);
    }
    int k = i - Digest.DETAILED_ENTRIES;
    return Digest.DETAILED_ENTRIES + (k / COMPACT_PER_PAGE + 1) * COMPACT_PER_PAGE;
  }

  /**
   * The page's lines in one medium.
   *
   * @param escape makes one piece of text inert in the medium
   * @param cut cuts escaped text to a length without breaking an escape
   */
  public static String text(List<Digest.Entry> entries, Page p, UnaryOperator<String> escape, Cut cut) {
    StringBuilder sb = new StringBuilder();
    Map<String, StringBuilder> byService = new LinkedHashMap<>();
    for (int i = p.from(); i < p.to(); i++) {
      Digest.Entry e = entries.get(i);
      if (i < Digest.DETAILED_ENTRIES) {
        sb.append("• ").append(cut.apply(escape.apply(Text.oneLine(DigestText.chatLine(e))), LINE_CHARS)).append('\n');
      } else {
        byService.computeIfAbsent(e.service(), k -> new StringBuilder()).append(' ').append(e.fingerprint());
      }
    }
    for (Map.Entry<String, StringBuilder> s : byService.entrySet()) {
      String service = s.getKey().isBlank() ? "—" : s.getKey();
      sb.append("• ").append(cut.apply(escape.apply(Text.oneLine(service)), SERVICE_CHARS)).append(':')
          .append(s.getValue()).append('\n');
    }
    if (p.others()) {
      sb.append("• ").append(escape.apply(DigestText.others(entries.get(entries.size() - 1)))).append('\n');
    }
    return sb.toString();
  }

  public interface Cut {
    String apply(String escaped, int max);
  }

  /** A chat adapter's body for message m of n, showing these pages. */
  public interface Body {
    com.fasterxml.jackson.databind.node.ObjectNode render(int m, int n, List<Page> pages);
  }

  /**
   * The digest's messages from entry {@code from} on, pagesPerMessage pages each, with their bodies; the
   * first message (the title counts) and those showing an entry of this update are marked touched.
   */
  public static List<Message> render(Digest d, int from, int pagesPerMessage, Body body) {
    List<List<Page>> messages = messages(pages(d.entries(), from), pagesPerMessage);
    List<Message> out = new ArrayList<>(messages.size());
    for (int m = 0; m < messages.size(); m++) {
      List<Page> pages = messages.get(m);
      out.add(new Message(m, m == 0 || touched(d, pages), body.render(m, messages.size(), pages)));
    }
    return out;
  }

  /** Messages of pagesPerMessage pages each. */
  static List<List<Page>> messages(List<Page> pages, int pagesPerMessage) {
    List<List<Page>> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i += pagesPerMessage) {
      out.add(pages.subList(i, Math.min(pages.size(), i + pagesPerMessage)));
    }
    if (out.isEmpty()) {
      out.add(List.of());
    }
    return out;
  }

  /** Whether a message shows an entry of this update (every message when the update is unknown). */
  static boolean touched(Digest d, List<Page> message) {
    if (d.updated().isEmpty()) {
      return true;
    }
    for (Page p : message) {
      for (int i = p.from(); i < p.to(); i++) {
        if (d.updated().contains(d.entries().get(i).fingerprint())) {
          return true;
        }
      }
      if (p.others()) {
        return true;
      }
    }
    return false;
  }

  public static int first(List<Page> message) {
    return message.isEmpty() ? 0 : message.get(0).from();
  }

  public static int last(List<Page> message) {
    return message.isEmpty() ? 0 : message.get(message.size() - 1).to();
  }
}
