# Polls Discord reactions on recent cards. Only created when a bot token parameter is configured.
resource "aws_scheduler_schedule" "corrections_poll" {
  count = local.poll_enabled ? 1 : 0

  name                = "${var.name}-corrections-poll"
  schedule_expression = var.corrections_poll_schedule

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = aws_lambda_alias.function["corrections_poll"].arn
    role_arn = aws_iam_role.scheduler[0].arn

    # A missed poll is harmless: the next one reads the same reactions.
    retry_policy {
      maximum_retry_attempts       = 0
      maximum_event_age_in_seconds = 300
    }
  }
}

resource "aws_lambda_function_event_invoke_config" "corrections_poll" {
  function_name          = aws_lambda_function.function["corrections_poll"].function_name
  qualifier              = aws_lambda_alias.function["corrections_poll"].name
  maximum_retry_attempts = 0
}
