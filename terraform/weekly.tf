# The weekly loop (issue 14): every Monday the corrections function summarises the last seven days of
# corrections into proposals/YYYY-Www.md in the corrections bucket and posts one message to the channel.
# Created with the Discord poll, whose function and scheduler role it shares; the function may write
# proposals/ only (the weekly_proposals statement group in iam.tf).

variable "weekly_summary_schedule" {
  description = "When the weekly corrections summary runs (EventBridge Scheduler expression, UTC)."
  type        = string
  default     = "cron(0 8 ? * MON *)"
}

resource "aws_scheduler_schedule" "weekly_summary" {
  count = local.poll_enabled ? 1 : 0

  name                = "${var.name}-weekly-summary"
  schedule_expression = var.weekly_summary_schedule

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_lambda_alias.function["corrections_poll"].arn
    role_arn = aws_iam_role.scheduler[0].arn
    # dev.logsift.app.CorrectionsPollHandler.WEEKLY_JOB
    input = jsonencode({ logsift_job = "weekly-summary" })

    # A retry finds the week's proposal written and posts nothing twice.
    retry_policy {
      maximum_retry_attempts       = 2
      maximum_event_age_in_seconds = 3600
    }
  }
}
