package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Realistic and hostile lines with their expected redaction, from src/test/resources/redact/cases.jsonl. */
class RedactionCasesTest {
  private static final PatternRedactor REDACTOR = new PatternRedactor();
  private static final PatternRedactor EVERY_RULE = new PatternRedactor(RuleFile.load(PatternRedactor.RULES), false);

  static List<Arguments> cases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = RedactionCasesTest.class.getResourceAsStream("/redact/cases.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          out.add(Arguments.of(n.get("name").asText(), n.get("in").asText(), n.get("out").asText()));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void redactsAsExpected(String name, String in, String expected) {
    assertEquals(expected, REDACTOR.redact(in));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isIdempotent(String name, String in, String expected) {
    assertEquals(expected, REDACTOR.redact(expected));
  }

  /**
   * A trigger missing from the rules file would let the pre-scan skip a rule that matches, and a wrong search
   * shortcut would start past a match: both leak.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void preScanSkipsNothingThatWouldMatch(String name, String in, String expected) {
    assertEquals(EVERY_RULE.redact(in), REDACTOR.redact(in));
  }

  /**
   * Random text built from pieces of what the rules look for (keys, separators, quotes, prefixes, digit groups):
   * the pre-scan and the search shortcuts must never skip a match, and a second run must change nothing.
   */
  @Test
  void preScanSkipsNothingOnGeneratedText() {
    String[] pieces = {"password", "Passwd", "pwd", "pass", "secret", "client_secret", "token", "access_token",
        "api_key", "apiKey", "X-Api-Key", "credentials", "signature", "cvv", "key", "session", "JSESSIONID",
        "_app_session", "connect.sid", "sessid", "__Host-id", "remember_me", "phone", "tel", "mobile_no", "fax",
        "Authorization", "Bearer", "Basic", "=", "=", ":", ": ", " = ", "\"", "'", "\\\"", "\\", " ", "\t", "\n",
        "{", "}", ",", ";", "&", "--", "hunter2", "S3cr3t!", "abc.def-123_XYZ~", "dXNlcjpwYXNz", "null", "@",
        "jane.doe", "example.com", ".", "+", "+1", "+44", "(415)", "415", "555", "0134", "-", "4111", "1111", "1",
        "2026-11-27", "eyJhbGciOiJIUzI1NiJ9", "eyJzdWIiOiIxIn0", "AKIA", "IOSFODNN7EXAMPLE", "ghp_", "xoxb-", "sk-",
        "sk_live_", "AIza", "SG.", "npm_", "SK", "0123456789abcdef", "0123456789abcdef", "://", "postgres", "u:p",
        "hooks.slack.com/services/", "discord.com/api/webhooks/", "-----BEGIN RSA PRIVATE KEY-----", "MIIE",
        "-----END RSA PRIVATE KEY-----", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret_access_key",
        "ASIA", "Y34FZKBOKMUTVV7A", "[REDACTED:aws-key]", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "<*>", "token=<*>", "=>", " => ", "'s3 cr3t'", "https://", "orders_pkey", "Secret-Key", "private_key", "\r",
        "(", ")", "0", "#", "a@b.co", "no", "9"};
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = 2 + random.nextInt(10); n > 0; n--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      String out = REDACTOR.redact(text);
      assertEquals(EVERY_RULE.redact(text), out, text);
      assertEquals(out, REDACTOR.redact(out), "idempotent: " + text);
    }
  }

  @Test
  void fixtureCoversEveryKindOfRule() throws IOException {
    List<String> outputs = cases().stream().map(a -> (String) a.get()[2]).toList();
    for (String kind : REDACTOR.kinds()) {
      assertTrue(outputs.stream().anyMatch(o -> o.contains("[REDACTED:" + kind + "]")), "no case for " + kind);
    }
  }
}
