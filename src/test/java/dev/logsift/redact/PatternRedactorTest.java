package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.fingerprint.MaskingFingerprinter;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PatternRedactorTest {
  private static final PatternRedactor R = new PatternRedactor();

  @ParameterizedTest
  @ValueSource(strings = {
      "token expired",
      "invalid password",
      "secret rotation failed",
      "Bearer token missing",
      "password reset requested for user 42",
      "Basic authentication failed",
      "Basic Authentication required",
      "Authorization header missing",
      "the access token could not be refreshed",
      "Failed to refresh token: expired",
      "passwordless login enabled for tenant 7",
      "password must be at least 12 characters",
      "API key not found",
      "apikey missing in request",
      "tokenizer failed on input of 4096 bytes",
      "max_tokens=1024 input_tokens=345 output_tokens: 12",
      "secret_name=prod/db secretId=arn:aws:secretsmanager:us-east-1:123456789012:secret:db",
      "KeyError: 'total'",
      "session expired, please log in again",
      "sessions=5 active_sessions: 3",
      "cookie consent banner failed to render",
      "bypass=true passed=3 passport=none",
      "client credentials grant is not enabled",
      "signature mismatch for webhook",
      "2026-11-27T08:14:10.100Z ERROR [http-nio-8080-exec-1] c.e.checkout.OrderService - Failed",
      "2026-11-27 08:14:10,123 ERROR took 30000ms at 1795766400000 (epoch ms)",
      "timestamps 1795766400 1795766400000 1795766400000000 20261127081410",
      "versions 1.2.3 v10.21.0-rc.4 2.57.8 and build 1234567",
      "ips 10.0.3.17 203.0.113.54:443 2001:db8::1 fe80::1%eth0",
      "ids ORD-88231 cus_4000 req_8Hk2LmN9 i-0abc0def1234567 3f2a0c1e-8b7d-4f0e-9c2b-1a5d7e9f00b2",
      "order 4111111111111112 and 1234567890123456 fail the Luhn check",
      "amount 1,234,567.89 and count 123 456 789",
      "offsets +01:00 +0530 +0x1bf +1.5% and (+30000ms)",
      "arn:aws:iam::123456789012:role/x account 123456789012",
      "goroutine 1187 [running] pc=0x6b2c3f addr=0xc0001a2000",
      "com.example.Foo@6d06d69c and lodash@4.17.21 and @everyone",
      "Hotel Intel telemetry excel cellular iphone",
      "disk-full task skipped sk- ask",
      "github.com/example/gateway/internal/router.(*Router).route",
      "https://example.com:8443/v1/authorize?state=abc",
      "phone lookup failed after 3 retries",
      "user 42 paid 1999 cents on 2026-11-27",
  })
  void leavesOrdinaryTextAlone(String text) {
    assertEquals(text, R.redact(text));
  }

  static Stream<Arguments> keyForms() {
    List<String> keys = List.of("password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "api-key",
        "client_secret", "access_token", "refresh_token", "id_token", "auth_token", "private_key", "secret_key",
        "DB_PASSWORD", "dbPassword", "X-Api-Key", "credentials", "passphrase");
    List<String> forms = List.of("%s=S3cr3t-Value", "%s = S3cr3t-Value", "{\"%s\": \"S3cr3t-Value\"}",
        "{\"%s\":\"S3cr3t-Value\"}", "{'%s': 'S3cr3t-Value'}", "\n%s: S3cr3t-Value", "{%s: S3cr3t-Value}",
        "?a=1&%s=S3cr3t-Value&b=2", "%s: S3cr3t-Value", "{\\\"%s\\\":\\\"S3cr3t-Value\\\"}", "--%s S3cr3t-Value",
        "%s=\"S3cr3t Value\"");
    return keys.stream().flatMap(k -> forms.stream().map(f -> Arguments.of(k, String.format(f, k))));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("keyForms")
  void redactsValuesOfSecretKeysAndKeepsTheKey(String key, String text) {
    String out = R.redact(text);
    assertFalse(out.contains("S3cr3t"), out);
    assertTrue(out.contains(key), out);
    assertTrue(out.contains("[REDACTED:secret]"), out);
  }

  @Test
  void keepsTheShapeAroundAValue() {
    assertEquals("a password=[REDACTED:secret] b", R.redact("a password=hunter2 b"));
    assertEquals("{\"password\":\"[REDACTED:secret]\",\"n\":1}", R.redact("{\"password\":\"x\\\"y\",\"n\":1}"));
  }

  @Test
  void emptyValuesAndNullsStay() {
    for (String s : List.of("password=", "password= next", "{\"password\":\"\"}", "{\"token\": null}",
        "password == null", "password:")) {
      assertEquals(s, R.redact(s));
    }
  }

  @Test
  void emptyAndNullText() {
    assertEquals("", R.redact(""));
    assertNull(R.redact(null));
  }

  @Test
  void secretAtTheEndOfALongLineIsStillFound() {
    String text = "x ".repeat(500_000) + "password=hunter2 jane@example.com";
    String out = R.redact(text);
    assertTrue(out.endsWith("password=[REDACTED:secret] [REDACTED:email]"));
  }

  static Stream<Arguments> hostile() {
    int mb = 1 << 20;
    return Stream.of("a", "password=", "password: a1", "\"password\":\"", "\\\"token\\\":", "--token ", "token:\n",
            "a@", "a@b.", "a.", "@a.b", "+1 ", "+1", "4111 ", "4", "1-", "(415) ", "415-555-",
            "-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN", "-", "eyJhbGc.eyJ", "eyJ", "http://a:", "a://b:c@", "://",
            "Bearer ", "Bearer a1", "Authorization: ", "Basic ", "Cookie: sess=", "{AbcDef", ",AbcToken: x y",
            "\nX-Token: ", "sessionid=", "AKIA", "ghp_", "xoxb-", "sk-", "sk-a1", "SK", "AIza", "SG.", "npm_", "phone ",
            "tel:+", "{", "\"", "\\", "\n", "=", ": ", "[REDACTED:", "password=x ", "jane@example.com ",
            "415-555-0134 ", "4111 1111 1111 1111 ", "+44 20 7946 0958 ",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY AKIA", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY AKIA\n",
            "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ", "token=<*>", "<*>",
            "token: \"", "password: 'a", "secret:\"a\"b", "\\\"token: \\\"", "password => \"", "=>")
        .map(unit -> Arguments.of(unit.replace("\n", "\\n"), unit.repeat(Math.max(1, mb / unit.length()))));
  }

  /**
   * A regex with catastrophic backtracking (or a quadratic marker check) would hang here; 10 s is far above what
   * a linear scan needs. The last units are real secrets, so the output is mostly markers.
   */
  @ParameterizedTest(name = "1 MB of \"{0}\"")
  @MethodSource("hostile")
  void finishesOnHostileMegabyteLines(String unit, String text) {
    String out = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> R.redact(text));
    assertEquals(out, R.redact(out), "idempotent on hostile text too");
  }

  /**
   * The pipeline redacts fingerprint templates too: a value the fingerprinter masked is already gone, so its mask
   * must come out whole ("token=<*>" once became "token=[REDACTED:secret]>").
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "login failed token=abc123 user=bob",
      "Surface(name=x, password=y) failed",
      "retry sessionid=8F2A0C1E9B7D Authorization: Bearer abcdefgh1234",
      "ERROR password: \"hunter2secret\" api_key: 'k-123456' client_secret:\"s3cr3t\"",
      "ERROR :password => 'hunter2secret', :user => 'bob' password=>hunter2secret",
      "bad password=<*> for <*>",
  })
  void masksInFingerprintTemplatesStayWhole(String line) {
    String template = new MaskingFingerprinter().fingerprint(line).template();
    String out = R.redact(template);
    assertTrue(template.contains("<*>"), template);
    assertEquals(template.split("<\\*>", -1).length, out.split("<\\*>", -1).length, out);
    assertFalse(out.contains("]>"), out);
  }

  @Test
  void bareAwsSecretKeysOnlyNextToAnAccessKeyId() {
    String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    String mixed = "a1B2c3D4e5F6g7H8i9J0a1B2c3D4e5F6g7H8i9J0";
    String sha = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
    assertEquals("[REDACTED:aws-key] [REDACTED:aws-secret]", R.redact("AKIAIOSFODNN7EXAMPLE " + secret));
    assertEquals("[REDACTED:aws-secret],[REDACTED:aws-key]", R.redact(mixed + ",ASIAY34FZKBOKMUTVV7A"));
    assertEquals("[REDACTED:aws-key] " + sha + " " + sha.toUpperCase(), R.redact("AKIAIOSFODNN7EXAMPLE " + sha + " "
        + sha.toUpperCase()), "hex digests are not keys");
    String noDigit = "wJalrXUtnFEMIsKxMDENGabPxRfiCYEXAMPLEKEY";
    assertEquals("[REDACTED:aws-key] " + noDigit, R.redact("AKIAIOSFODNN7EXAMPLE " + noDigit), "a word, not a key");
    assertEquals("[REDACTED:aws-key] x" + secret + " " + secret + "A", R.redact("AKIAIOSFODNN7EXAMPLE x" + secret + " "
        + secret + "A"), "part of a longer run");
    assertEquals(secret + "\r\n[REDACTED:aws-key]", R.redact(secret + "\r\nAKIAIOSFODNN7EXAMPLE"), "another line");
    assertEquals(secret + " commit " + sha, R.redact(secret + " commit " + sha), "no access key id");
  }

  @Test
  void redactingTwiceChangesNothing() {
    String once = R.redact("password=hunter2 Bearer abc.def-123_XYZ jane@example.com +44 20 7946 0958 "
        + "4111 1111 1111 1111 postgres://u:p@h/db Cookie: JSESSIONID=abc123");
    assertEquals(once, R.redact(once));
    assertEquals("password=[REDACTED:secret] Bearer [REDACTED:token] [REDACTED:email] [REDACTED:phone] "
        + "[REDACTED:card] postgres://u:[REDACTED:password]@h/db Cookie: JSESSIONID=[REDACTED:cookie]", once);
  }

  /** Found by fuzzing: a later rule's marker gives an earlier rule a boundary, or splits at the marker's ':'. */
  @ParameterizedTest
  @ValueSource(strings = {
      "+1dXNlcjpwYXNz://(555fax+10123456789abcdefghp_SK@>",
      "fax1111555sk_live_phoneclient_secret",
      "eyJhbGciOiJIUzI1NiJ9@jane.doe__Host-ida--Basic=example.compwd",
      "AKIAexample.com:dXNlcjpwYXNzpass://tel0123456789abcdeftel@",
      "+44555555sessid=]connect.sid",
  })
  void idempotentWhereAMarkerChangesTheContext(String text) {
    String once = R.redact(text);
    assertEquals(once, R.redact(once));
  }

  @Test
  void findsMarkersOverlappingACandidate() {
    String t = "ab[REDACTED:email]cd";
    assertTrue(Rule.overlapsMarker(t, 0, 3));
    assertTrue(Rule.overlapsMarker(t, 12, 14), "inside, after the ':'");
    assertTrue(Rule.overlapsMarker(t, 17, 20), "the closing bracket");
    assertFalse(Rule.overlapsMarker(t, 18, 20));
    assertFalse(Rule.overlapsMarker(t, 0, 2));
    assertFalse(Rule.overlapsMarker("[REDACTED:no closing bracket x", 28, 30));
  }

  @Test
  void rulesComeFromTheDataFileInOrder() {
    List<String> kinds = R.kinds();
    assertEquals("private-key", kinds.get(0));
    assertTrue(kinds.indexOf("aws-secret") < kinds.indexOf("secret"), "specific kinds before generic ones");
    assertTrue(kinds.indexOf("jwt") < kinds.indexOf("token"));
  }
}
