package dev.logsift.app;

import dev.logsift.corrections.WeeklySummary;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.logsift.corrections.DiscordPoll;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lambda entry point run by an EventBridge schedule: one pass over recent Discord cards' reactions, stopped
 * before the invocation's deadline (the next run continues it). The event's content does not matter. If Discord or S3 stay unavailable the invocation fails; the next
 * scheduled run repeats the pass, which is idempotent.
 */
public final class CorrectionsPollHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  /** The scheduled event's input that runs the weekly summary instead of the poll (terraform/weekly.tf). */
  public static final String WEEKLY_JOB = "weekly-summary";
  private final DiscordPoll poll;
  private final WeeklySummary weekly;
  private final Deadline deadline;
  private final InvocationLog invocations = new InvocationLog();

  /** Used by Lambda: wires from the environment once per cold start. */
  public CorrectionsPollHandler() {
    this(CorrectionsWiring.build(Config.fromEnv(Environment.load()), Clock.systemUTC()));
  }

  public CorrectionsPollHandler(CorrectionsWiring wiring) {
    if (wiring.discordPoll() == null) {
      throw new IllegalArgumentException(Config.DISCORD_BOT_TOKEN + " is required for the Discord corrections poll");
    }
    this.poll = wiring.discordPoll();
    this.weekly = wiring.weekly();
    this.deadline = wiring.deadline();
  }

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> scheduledEvent, Context context) {
    // Every path, the weekly job too: a deadline left from an earlier invocation would read as no time left.
    deadline.startInvocation(context == null ? Deadline.UNSET_BUDGET_MILLIS : context.getRemainingTimeInMillis());
    if (scheduledEvent != null && WEEKLY_JOB.equals(scheduledEvent.get("logsift_job")) && weekly != null) {
      WeeklySummary.Report w = weekly.run();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("job", WEEKLY_JOB);
      m.put("corrections", w.corrections());
      m.put("corrected", w.corrected());
      m.put("proposal", w.key());
      m.put("written", w.written());
      m.put("posted", w.posted());
      return m;
    }
    DiscordPoll.Report r;
    try (InvocationLog.Scope scope = invocations.start(context)) {
      r = context == null ? poll.poll() : poll.poll(deadline::remainingMillis);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cards", r.cards());
    m.put("stored", r.stored());
    m.put("already_stored", r.alreadyStored());
    m.put("asked", r.asked());
    m.put("waiting_for_reply", r.waiting());
    m.put("failed_cards", r.failedCards());
    m.put("checked", r.checked());
    m.put("pages", r.pages());
    m.put("complete", r.complete());
    return m;
  }
}
