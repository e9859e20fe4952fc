package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {
  private final MaskingFingerprinter stateless = new MaskingFingerprinter();

  /** Learns the lines of one service in order, then answers for each. */
  private List<String> ids(String service, String... lines) {
    LearningFingerprinter f = new LearningFingerprinter(stateless);
    List<Fingerprint> s = List.of(lines).stream().map(f::stateless).toList();
    s.forEach(p -> f.learn(service, p));
    return s.stream().map(p -> f.resolve(service, p).id()).toList();
  }

  private static final String PLAIN = "2024-05-14 10:30:27.693 +00:00 [ERR] [Wms.Api.Caching.SlotCache] Slot lookup failed"
      + " for wms:slot:ontario:780196\nStackExchange.Redis.RedisTimeoutException: Timeout performing GET (5000ms)\n"
      + "   at Wms.Api.Caching.SlotCache.GetAsync(String key) in /src/SlotCache.cs:line 41";
  private static final String JSON = "{\"Timestamp\":\"2024-05-16T10:47:44.335Z\",\"LogLevel\":\"Error\",\"Category\":"
      + "\"Wms.Api.Caching.SlotCache\",\"Message\":\"Slot lookup failed for wms:slot:atlanta:388539\",\"Exception\":"
      + "\"StackExchange.Redis.RedisTimeoutException: Timeout performing GET (5000ms)\\n   at Wms.Api.Caching.SlotCache"
      + ".GetAsync(String key) in /src/SlotCache.cs:line 41\"}";

  @Test
  void oneErrorLoggedAsTextAndAsJsonIsOneGroupInEitherOrder() {
    List<String> a = ids("wms", PLAIN, JSON);
    assertEquals(a.get(0), a.get(1));
    List<String> b = ids("wms", JSON, PLAIN);
    assertEquals(b.get(0), b.get(1));
    // without learning they stay two: the pairing is evidence of one service
    assertNotEquals(stateless.fingerprint(PLAIN).id(), stateless.fingerprint(JSON).id());
  }

  @Test
  void anotherExceptionUnderTheSameMessageStaysApart() {
    String other = JSON.replace("RedisTimeoutException: Timeout performing GET (5000ms)",
        "RedisConnectionException: No connection is available to service this operation");
    List<String> ids = ids("wms", PLAIN, other);
    assertNotEquals(ids.get(0), ids.get(1));
  }

  @Test
  void aSecondJsonFormWithOtherCodesFindsTheTextLineTaken() {
    String plain = "2024-06-10T11:27:43.785Z ERROR [integrations-worker] Workday RaaS request failed tenant=wonka";
    String reset = "{\"level\":50,\"msg\":\"Workday RaaS request failed\",\"tenant\":\"globex\",\"code\":\"ECONNRESET\"}";
    String refused = "{\"level\":50,\"msg\":\"Workday RaaS request failed\",\"tenant\":\"globex\",\"code\":\"ECONNREFUSED\"}";
    List<String> ids = ids("hr", plain, reset, refused);
    assertEquals(ids.get(0), ids.get(1));
    assertNotEquals(ids.get(1), ids.get(2));
  }

  @Test
  void masksOfTheTextLineNeverStandForWordsOfTheJsonLine() {
    // "<*>: <*> - <*> (usable)" must not read as "CPU: <*> cache: <*>"
    assertFalse(Formats.same("<*>: <*> - <*> (usable)", "CPU: <*> cache: <*>"));
    assertFalse(Formats.same("<*> ERROR [app] payment declined by issuer", "payment declined"));
    assertTrue(Formats.same("<*> ERROR [app] payment declined by issuer order=<*>", "payment declined by issuer"));
    // a message that only follows other words of the text line is not its message
    assertFalse(Formats.same("<*> ERROR [app] retry after payment declined by issuer", "payment declined by issuer"));
  }

  @Test
  void serilogPlaceholdersStandForOneValue() {
    assertTrue(Formats.same("<*> [ERR] [Api.MatchHistory] Failed to load match history for <*> | Npgsql.NpgsqlException",
        "Failed to load match history for {PlayerId} | Npgsql.NpgsqlException"));
  }

  @Test
  void aHeaderIsTimesLevelsThreadsAndLoggers() {
    assertTrue(Formats.headed("<*> ERROR [main] c.a.Orders : x".split(" ")));
    assertTrue(Formats.headed("[ERROR] Runtime.ImportModuleError: x".split(" ")));
    assertTrue(Formats.headed("fail: Acme.Claims.Api[<*>] message".split(" ")));
    assertFalse(Formats.headed("redis.exceptions.ConnectionError: Error <*> connecting".split(" ")));
    assertFalse(Formats.headed("Slot lookup failed for <*>".split(" ")));
  }
}
