package dev.logsift.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15 item 3: normalise first, find secrets in a decoded copy, redact them in the text as written. */
class RedactionLayersTest {
  private static final PatternRedactor R = new PatternRedactor();

  @Test
  void invisibleCharactersGoBeforeTheRulesRun() {
    assertEquals("password=[REDACTED:secret]", R.redact("p\u200bassword=hunt\u200ber2"));
    assertEquals("login password=[REDACTED:secret]", R.redact("login \u202epass\u2060word\u202c=\ufeffhunter2"));
    assertEquals("api_key=[REDACTED:secret]", R.redact("api\udb40\udc41_key=\u00adhunter2"), "tag characters, soft hyphen");
    assertFalse(R.redact("login \u0440\u0430ssword=Secret123 ok").contains("Secret123"), "Cyrillic look-alikes in the key");
    assertEquals("\u041e\u0448\u0438\u0431\u043a\u0430 \u0441\u0435\u0442\u0438: \u0442\u0430\u0439\u043c\u0430\u0443\u0442 30 s",
        R.redact("\u041e\u0448\u0438\u0431\u043a\u0430 \u0441\u0435\u0442\u0438: \u0442\u0430\u0439\u043c\u0430\u0443\u0442 30 s"), "ordinary Cyrillic text stays");
    assertEquals("no secret here", R.redact("no\u200b secret\u200d here"), "removed even where nothing is redacted");
    assertEquals("emoji \ud83d\ude00 stay", R.redact("emoji \ud83d\ude00 stay"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "POST body=user%3Dbob%26password%3Dhunter2%21 -> 500|POST body=user%3Dbob%26password%3D[REDACTED:secret] -> 500",
      "GET /u?email=jane.doe%40example.com 404|GET /u?email=[REDACTED:email] 404",
      "GET /u?email=jane.doe%2540example.com 404|GET /u?email=[REDACTED:email] 404",
      "{&quot;password&quot;:&quot;hunter2&quot;}|{&quot;password&quot;:&quot;[REDACTED:secret]&quot;}",
      "mail jane&#64;example.com and bob&#x40;example.org|mail [REDACTED:email] and [REDACTED:email]",
      "{\\u0022token\\u0022:\\u0022abc123def\\u0022}|{\\u0022token\\u0022:\\u0022[REDACTED:secret]\\u0022}",
      "pass&#8203;word=hunter2 ok|pass&#8203;word=[REDACTED:secret] ok",
      "a%20b password%3Dx%20y|a%20b password%3D[REDACTED:secret]%20y",
  })
  void secretsBehindAnEncodingAreRedactedWhereTheyAreWritten(String in, String out) {
    assertEquals(out, R.redact(in));
    assertEquals(out, R.redact(out), "idempotent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100% done %zz %4 %E2%82 &bogus; &amp &#xZZ; \\u12 \\uXYZW", "disk 93%, cpu 7%",
      "a=1&b=2&amp;c=3", "%41%42%43 decodes to ABC and stays as written"})
  void escapesThatAreNotSecretsStayAsWritten(String text) {
    assertEquals(text, R.redact(text));
  }

  /** Issue 15: lines that were over-redacted. */
  @ParameterizedTest
  @ValueSource(strings = {"git@github.com:acme/api.git", "pass=118 fail=2", "basic RetryPolicy", "+1500000 ms",
      "cell 1048577", "token: expired", "token: expired\nnext line", "password=****", "token=<redacted>",
      "secret=[REDACTED]", "key=${API_KEY}", "password: ${DB_PASSWORD}", "password=<*>", "pwd: null",
      "request 3f2a0c1e-8b7d-4f0e-9c2b-1a5d7e9f00b2 took 1500 ms", "version 1.4.2+sha.5114f85",
      "Unexpected token: EOF", "the token is stale", "password is required", "Cookie: theme=dark; lang=en",
      "2026-11-27 08:14:10,123 01 02 2026 10:30", "counts 10 20 30 40 50 60 70"})
  void ordinaryTextStays(String text) {
    assertEquals(text, R.redact(text));
  }

  /** Issue 15: kinds that leaked. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Authorization: Token token=\"abc123def456\", email=\"x\"|abc123def456",
      "Cookie: sid=s8df7g6h5j; theme=dark|s8df7g6h5j",
      "cfg=&{User:app Password:hunter2x Host:db}|hunter2x",
      "mysql -uroot -pS3cretPw shop|S3cretPw",
      "jdbc:oracle:thin:scott/tiger77@//db:1521/ORCL|tiger77",
      "the admin password is letmein|letmein",
      "call 020 7946 0958 or +44 20 7946 0958|7946 0958",
      "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj|MIIEvQIBADANBgkq",
      "postgres://app:p#ss@w0rd@db/x|p#ss@w0rd",
      "remote: glpat-Zx8Yw7Vu6Ts5Rq4Po3Nm denied|Zx8Yw7Vu6Ts5Rq4Po3Nm",
      "X-Vault-Token: hvs.CAESIJx8aBcDeFgHiJkLmNoPqRsTuVwXyZ01|CAESIJx8aBcDeFgH",
      "AccountName=a;AccountKey=abcDEF0123456789abcDEF0123456789==;EndpointSuffix=x|abcDEF0123456789",
      "GET /c?sv=2022-11-02&sig=abcDEF123%2Bxyz%3D0123456789 403|abcDEF123",
      "applicant ssn 219-45-6789 rejected|219-45-6789",
      "payout to DE89 3704 0044 0532 0130 00 failed|3704 0044",
      "bounce for josé.garcía@ejemplo.es|josé.garcía",
  })
  void kindsThatLeakedAreRedacted(String in, String secret) {
    String out = R.redact(in);
    assertFalse(out.contains(secret), out);
    assertTrue(out.contains("[REDACTED:"), out);
  }

  @Test
  void copyMapsEveryCharacterBackToWhatItWasDecodedFrom() {
    String text = "a%3Db&amp;c\\u0040d%C3%A9e\u200bf&#128512;";
    WorkingCopy copy = WorkingCopy.of(text);
    assertEquals("a=b&c@d\u00e9ef\ud83d\ude00", copy.text);
    String[] sources = {"a", "%3D", "b", "&amp;", "c", "\\u0040", "d", "%C3%A9", "e", "f", "&#128512;",
        "&#128512;"};
    for (int i = 0; i < sources.length; i++) {
      assertEquals(sources[i], text.substring(copy.originalStart(i), copy.originalEnd(i + 1)), "char " + i);
    }
    assertNull(WorkingCopy.of("nothing to decode here"));
    assertEquals("@", WorkingCopy.of("%2540").again().text);
  }

  /** On random text the copy never maps a character outside the text or backwards. */
  @Test
  void copyMapIsMonotoneOnRandomText() {
    String alphabet = "%&#;x3D4025aAbuE2\\\u200b quot";
    Random random = new Random(15);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = WorkingCopy.withoutInvisible(sb.toString());
      WorkingCopy copy = WorkingCopy.of(text);
      if (copy == null) {
        continue;
      }
      int last = 0;
      for (int i = 0; i < copy.text.length(); i++) {
        int s = copy.originalStart(i);
        int e = copy.originalEnd(i + 1);
        assertTrue(s >= last && e > s && e <= text.length(), text);
        last = s;
      }
      String out = R.redact(text);
      assertEquals(out, R.redact(out), text);
    }
  }
}
