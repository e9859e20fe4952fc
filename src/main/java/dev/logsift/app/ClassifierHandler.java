package dev.logsift.app;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;
import dev.logsift.core.BadInputException;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.SubscriptionDecoder;
import dev.logsift.notify.ConsoleNotifier;
import dev.logsift.pipeline.BatchFailedException;
import dev.logsift.pipeline.BatchReport;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point for CloudWatch Logs subscription batches: a thin adapter over the pipeline.
 * A bad payload or an unreported fingerprint fails the invocation, so Lambda's async retries and the
 * on-failure destination keep the batch: nothing is dropped silently.
 */
public final class ClassifierHandler implements RequestHandler<CloudWatchLogsEvent, Map<String, Object>> {
  private static final Logger LOG = LoggerFactory.getLogger(ClassifierHandler.class);

  private final Wiring wiring;
  private final SubscriptionDecoder decoder = new SubscriptionDecoder();
  /** Held here because CRaC keeps only weak references to registered resources. */
  private final Priming priming;
  private final InvocationLog invocations = new InvocationLog();

  /** Used by Lambda: wires from the environment once per cold start, and primes before a SnapStart snapshot. */
  public ClassifierHandler() {
    this(Wiring.build(Config.fromEnv(Environment.load()), Clock.systemUTC(), new ConsoleNotifier(System.out)), true);
  }

  public ClassifierHandler(Wiring wiring) {
    this(wiring, false);
  }

  private ClassifierHandler(Wiring wiring, boolean primeBeforeSnapshot) {
    this.wiring = wiring;
    this.priming = primeBeforeSnapshot ? new Priming(wiring.config(), wiring.clock(), wiring) : null;
    if (priming != null) {
      org.crac.Core.getGlobalContext().register(priming);
    }
  }

  @Override
  public Map<String, Object> handleRequest(CloudWatchLogsEvent event, Context context) {
    if (event == null || event.getAwsLogs() == null || event.getAwsLogs().getData() == null) {
      throw new BadInputException("event has no awslogs.data: not a CloudWatch Logs subscription event");
    }
    try (InvocationLog.Scope scope = invocations.start(context)) {
      if (context != null) {
        wiring.deadline().startInvocation(context.getRemainingTimeInMillis());
      }
      return summary(process(decoder.decodeData(event.getAwsLogs().getData())));
    }
  }

  /** Runs the pipeline; also used by the CLI, which needs the full report. */
  public BatchReport process(LogBatch batch) {
    wiring.ready();
    if (wiring.content() != null) {
      wiring.content().refreshIfDue();
    }
    try {
      BatchReport report = wiring.pipeline().process(batch);
      LOG.info("batch done events={} fingerprints={} notified={} digested={} suppressed={} failed={} truncated={}"
          + " servedBy={}", report.events(), report.fingerprints(), report.notified(), report.digested(),
          report.suppressed(), report.failed(), report.truncated(), report.servedBy());
      return report;
    } catch (BatchFailedException e) {
      BatchReport r = e.report();
      LOG.error("batch failed events={} fingerprints={} notified={} suppressed={} failed={}: {}", r.events(),
          r.fingerprints(), r.notified(), r.suppressed(), r.failed(), e.getCause().getMessage());
      throw e;
    }
  }

  public Wiring wiring() {
    return wiring;
  }

  public static Map<String, Object> summary(BatchReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("messageType", r.messageType());
    m.put("events", r.events());
    m.put("fingerprints", r.fingerprints());
    m.put("notified", r.notified());
    m.put("digested", r.digested());
    m.put("suppressed", r.suppressed());
    m.put("failed", r.failed());
    m.put("truncated", r.truncated());
    m.put("served_by", r.servedBy());
    return m;
  }
}
