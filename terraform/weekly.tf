# The weekly loop (issue 14): every Monday the corrections function summarises the last seven days of
# corrections into proposals/YYYY-Www.md in the corrections bucket and posts one message to the channel.
# Created with the Discord poll, whose function and scheduler role it shares.

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
    arn      = aws_lambda_alias.corrections_poll.arn
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

# The proposal is written once per week (HEAD, then a conditional PUT) under proposals/ only.
data "aws_iam_policy_document" "corrections_poll_proposals" {
  statement {
    sid       = "WeeklyProposals"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.corrections.arn}/proposals/*"]
  }
}

resource "aws_iam_role_policy" "corrections_poll_proposals" {
  name   = "logsift-proposals"
  role   = aws_iam_role.corrections_poll.id
  policy = data.aws_iam_policy_document.corrections_poll_proposals.json
}
