package dev.logsift.rootcause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RootCauseExtractorTest {
  private final RootCauseExtractor x = RootCauseExtractor.standard();

  private void assertCause(String expectedText, RootCause.Kind expectedKind, String message) {
    RootCause c = x.extract(message);
    assertEquals(expectedText, c.text());
    assertEquals(expectedKind, c.kind());
  }

  @Test
  void javaTakesTheInnermostCausedBy() {
    assertCause("java.net.ConnectException: Connection refused", RootCause.Kind.JAVA_CAUSE, """
        2026-12-05 ERROR c.a.Orders - place failed
        org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://inv": Connection refused
        \tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:880)
        Caused by: java.io.IOException: wrapped
        \tat a.b.C.d(C.java:1)
        Caused by: java.net.ConnectException: Connection refused
        \tat java.base/sun.nio.ch.Net.pollConnect(Native Method)
        \t... 41 common frames omitted""");
  }

  @Test
  void javaWithoutCauseIsTheExceptionLineAboveTheFirstFrame() {
    assertCause("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null",
        RootCause.Kind.EXCEPTION, """
        2026-12-05 ERROR c.a.Tax - failed
        java.lang.NullPointerException: Cannot invoke "String.length()" because "s" is null
        \tat com.acme.Tax.rate(Tax.java:42)""");
  }

  @Test
  void springsOneLineNestedExceptionPointsFurtherIn() {
    assertCause("java.net.SocketTimeoutException: Read timed out", RootCause.Kind.EXCEPTION,
        "ERROR Request processing failed; nested exception is java.net.SocketTimeoutException: Read timed out");
  }

  @Test
  void dotNetTakesTheInnermostArrow() {
    assertCause("System.Net.Sockets.SocketException (111): Connection refused", RootCause.Kind.DOTNET_INNER, """
        fail: Billing.Api.InvoiceClient[0]
              System.Net.Http.HttpRequestException: An error occurred while sending the request.
               ---> System.IO.IOException: Unable to read data from the transport connection.
               ---> System.Net.Sockets.SocketException (111): Connection refused
                 at System.Net.Sockets.Socket.Receive()
                 --- End of inner exception stack trace ---""");
    assertCause("System.Net.Sockets.SocketException: Connection refused", RootCause.Kind.DOTNET_INNER,
        "System.Net.Http.HttpRequestException: An error occurred while sending the request. ---> "
            + "System.Net.Sockets.SocketException: Connection refused");
  }

  @Test
  void pythonTakesTheFinalLineOfTheLastTraceback() {
    assertCause("KeyError: 'total'", RootCause.Kind.PYTHON, """
        ERROR refund failed
        Traceback (most recent call last):
          File "/app/x.py", line 3, in f
            import requests
        ConnectionError: first

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "/app/x.py", line 9, in g
            return order["total"]
        KeyError: 'total'""");
  }

  @Test
  void pythonMultiLineExceptionMessagesAreJoined() {
    assertCause("stripe._error.APIError: Sorry, something went wrong.  (Status 500) (Request req_1)",
        RootCause.Kind.PYTHON, """
        Traceback (most recent call last):
          File "/app/refunds.py", line 47, in refund
            return stripe.Refund.create(charge=c)
        stripe._error.APIError: Sorry, something went wrong.

        (Status 500) (Request req_1)""");
  }

  @Test
  void lambdaPythonPrintsTheExceptionBeforeANoBreakSpaceIndentedTraceback() {
    String nbsp = "\u00a0\u00a0";
    assertCause("KeyError: 'order_id'", RootCause.Kind.PYTHON,
        "[ERROR] KeyError: 'order_id'\rTraceback (most recent call last):\r" + nbsp + "File \"/var/task/app.py\", line 10,"
            + " in handler\r" + nbsp + nbsp + "return event['order_id']");
  }

  @Test
  void urllib3sCausedByIsTheCauseNotTheMaxRetriesWrapper() {
    RootCause c = x.extract("[ERROR] requests.exceptions.ConnectionError: HTTPSConnectionPool(host='a', port=443): Max retries "
        + "exceeded with url: /v1 (Caused by NewConnectionError('<conn>: Failed to establish a new connection: [Errno 111] "
        + "Connection refused'))");
    assertTrue(c.text().startsWith("NewConnectionError("), c.text());
    assertTrue(!c.text().contains("Max retries"), c.text());
  }

  @Test
  void logfmtAndKlogErrFields() {
    assertCause("dial tcp 10.0.5.32:6379: connect: connection refused", RootCause.Kind.FIELD,
        "time=2026-12-05T21:14:09Z level=error msg=\"session cache lookup failed\" err=\"dial tcp 10.0.5.32:6379: connect: connection refused\"");
    assertCause("EOF", RootCause.Kind.FIELD, "level=error msg=\"read failed\" error=EOF");
    assertCause("Get \"https://x/healthz\": context deadline exceeded", RootCause.Kind.FIELD,
        "E1205 21:14:09.123 1 prober.go:104] \"Probe failed\" probeType=\"Liveness\" err=\"Get \\\"https://x/healthz\\\": context deadline exceeded\"");
  }

  @Test
  void jsonErrorFieldsIncludingNestedErrMessage() {
    assertCause("connect ECONNREFUSED 10.0.0.1:5432", RootCause.Kind.FIELD,
        "{\"level\":\"error\",\"msg\":\"query failed\",\"error\":\"connect ECONNREFUSED 10.0.0.1:5432\"}");
    assertCause("Error: socket hang up", RootCause.Kind.FIELD,
        "{\"level\":50,\"msg\":\"call failed\",\"err\":{\"type\":\"Error\",\"message\":\"socket hang up\",\"stack\":\"Error: socket hang up\\n    at x\"}}");
    assertCause("permission denied", RootCause.Kind.FIELD,
        "{\"log.level\":\"error\",\"error.message\":\"permission denied\",\"message\":\"write failed\"}");
  }

  @Test
  void aJavaTraceInsideAJsonFieldIsReadAsATrace() {
    assertCause("org.postgresql.util.PSQLException: ERROR: deadlock detected", RootCause.Kind.JAVA_CAUSE,
        "{\"level\":\"ERROR\",\"message\":\"save failed\",\"stack_trace\":\"org.springframework.dao.CannotAcquireLockException: x\\n"
            + "\\tat a.B.c(B.java:1)\\nCaused by: org.postgresql.util.PSQLException: ERROR: deadlock detected\\n\\tat d.E.f(E.java:2)\"}");
  }

  @Test
  void serilogsExceptionFieldIsReadAsADotNetTrace() {
    assertCause("System.Net.Sockets.SocketException (111): Connection refused", RootCause.Kind.DOTNET_INNER,
        "{\"@t\":\"2026-12-06T06:00:00Z\",\"@mt\":\"Invoice call failed\",\"@l\":\"Error\",\"@x\":\"System.Net.Http."
            + "HttpRequestException: Connection refused (billing:443)\\n ---> System.Net.Sockets.SocketException (111): "
            + "Connection refused\\n   at System.Net.Sockets.Socket.Connect()\"}");
  }

  @Test
  void nodeLambdaInvokeErrorJson() {
    assertCause("Runtime.UnhandledPromiseRejection: TypeError: Cannot read properties of undefined (reading 'id')",
        RootCause.Kind.FIELD,
        "2026-12-05T21:14:09.381Z\tabc-123\tERROR\tInvoke Error \t{\"errorType\":\"Runtime.UnhandledPromiseRejection\","
            + "\"errorMessage\":\"TypeError: Cannot read properties of undefined (reading 'id')\",\"stack\":[\"Runtime."
            + "UnhandledPromiseRejection: TypeError\",\"    at process.<anonymous> (file:///var/runtime/index.mjs:1:1)\"]}");
  }

  @Test
  void nodeCauseOfFetchFailed() {
    assertCause("Error: connect ECONNREFUSED 127.0.0.1:3000", RootCause.Kind.NODE_CAUSE, """
        TypeError: fetch failed
            at node:internal/deps/undici/undici:13502:13 {
          [cause]: Error: connect ECONNREFUSED 127.0.0.1:3000
              at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16) {
            errno: -111
          }
        }""");
  }

  @Test
  void goPanicMessage() {
    assertCause("runtime error: invalid memory address or nil pointer dereference", RootCause.Kind.GO_PANIC, """
        panic: runtime error: invalid memory address or nil pointer dereference
        [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6c1b2a]

        goroutine 57 [running]:
        main.(*Handler).Serve(0x0)""");
    assertCause("fatal error: concurrent map writes", RootCause.Kind.GO_PANIC,
        "fatal error: concurrent map writes\n\ngoroutine 12 [running]:\nmain.f()");
  }

  @Test
  void aLineWithoutStructureIsItsOwnCauseAndEmptyIsNone() {
    assertCause("ERROR it broke", RootCause.Kind.LINE, "ERROR it broke");
    assertCause("", RootCause.Kind.NONE, " \n ");
    assertCause("", RootCause.Kind.NONE, null);
  }

  @Test
  void theCauseIsCutAndTheWorkIsBoundedOnHugeInput() {
    String huge = "Caused by: x.Y: " + "a".repeat(1_000_000);
    assertEquals(RootCauseExtractor.MAX_CAUSE_CHARS, x.extract(huge).text().length());
    String[] hostile = {
        "Caused by: ".repeat(100_000), " ---> ".repeat(170_000), "{\"error\":".repeat(110_000),
        "err=\"" + "\\\"".repeat(500_000), "Traceback (most recent call last):\n".repeat(30_000),
        "\tat x\n".repeat(170_000), "panic: \n".repeat(120_000), "{".repeat(1_000_000)};
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (String h : hostile) {
        x.extract(h);
      }
    }, "a generous bound that only a quadratic scan misses");
  }
}
