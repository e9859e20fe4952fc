package dev.logsift.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.core.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SubscriptionDecoderTest {
  private final SubscriptionDecoder decoder = new SubscriptionDecoder();
  private final SubscriptionEncoder encoder = new SubscriptionEncoder();

  private static LogBatch batch(String... messages) {
    List<LogEvent> events = new java.util.ArrayList<>();
    for (int i = 0; i < messages.length; i++) {
      events.add(new LogEvent("id" + i, 1_700_000_000_000L + i, messages[i]));
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "123456789012", "/aws/lambda/checkout-api", "stream", List.of("f"),
        events);
  }

  @Test
  void roundTripsWhatTheEncoderBuilds() {
    LogBatch in = batch("ERROR one", "ERROR two\n\tat x.y(Z.java:1)", "");
    LogBatch out = decoder.decodeEnvelope(encoder.envelopeJson(in).getBytes(StandardCharsets.UTF_8));
    assertEquals(in, out);
    assertEquals("checkout-api", out.service());
    assertFalse(out.isControl());
  }

  @Test
  void decodesTheRecordedSampleEvents() throws Exception {
    LogBatch b = decoder.decodeEnvelope(Files.readAllBytes(Path.of("events/cloudwatch-checkout-java.json")));
    assertEquals("/ecs/checkout", b.logGroup());
    assertEquals(14, b.logEvents().size());
    LogBatch control = decoder.decodeEnvelope(Files.readAllBytes(Path.of("events/cloudwatch-control.json")));
    assertTrue(control.isControl());
  }

  @Test
  void malformedPayloadsGiveTypedErrorsWithoutContent() {
    String secret = "AKIAIOSFODNN7SECRETX";
    assertBad("{\"awslogs\":{\"data\":\"!!!not base64 " + secret + "\"}}", "base64", secret);
    assertBad("{\"awslogs\":{\"data\":\"" + Base64.getEncoder().encodeToString(("plain " + secret).getBytes()) + "\"}}",
        "gzip", secret);
    assertBad(encoder.envelopeForPayload(("{\"messageType\": " + secret).getBytes()), "JSON", secret);
    assertBad(encoder.envelopeForPayload(("[\"" + secret + "\"]").getBytes()), "not a JSON object", secret);
    assertBad(encoder.envelopeForPayload("{\"logEvents\":[]}".getBytes()), "messageType", secret);
    assertBad(encoder.envelopeForPayload("{\"messageType\":\"OTHER\"}".getBytes()), "messageType", secret);
    assertBad("{\"records\":[\"" + secret + "\"]}", "awslogs.data", secret);
    assertBad("not json " + secret, "JSON", secret);
    assertBad("{\"awslogs\":{\"data\":\"\"}}", "empty", secret);
  }

  @Test
  void truncatedGzipIsBadInput() {
    String env = encoder.envelopeJson(batch("ERROR x".repeat(1000)));
    String data = env.substring(env.indexOf("data\":\"") + 7, env.lastIndexOf('"'));
    byte[] gz = Base64.getDecoder().decode(data);
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    BadInputException e = assertThrows(BadInputException.class,
        () -> decoder.decodeData(Base64.getEncoder().encodeToString(cut)));
    assertTrue(e.getMessage().contains("gzip"), e.getMessage());
  }

  @Test
  void invalidUtf8IsReplacedNotFatal() throws Exception {
    byte[] head = "{\"messageType\":\"DATA_MESSAGE\",\"logGroup\":\"/g\",\"logStream\":\"s\",\"logEvents\":[{\"id\":\"1\",\"timestamp\":1,\"message\":\"ERROR bad ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
    byte[] tail = " end\"}]}".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(head);
    all.write(bad);
    all.write(tail);
    LogBatch b = decoder.decodeEnvelope(encoder.envelopeForPayload(all.toByteArray()).getBytes(StandardCharsets.UTF_8));
    assertEquals(1, b.logEvents().size());
    String m = b.logEvents().get(0).message();
    assertTrue(m.startsWith("ERROR bad ") && m.endsWith(" end") && m.contains("\uFFFD"), m);
  }

  @Test
  void oneMegabyteMessageSurvives() {
    String big = "ERROR " + "x".repeat(1024 * 1024);
    LogBatch b = decoder.decodeEnvelope(encoder.envelopeJson(batch(big, "ERROR small")).getBytes(StandardCharsets.UTF_8));
    assertEquals(big, b.logEvents().get(0).message());
    assertEquals("ERROR small", b.logEvents().get(1).message());
  }

  @Test
  void gzipBombIsRefused() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 130; i++) {
        gz.write(zeros);
      }
    }
    String data = Base64.getEncoder().encodeToString(bytes.toByteArray());
    BadInputException e = assertThrows(BadInputException.class, () -> decoder.decodeData(data));
    assertTrue(e.getMessage().contains("inflates"), e.getMessage());
  }

  @Test
  void nonStringMessagesAndUnknownFieldsAreTolerated() {
    String payload = "{\"messageType\":\"DATA_MESSAGE\",\"policyLevel\":\"ACCOUNT_LEVEL_POLICY\",\"logGroup\":\"/g\","
        + "\"logStream\":\"s\",\"subscriptionFilters\":[\"a\"],\"logEvents\":[{\"id\":\"1\",\"timestamp\":5,"
        + "\"message\":{\"nested\":true},\"extra\":[1,2]},{\"id\":\"2\",\"timestamp\":6,\"message\":42}]}";
    LogBatch b = decoder.decodeEnvelope(encoder.envelopeForPayload(payload.getBytes()).getBytes());
    assertEquals(2, b.logEvents().size());
    assertEquals("", b.logEvents().get(0).message());
    assertEquals("42", b.logEvents().get(1).message());
  }

  private void assertBad(String envelope, String expectedWords, String secret) {
    BadInputException e = assertThrows(BadInputException.class,
        () -> decoder.decodeEnvelope(envelope.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains(expectedWords), e.getMessage());
    assertFalse(e.getMessage().contains(secret), "error message leaks content: " + e.getMessage());
    assertEquals("bad_input", e.kind());
  }

  @Test
  void aLogEventThatIsNotAnObjectFailsTheBatchInsteadOfVanishing() {
    String payload = "{\"messageType\":\"DATA_MESSAGE\",\"logGroup\":\"/g\",\"logEvents\":[{\"message\":\"a\"},5,"
        + "{\"message\":\"b\"}]}";
    BadInputException e = assertThrows(BadInputException.class,
        () -> decoder.decodeEnvelope(encoder.envelopeForPayload(payload.getBytes()).getBytes()));
    assertTrue(e.getMessage().contains("element 1"), e.getMessage());
    String nested = "{\"messageType\":\"DATA_MESSAGE\",\"logGroup\":\"/g\",\"logEvents\":[{\"id\":{\"message\":\"x\"},"
        + "\"timestamp\":[1,2],\"message\":\"kept\"},{\"message\":\"second\"}]}";
    LogBatch b = decoder.decodeEnvelope(encoder.envelopeForPayload(nested.getBytes()).getBytes());
    assertEquals(List.of("kept", "second"), b.logEvents().stream().map(LogEvent::message).toList());
  }

  @Test
  void theCapIsAShareOfTheHeapAndNeverAbove128Megabytes() {
    long mb = 1024L * 1024;
    // -Xmx512m, the module's smallest memory: a payload inflating to ~120 MB must be refused, not parsed.
    assertTrue(SubscriptionDecoder.maxInflatedBytes(512 * mb) < 100 * mb);
    assertEquals(SubscriptionDecoder.MAX_DECOMPRESSED_BYTES, SubscriptionDecoder.maxInflatedBytes(64L * 1024 * mb));
    assertEquals(mb, SubscriptionDecoder.maxInflatedBytes(mb));
    assertTrue(SubscriptionDecoder.maxInflatedBytes(Runtime.getRuntime().maxMemory())
        <= SubscriptionDecoder.MAX_DECOMPRESSED_BYTES);
  }

  @Test
  void aPayloadPastTheInjectedCapIsBadInputEvenWhenItIsValidJson() {
    SubscriptionDecoder small = new SubscriptionDecoder(2 * 1024 * 1024);
    String env = encoder.envelopeJson(batch("ERROR " + "y".repeat(3 * 1024 * 1024)));
    BadInputException e = assertThrows(BadInputException.class,
        () -> small.decodeEnvelope(env.getBytes(StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("inflates past 2097152"), e.getMessage());
    assertEquals("bad_input", e.kind());
    assertEquals(1, small.decodeEnvelope(encoder.envelopeJson(batch("ERROR " + "y".repeat(1024 * 1024)))
        .getBytes(StandardCharsets.UTF_8)).logEvents().size());
  }

  @Test
  void aSecondMessageTypeKeyIsRefusedInsteadOfDroppingTheEvents() {
    String payload = "{\"messageType\":\"DATA_MESSAGE\",\"logGroup\":\"/g\",\"logEvents\":[{\"message\":\"ERROR a\"}],"
        + "\"messageType\":\"CONTROL_MESSAGE\"}";
    BadInputException e = assertThrows(BadInputException.class,
        () -> decoder.decodeEnvelope(encoder.envelopeForPayload(payload.getBytes()).getBytes()));
    assertTrue(e.getMessage().contains("duplicate key"), e.getMessage());
    assertFalse(e.getMessage().contains("messageType"), e.getMessage());
    String dupEvent = "{\"messageType\":\"DATA_MESSAGE\",\"logEvents\":[{\"message\":\"a\",\"message\":\"b\"}]}";
    assertThrows(BadInputException.class,
        () -> decoder.decodeEnvelope(encoder.envelopeForPayload(dupEvent.getBytes()).getBytes()));
  }

  @Test
  void corruptionAfterTheJsonEndsIsStillNoticed() throws Exception {
    String env = encoder.envelopeJson(batch("ERROR z"));
    String data = env.substring(env.indexOf("data\":\"") + 7, env.lastIndexOf('"'));
    byte[] gz = Base64.getDecoder().decode(data);
    gz[gz.length - 6] ^= 0x5A; // the CRC trailer: the JSON parses, the stream is still corrupt
    BadInputException e = assertThrows(BadInputException.class,
        () -> decoder.decodeData(Base64.getEncoder().encodeToString(gz)));
    assertTrue(e.getMessage().contains("gzip"), e.getMessage());
  }
}
