package dev.logsift.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.logsift.classify.Category;
import dev.logsift.classify.Classification;
import dev.logsift.classify.Classifier;
import dev.logsift.classify.ClassifyRequest;
import dev.logsift.classify.Confidence;
import dev.logsift.classify.KnownFailureCatalog;
import dev.logsift.classify.ModelUsage;
import dev.logsift.classify.RulesClassifier;
import dev.logsift.classify.Source;
import dev.logsift.dedup.CachedClassification;
import dev.logsift.dedup.InMemoryDedupStore;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.notify.Card;
import dev.logsift.notify.Delivery;
import dev.logsift.notify.Digest;
import dev.logsift.notify.Notifier;
import dev.logsift.rootcause.RootCause;
import dev.logsift.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The cascade's similar step: a variant one variable token away from a classified template costs no model call. */
class CascadeSimilarTest {
  private static final String HOST = "ERROR fetch https://qzkwv.cdn.example.com/img/logo.png failed: upstream reset by peer";
  private static final String OTHER_HOST =
      "ERROR fetch https://abbde.cdn.example.com/img/logo.png failed: upstream reset by peer";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
  private final Classifier rules = new RulesClassifier(new KnownFailureCatalog(null));
  private final List<String> called = new CopyOnWriteArrayList<>();
  private final Classifier model = req -> {
    called.add(req.fingerprint());
    return new Classification(Category.DEPENDENCY, Confidence.HIGH, "CDN origin resets connections.", "Check the CDN.",
        null, Source.MODEL, null, new ModelUsage(900, 100, 0.001));
  };
  private final Cascade cascade = new Cascade(model, rules, null, 50, Duration.ofHours(6));

  private static Cascade.Request req(String service, String fp, String template) {
    return new Cascade.Request(new ClassifyRequest(service, "/ecs/" + service, fp, template, template), null, true);
  }

  private Classification one(String service, String fp, String template) {
    return cascade.classifyAll(List.of(req(service, fp, template)), clock.instant()).get(0);
  }

  @Test
  void aVariantOneVariableApartReusesTheAnswerWithoutAModelCall() {
    assertEquals(Source.MODEL, one("web", "a", HOST).source());
    Classification c = one("web", "b", OTHER_HOST);

    assertEquals(List.of("a"), called);
    assertEquals(Source.SIMILAR, c.source());
    assertEquals("reused from a", c.note());
    assertEquals(Category.DEPENDENCY, c.category());
    assertEquals(ModelUsage.NONE, c.usage(), "a reused answer costs nothing again");
  }

  @Test
  void aDifferentCauseWordExceptionTypeOrCodeIsNeverReused() {
    one("web", "a", "ERROR orders-db read timed out after retries on primary");
    one("web", "b", "ERROR orders-db connect timed out after retries on primary");
    one("web", "c", "ERROR call to billing failed with java.net.SocketException for invoice");
    one("web", "d", "ERROR call to billing failed with java.io.IOException for invoice");
    one("web", "e", "ERROR connect ECONNREFUSED on the orders database");
    one("web", "f", "ERROR connect ETIMEDOUT on the orders database");

    assertEquals(List.of("a", "b", "c", "d", "e", "f"), called);
  }

  @Test
  void aUserNameIsAVariableButAComponentNameIsAnotherFailure() {
    one("web", "a", "ERROR auth: password check failed for user alice (account locked)");
    Classification user = one("web", "b", "ERROR auth: password check failed for user bob (account locked)");
    one("web", "c", "[warning][hc] health check failed for cluster payments");
    one("web", "d", "[warning][hc] health check failed for cluster inventory");
    one("web", "e", "ERROR GET https://api.example.net/orders failed with upstream reset");
    one("web", "f", "ERROR GET https://api.example.net/refunds failed with upstream reset");

    assertEquals(Source.SIMILAR, user.source());
    assertEquals(List.of("a", "c", "d", "e", "f"), called);
  }

  @Test
  void twoDifferencesAnotherServiceOrAnExpiredAnswerCostACall() {
    one("web", "a", HOST);
    one("web", "b", OTHER_HOST.replace("upstream", "origin"));
    one("api", "c", OTHER_HOST);
    clock.advance(Duration.ofHours(7));
    one("web", "d", OTHER_HOST);

    assertEquals(List.of("a", "b", "c", "d"), called);
  }

  @Test
  void aTokenInTheRootCauseIsNotAVariable() {
    one("web", "a", "ERROR lookup failed for tenant alpha in region store");
    ClassifyRequest q = new ClassifyRequest("web", "/ecs/web", "b", "ERROR lookup failed for tenant beta in region store",
        "", new RootCause("TenantNotFound: beta", RootCause.Kind.EXCEPTION));
    cascade.classifyAll(List.of(new Cascade.Request(q, null, true)), clock.instant());

    assertEquals(List.of("a", "b"), called);
  }

  @Test
  void aDifferentThrowingFrameOrRootCauseIsNeverReused() {
    String refund = "[ERROR] <*> Traceback (most recent call last): | at refund.py:refund";
    cascade.classifyAll(List.of(new Cascade.Request(new ClassifyRequest("pay", "/ecs/pay", "a", refund, "",
        new RootCause("KeyError: 'total'", RootCause.Kind.PYTHON)), null, true)), clock.instant());
    // Same cause, another frame; then the same template shape with another cause.
    cascade.classifyAll(List.of(new Cascade.Request(new ClassifyRequest("pay", "/ecs/pay", "b",
        refund.replace("refund.py:refund", "charge.py:charge"), "", new RootCause("KeyError: 'total'",
            RootCause.Kind.PYTHON)), null, true)), clock.instant());
    cascade.classifyAll(List.of(new Cascade.Request(new ClassifyRequest("pay", "/ecs/pay", "c",
        refund.replace("(most", "(latest"), "", new RootCause("asyncpg.exceptions.UniqueViolationError: duplicate",
            RootCause.Kind.PYTHON)), null, true)), clock.instant());

    assertEquals(List.of("a", "b", "c"), called);
  }

  @Test
  void aVariantWithTheSameRootCauseAndOtherNumbersIsReused() {
    String t = "ERROR job for tenant alpha failed | at run worker.py:run";
    cascade.classifyAll(List.of(new Cascade.Request(new ClassifyRequest("jobs", "/ecs/jobs", "a", t, "",
        new RootCause("TimeoutError: gave up after 30 s", RootCause.Kind.PYTHON)), null, true)), clock.instant());
    Classification c = cascade.classifyAll(List.of(new Cascade.Request(new ClassifyRequest("jobs", "/ecs/jobs", "b",
        t.replace("alpha", "gamma"), "", new RootCause("TimeoutError: gave up after 45 s", RootCause.Kind.PYTHON)),
        null, true)), clock.instant()).get(0);

    assertEquals(List.of("a"), called);
    assertEquals(Source.SIMILAR, c.source());
  }

  @Test
  void variantsInOneBatchShareOneCall() {
    List<Classification> out = cascade.classifyAll(List.of(req("web", "a", HOST), req("web", "b", OTHER_HOST),
        req("web", "c", HOST.replace("qzkwv", "mmnop"))), clock.instant());

    assertEquals(List.of("a"), called);
    assertEquals(List.of(Source.MODEL, Source.SIMILAR, Source.SIMILAR), out.stream().map(Classification::source).toList());
    assertEquals("reused from a", out.get(2).note());
  }

  @Test
  void reusedAnswersAreNotReusedAgainSoTheyCannotDrift() {
    Classification similar = new Classification(Category.DEPENDENCY, Confidence.HIGH, "s", "f", null, Source.SIMILAR,
        "reused from z", ModelUsage.NONE);
    cascade.classifyAll(List.of(new Cascade.Request(new ClassifyRequest("web", "/ecs/web", "a", HOST, HOST),
        new CachedClassification(similar, clock.instant()), true)), clock.instant());
    one("web", "b", OTHER_HOST);

    assertEquals(List.of("b"), called);
  }

  @Test
  void aDuplicateSeenAfterAColdStartServesItsVariants() {
    InMemoryDedupStore store = new InMemoryDedupStore(Duration.ofMinutes(10), new Random(1));
    List<Card> posted = new ArrayList<>();
    Notifier chat = new Notifier() {
      @Override
      public synchronized Delivery post(Card card) {
        posted.add(card);
        return new Delivery("discord", "c", "m" + posted.size());
      }

      @Override
      public Delivery postDigest(String destination, Digest digest) {
        return new Delivery("discord", "c", "d");
      }
    };
    PipelineSettings settings = new PipelineSettings(50, Duration.ofHours(6), 65536, 2000, 30);
    new Pipeline(Fixtures.parts(store, model, rules, chat, clock, null), settings).process(batch(HOST));
    clock.advance(Duration.ofMinutes(1));
    // A new container: nothing in memory but the store's cached answer of the duplicate.
    BatchReport r = new Pipeline(Fixtures.parts(store, model, rules, chat, clock, null), settings)
        .process(batch(HOST, OTHER_HOST));

    assertEquals(1, called.size(), "the variant reused the duplicate's cached answer");
    assertEquals(2, posted.size());
    assertEquals(Source.SIMILAR, posted.get(1).classification().source());
    assertEquals(1, r.suppressed());
  }

  @Test
  void causeWordsExceptionsAndCodesAreNotVariables() {
    assertFalse(SimilarTemplates.variable("refused", null));
    assertFalse(SimilarTemplates.variable("Timeout:", null));
    assertFalse(SimilarTemplates.variable("KeyError:", null));
    assertFalse(SimilarTemplates.variable("ECONNRESET", null));
    assertFalse(SimilarTemplates.variable("ORA-00942", null));
    assertFalse(SimilarTemplates.variable("charge.py:charge", null));
    assertFalse(SimilarTemplates.variable("(/var/task/format.js:12:9)", null));
    assertTrue(SimilarTemplates.variable("https://x.cdn.example.net/assets/app.js", null));
    assertTrue(SimilarTemplates.variable("alice", null));
    assertTrue(SimilarTemplates.variable("'bob'", null));
    assertTrue(SimilarTemplates.variable("https://x1.cdn.example.com/a", null));
    assertTrue(SimilarTemplates.variable("<*>", null));
    assertTrue(SimilarTemplates.subDomainOnly("https://a1.cdn.example.net/x", "https://zz.cdn.example.net/x"));
    assertFalse(SimilarTemplates.subDomainOnly("https://a1.cdn.example.net/x", "https://zz.cdn.example.net/y"));
    assertFalse(SimilarTemplates.subDomainOnly("https://example.net/x", "https://example.org/x"));
    assertFalse(SimilarTemplates.subDomainOnly("payments-db", "orders-db"));
  }

  private static LogBatch batch(String... lines) {
    List<LogEvent> events = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      events.add(new LogEvent(String.valueOf(i), 0, lines[i]));
    }
    return new LogBatch(LogBatch.DATA_MESSAGE, "1", "/ecs/web", "s", List.of(), events);
  }
}
