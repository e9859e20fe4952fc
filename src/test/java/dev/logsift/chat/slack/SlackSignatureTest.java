package dev.logsift.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.logsift.chat.slack.SlackSignature.Result;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignatureTest {
  /** The worked example of Slack's "Verifying requests from Slack" page (a documentation secret, not a real one). */
  static final String DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final String DOC_TIMESTAMP = "1531420618";
  static final String DOC_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
      + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
      + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
      + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  static final String DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

  private static SlackSignature at(long epochSeconds) {
    return new SlackSignature(DOC_SECRET, Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
  }

  private static byte[] body(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void reproducesSlacksDocumentedExample() {
    assertEquals(DOC_SIGNATURE, SlackSignature.sign(DOC_SECRET, DOC_TIMESTAMP, body(DOC_BODY)));
    assertEquals(Result.VALID, at(1531420618L + 60).check(DOC_TIMESTAMP, DOC_SIGNATURE, body(DOC_BODY)));
  }

  @Test
  void aChangedBodySignatureOrSecretIsInvalid() {
    assertEquals(Result.INVALID, at(1531420618L).check(DOC_TIMESTAMP, DOC_SIGNATURE, body(DOC_BODY + "&x=1")));
    String flipped = DOC_SIGNATURE.substring(0, DOC_SIGNATURE.length() - 1) + "4";
    assertEquals(Result.INVALID, at(1531420618L).check(DOC_TIMESTAMP, flipped, body(DOC_BODY)));
    assertEquals(Result.INVALID, at(1531420618L).check(DOC_TIMESTAMP, "v0=", body(DOC_BODY)));
    SlackSignature other = new SlackSignature("another-secret", Clock.fixed(Instant.ofEpochSecond(1531420618L),
        ZoneOffset.UTC));
    assertEquals(Result.INVALID, other.check(DOC_TIMESTAMP, DOC_SIGNATURE, body(DOC_BODY)));
    assertEquals(Result.INVALID, at(1531420618L).check("15314206l8", DOC_SIGNATURE, body(DOC_BODY)));
  }

  @Test
  void missingHeadersAreMissing() {
    assertEquals(Result.MISSING, at(1531420618L).check(null, DOC_SIGNATURE, body(DOC_BODY)));
    assertEquals(Result.MISSING, at(1531420618L).check(DOC_TIMESTAMP, null, body(DOC_BODY)));
    assertEquals(Result.MISSING, at(1531420618L).check(" ", "", body(DOC_BODY)));
  }

  @Test
  void replaysOutsideFiveMinutesAreStaleEvenWhenCorrectlySigned() {
    assertEquals(Result.VALID, at(1531420618L + 300).check(DOC_TIMESTAMP, DOC_SIGNATURE, body(DOC_BODY)));
    assertEquals(Result.STALE, at(1531420618L + 301).check(DOC_TIMESTAMP, DOC_SIGNATURE, body(DOC_BODY)));
    assertEquals(Result.STALE, at(1531420618L - 301).check(DOC_TIMESTAMP, DOC_SIGNATURE, body(DOC_BODY)));
  }

  @Test
  void aTimestampNear2To63SecondsAgoIsStaleNotOverflowed() {
    long now = 1531420618L;
    // now - 2^63 wraps to a value whose distance from now overflows; signed correctly, it must still be stale.
    String ts = Long.toString(now - Long.MAX_VALUE - 1);
    String sig = SlackSignature.sign(DOC_SECRET, ts, body(DOC_BODY));
    assertEquals(Result.STALE, at(now).check(ts, sig, body(DOC_BODY)));
    String max = Long.toString(Long.MAX_VALUE);
    assertEquals(Result.STALE, at(now).check(max, SlackSignature.sign(DOC_SECRET, max, body(DOC_BODY)), body(DOC_BODY)));
  }
}
