package dev.logsift.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleNotifierTest {
  @Test
  void controlCharactersBecomeVisible() {
    assertEquals("^[[31mred^[[0m ^G <U+202E>x <U+0085> a b", ConsoleNotifier.terminalSafe(
        "\u001b[31mred\u001b[0m \u0007 \u202Ex \u0085 a\tb"));
    assertEquals(Cards.EMOJI + "<U+D800>", ConsoleNotifier.terminalSafe(Cards.EMOJI + "\uD800"));
  }

  @Test
  void hostileCardCannotReachTheTerminal() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Delivery d = new ConsoleNotifier(new PrintStream(bytes, true, StandardCharsets.UTF_8)).post(Cards.hostile());

    assertEquals(Delivery.console(), d);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("^[[31mred"));
    for (char c : out.toCharArray()) {
      assertFalse(c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Text.isBidiControl(c)),
          "control character U+" + Integer.toHexString(c));
    }
    assertFalse(Strings.hasLoneSurrogate(out));
  }
}
