# One subscription filter per watched log group, delivering to the classifier's alias. CloudWatch Logs
# invokes asynchronously: failures are retried by Lambda and then parked in the failed-batches queue.

resource "aws_lambda_permission" "logs" {
  for_each = toset(var.log_group_names)

  statement_id   = "AllowLogs-${substr(sha256(each.value), 0, 16)}"
  action         = "lambda:InvokeFunction"
  function_name  = aws_lambda_function.function["classifier"].function_name
  qualifier      = aws_lambda_alias.function["classifier"].name
  principal      = "logs.amazonaws.com"
  source_account = local.account_id
  source_arn     = "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:${each.value}:*"
}

resource "aws_cloudwatch_log_subscription_filter" "errors" {
  for_each = toset(var.log_group_names)

  name            = "${var.name}-errors"
  log_group_name  = each.value
  filter_pattern  = var.filter_pattern
  destination_arn = aws_lambda_alias.function["classifier"].arn

  depends_on = [aws_lambda_permission.logs]
}

# A batch that still fails after the retries is kept here (14 days) instead of being dropped.
resource "aws_sqs_queue" "failed_batches" {
  name                      = "${var.name}-failed-batches"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
  tags                      = local.tags
}

resource "aws_lambda_function_event_invoke_config" "classifier" {
  function_name                = aws_lambda_function.function["classifier"].function_name
  qualifier                    = aws_lambda_alias.function["classifier"].name
  maximum_retry_attempts       = var.maximum_retry_attempts
  maximum_event_age_in_seconds = var.maximum_event_age_in_seconds

  destination_config {
    on_failure {
      destination = aws_sqs_queue.failed_batches.arn
    }
  }

  # The role must be allowed to send to the queue before Lambda accepts the destination.
  depends_on = [aws_iam_role_policy.function]
}
