package dev.logsift.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Runtimes whose traces are not Java's: two bugs apart, one bug's repeats together. */
class StackTracesTest {
  private final MaskingFingerprinter fp = new MaskingFingerprinter();

  private String template(String text) {
    return fp.fingerprint(text).template();
  }

  private static String anyhow(String tenant, String root) {
    return "Error: failed to load config for tenant " + tenant + "\n\nCaused by:\n"
        + "    0: failed to read /etc/ingest/tenants/" + tenant + ".toml\n    1: " + root;
  }

  @Test
  void anyhowKeepsItsWholeChainOfCauses() {
    String enoent = template(anyhow("acme", "No such file or directory (os error 2)"));
    String eacces = template(anyhow("acme", "Permission denied (os error 13)"));
    assertNotEquals(enoent, eacces);
    assertTrue(enoent.endsWith("| caused by failed to read <*> | No such file or directory (os error <*>)"), enoent);
    // the context says where: a refused Postgres and a refused Redis are two failures
    assertNotEquals(template("Error: request failed\n\nCaused by:\n    0: failed to connect to postgres\n"
        + "    1: Connection refused (os error 111)"), template("Error: request failed\n\nCaused by:\n"
        + "    0: failed to connect to redis\n    1: Connection refused (os error 111)"));
  }

  @Test
  void anyhowWithASingleCauseAndABacktraceAfterIt() {
    String refused = template("Error: failed to connect to ledger\n\nCaused by:\n    Connection refused (os error 111)\n"
        + "\nStack backtrace:\n   0: anyhow::error::<impl anyhow::Error>::msg\n"
        + "             at /usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f/anyhow-1.0.86/src/error.rs:83:36");
    String reset = template("Error: failed to connect to ledger\n\nCaused by:\n    Connection reset by peer (os error 104)");
    assertTrue(refused.endsWith("| caused by Connection refused (os error <*>)"), refused);
    assertNotEquals(refused, reset);
  }

  @Test
  void rustPanicsKeepTheirMessageFileAndLineButNotTheColumn() {
    // without a backtrace the line is the only place that tells two unwrap() calls of one file apart
    String a = template("thread 'main' panicked at src/main.rs:10:5:\ncalled `Result::unwrap()` on an `Err` value: Io");
    String b = template("thread 'main' panicked at src/main.rs:42:9:\ncalled `Result::unwrap()` on an `Err` value: Io");
    assertNotEquals(a, b);
    assertEquals(a, template("thread 'main' panicked at src/main.rs:10:7:\ncalled `Result::unwrap()` on an `Err` value: Io"));
    assertTrue(a.contains("src/main.rs:10:") && a.contains("on an `Err` value") && !a.contains(":5"), a);
    assertNotEquals(a, template(
        "thread 'main' panicked at src/config.rs:10:5:\ncalled `Result::unwrap()` on an `Err` value: Io"));
    String old = template("thread 'tokio-runtime-worker' panicked at 'index out of bounds', src/queue.rs:10:5\n"
        + "note: run with `RUST_BACKTRACE=1`");
    assertTrue(old.contains("index out of bounds") && old.contains("src/queue.rs:") && !old.contains(":10"), old);
  }

  private static String rails(String tag, String time, String frame, int line) {
    String t = "[" + tag + "] ";
    return "F, [" + time + " #212] FATAL -- : " + t + "  \n"
        + t + "NoMethodError (undefined method `name' for nil:NilClass):\n"
        + t + "  \n"
        + t + frame.replace("LINE", Integer.toString(line)) + "\n"
        + t + "app/controllers/orders_controller.rb:" + (line + 11) + ":in `show'";
  }

  private static final String ORDER = "app/models/order.rb:LINE:in `customer_name'";
  private static final String INVOICE = "app/presenters/invoice_presenter.rb:LINE:in `billing_contact'";
  private static final String REQUEST = "430ff915-ba84-4406-8b27-ca5c71aae801";
  private static final String TIME = "2024-05-15T00:08:42.810824";

  @Test
  void railsFramesTellTwoMethodsApart() {
    String order = template(rails(REQUEST, TIME, ORDER, 57));
    String invoice = template(rails(REQUEST, TIME, INVOICE, 57));
    assertNotEquals(order, invoice);
    assertTrue(order.contains("| at order.rb:customer_name | at orders_controller.rb:show"), order);
    assertTrue(invoice.contains("| at invoice_presenter.rb:billing_contact"), invoice);
  }

  @Test
  void railsRepeatsWithOtherTagsTimesAndLinesAreOne() {
    String a = template(rails(REQUEST, TIME, ORDER, 57));
    String b = template(rails("9c1e22b0-5d7a-4f6e-a0e3-1b2c3d4e5f60", "2024-05-16T13:01:07.000113", ORDER, 61));
    assertEquals(a, b);
    assertEquals(fp.fingerprint(rails("a1", TIME, ORDER, 57)).id(),
        fp.fingerprint(rails("b2", "2024-05-15T09:08:42.810824", ORDER, 12)).id());
  }

  @Test
  void plainRubyKeepsTheErrorAndItsApplicationFrames() {
    String text = "/app/app/models/order.rb:57:in `customer_name': undefined method `name' for nil:NilClass"
        + " (NoMethodError)\n"
        + "\tfrom /usr/local/bundle/gems/activerecord-7.1.3/lib/active_record/relation.rb:120:in `each'\n"
        + "\tfrom /app/app/controllers/orders_controller.rb:22:in `show'\n"
        + "\tfrom /usr/local/lib/ruby/3.3.0/benchmark.rb:311:in `realtime'";
    String t = template(text);
    assertEquals("undefined method `name' for nil:NilClass (NoMethodError) | at order.rb:customer_name"
        + " | at orders_controller.rb:show", t);
    assertEquals(t, template(text.replace(":57:", ":58:").replace(":22:", ":29:")));
    String presenter = text.replace("/app/app/models/order.rb:57:in `customer_name'",
        "/app/app/presenters/invoice_presenter.rb:57:in `billing_contact'");
    assertNotEquals(t, template(presenter));
  }

  @Test
  void ruby34QuotesAndQualifiedMethods() {
    String t = template("/app/app/models/order.rb:57:in 'Order#customer_name': undefined method 'name' for nil"
        + " (NoMethodError)\n"
        + "\tfrom /app/app/controllers/orders_controller.rb:22:in 'OrdersController#show'\n"
        + "\tfrom <internal:kernel>:90:in 'Kernel#tap'");
    assertEquals("undefined method 'name' for nil (NoMethodError) | at order.rb:Order#customer_name"
        + " | at orders_controller.rb:OrdersController#show", t);
  }

  @Test
  void railsViewsAndCleanedGemFrames() {
    String a = template("ActionView::Template::Error (boom):\n"
        + "actionview (7.1.3) lib/action_view/template.rb:283:in `handle_render_error'\n"
        + "app/views/orders/show.html.erb:12:in `_app_views_orders_show_html_erb___1234_5678'");
    String b = template("ActionView::Template::Error (boom):\n"
        + "actionview (7.1.3) lib/action_view/template.rb:283:in `handle_render_error'\n"
        + "app/views/orders/show.html.erb:14:in `_app_views_orders_show_html_erb___9876_5432'");
    assertEquals(a, b);
    assertTrue(a.endsWith("| at show.html.erb:_app_views_orders_show_html_erb___<*>"), a);
  }

  @Test
  void aBracketOnOneLineIsContentNotATag() {
    assertEquals("[1, 2] ok", StackTraces.untagged(new String[] {"Bad input:", "[1, 2] ok"})[1]);
    assertEquals("[a] x", StackTraces.untagged(new String[] {"head", "[a] x", "[b] y"})[1]);
    assertEquals("x", StackTraces.untagged(new String[] {"head", "[a] x", "[a] y"})[1]);
  }

  private static String php(String file, String call, int line) {
    return "PHP Fatal error:  Uncaught RuntimeException: card declined in /var/www/app/Services/Billing.php:"
        + line + "\n"
        + "Stack trace:\n"
        + "#0 /var/www/vendor/laravel/framework/src/Illuminate/Support/helpers.php(" + (line + 3) + "): retry()\n"
        + "#1 /var/www/app/" + file + "(" + line + "): " + call + "('tok_8H2k', 1200)\n"
        + "#2 /var/www/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(180):"
        + " Illuminate\\Pipeline\\Pipeline->handle(Object(Illuminate\\Http\\Request))\n"
        + "#3 [internal function]: App\\Http\\Kernel->terminate()\n"
        + "#4 {main}\n"
        + "  thrown in /var/www/app/Services/Billing.php on line " + line;
  }

  @Test
  void phpFramesNameTheirMethodWithoutArguments() {
    String charge = template(php("Services/Billing.php", "App\\Services\\Billing->charge", 88));
    assertTrue(charge.endsWith("| Stack trace: | at App\\Services\\Billing->charge"), charge);
    assertEquals(charge, template(php("Services/Billing.php", "App\\Services\\Billing->charge", 91)));
    assertNotEquals(charge, template(php("Services/Billing.php", "App\\Services\\Billing->refund", 88)));
    String function = template(php("helpers.php", "format_amount", 88));
    assertTrue(function.endsWith("| at helpers.php:format_amount"), function);
  }

  @Test
  void javaCausesAreUnchanged() {
    String t = template("com.acme.JobException: job failed\n\tat com.acme.Job.run(Job.java:12)\n"
        + "Caused by: java.io.IOException: disk full\n\tat com.acme.Disk.write(Disk.java:3)");
    assertEquals("com.acme.JobException: job failed | at com.acme.Job.run | caused by java.io.IOException: disk full"
        + " at com.acme.Disk.write", t);
  }

  @Test
  void aProxyFrameIsTheClassItProxies() {
    assertEquals("com.acme.AvatarStore.save", StackTraces.withoutProxy("com.acme.AvatarStore$$SpringCGLIB$$0.save"));
    assertEquals("com.acme.AvatarStore.save",
        StackTraces.withoutProxy("com.acme.AvatarStore$$EnhancerBySpringCGLIB$$e22764bc.save"));
    assertEquals("com.acme.Outer$Inner.save",
        StackTraces.withoutProxy("com.acme.Outer$Inner$$EnhancerBySpringCGLIB$$abc123.save"));
    assertEquals("com.acme.Order.getId", StackTraces.withoutProxy("com.acme.Order$HibernateProxy$Lk3jxR9.getId"));
    // Scala's closures name the method they are in: not a proxy
    assertEquals("com.acme.Main$$anonfun$process$1.apply", StackTraces.withoutProxy("com.acme.Main$$anonfun$process$1.apply"));
  }

  @Test
  void aResponseBodyCutAfterItsMessageKeyIsNotReadFromItsFirstKey() {
    String cut = template("Traceback (most recent call last):\n  File \"/app/s.py\", line 88, in upsert\n    index.upsert(v)\n"
        + "pinecone.core.openapi.shared.exceptions.PineconeApiException: (400)\nReason: Bad Request\n"
        + "HTTP response body: {\"code\":3,\"message\"");
    assertTrue(!cut.contains("| code |"), cut);
  }
}
