package dev.logsift.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic ERROR lines for the benchmarks: a fixed set of distinct errors (Java stack traces, Python
 * tracebacks, Go panics, Node errors, AWS SDK errors) whose ids, addresses, durations and secrets vary per
 * line, so fingerprinting and redaction do real work. Seeded, so every run sees the same lines.
 *
 * <p>{@code main N [DISTINCT]} writes N lines as JSONL ({"message": ...}) for {@code logsift event --jsonl}.
 */
public final class BenchLines {
  private static final String[] TEMPLATES = {
    "2026-11-27T08:00:00.123Z ERROR [http-nio-8080-exec-%d] c.e.checkout.OrderService - Failed to place order %s\n"
        + "java.lang.NullPointerException: Cannot invoke \"com.example.Address.getCountry()\" because \"shipping\" is null\n"
        + "\tat com.example.checkout.TaxCalculator.rateFor(TaxCalculator.java:88)\n"
        + "\tat com.example.checkout.OrderService.placeOrder(OrderService.java:142)\n"
        + "\tat com.example.checkout.OrderController.create(OrderController.java:57)\n"
        + "\tat jdk.internal.reflect.GeneratedMethodAccessor%d.invoke(Unknown Source)\n"
        + "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)",
    "ERROR payments: charge %s for customer cus_%s failed after %d ms: upstream 503 from https://api.stripe.example/v1/charges",
    "Traceback (most recent call last):\n  File \"/app/payments/refund.py\", line %d, in refund\n    total = order[\"total\"]\n"
        + "KeyError: 'total' (order_id=%s, user=%s)",
    "panic: runtime error: index out of range [%d] with length 0\n\ngoroutine %d [running]:\n"
        + "main.(*Gateway).route(0xc000%s, {0xc0001b2000, 0x1f})\n\t/src/gateway/route.go:117 +0x1d4\n"
        + "net/http.HandlerFunc.ServeHTTP(0x%s)\n\t/usr/local/go/src/net/http/server.go:2166 +0x29",
    "ERROR connect ECONNREFUSED 10.0.%d.%d:27017 while loading cart %s",
    "ERROR software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException: Rate of requests "
        + "exceeds the allowed throughput. (Service: DynamoDb, Status Code: 400, Request ID: %s)",
    "ERROR AccessDenied: User: arn:aws:sts::123456789012:assumed-role/report-jobs/%s is not authorized to perform: "
        + "s3:GetObject on resource: arn:aws:s3:::reports-prod/2026/11/%s.csv",
    "TypeError: Cannot read properties of undefined (reading 'id')\n    at CartView.render (/app/web/cart.js:%d:17)\n"
        + "    at processTicksAndRejections (node:internal/process/task_queues:95:5) request_id=%s",
    "ERROR redis timeout after %dms on GET session:%s",
    "ERROR org.postgresql.util.PSQLException: ERROR: deadlock detected\n  Detail: Process %d waits for ShareLock on "
        + "transaction %d; blocked by process %d.\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse"
        + "(QueryExecutorImpl.java:2713)\n\tat com.example.inventory.StockRepository.reserve(StockRepository.java:%d)",
    "ERROR upstream inventory-svc returned 503 for item %s (attempt %d of 3, trace %s)",
    "ERROR invalid JWT signature for session %s: token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.%s",
    "ERROR failed to send receipt to %s@example.com: SMTP 421 too many messages from host 10.2.%d.%d",
    "ERROR java.lang.OutOfMemoryError: Java heap space after %d requests\n\tat java.util.Arrays.copyOf(Arrays.java:3537)\n"
        + "\tat com.example.reports.CsvExporter.export(CsvExporter.java:%d)",
    "ERROR certificate has expired for api-%d.partner.example (serial %s)",
    "ERROR kafka: failed to publish event %s to orders-%d: NotLeaderForPartitionException",
    "ERROR ValueError: invalid literal for int() with base 10: 'x%d' in import job %s",
    "ERROR too many connections for role app (%d active) on db-%s.cluster-ro.eu-west-1.rds.amazonaws.com",
    "ERROR IllegalStateException: cart %s already checked out by user %d",
    "ERROR Authorization failed for api key AKIA%s: request %s denied with 403",
  };

  private BenchLines() {}

  public static int templates() {
    return TEMPLATES.length;
  }

  /** n lines drawn from the first {@code distinct} errors (at most {@link #templates()}). */
  public static List<String> lines(int n, int distinct, long seed) {
    int d = Math.min(distinct, TEMPLATES.length);
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(fill(TEMPLATES[r.nextInt(d)], r));
    }
    return out;
  }

  private static String fill(String template, SplittableRandom r) {
    StringBuilder b = new StringBuilder(template.length() + 64);
    int at = 0;
    for (int i = template.indexOf('%'); i >= 0; i = template.indexOf('%', at)) {
      b.append(template, at, i);
      char k = template.charAt(i + 1);
      if (k == 'd') {
        b.append(r.nextInt(1, 100_000));
      } else {
        b.append(Long.toHexString(r.nextLong()));
      }
      at = i + 2;
    }
    return b.append(template, at, template.length()).toString();
  }

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    int distinct = args.length > 1 ? Integer.parseInt(args[1]) : TEMPLATES.length;
    var json = new com.fasterxml.jackson.core.JsonFactory();
    var w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    for (String line : lines(n, distinct, 42)) {
      try (var g = json.createGenerator(w)) {
        g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("message", line);
        g.writeEndObject();
      }
      w.write('\n');
    }
    w.flush();
  }
}
