# Any message in the failed-batches queue means error reports did not reach chat: someone must look
# (redrive with `aws lambda invoke` from the stored payload, see terraform/README.md).
resource "aws_cloudwatch_metric_alarm" "failed_batches" {
  alarm_name          = "${var.name}-failed-batches"
  alarm_description   = "logsift: classifier batches failed after all retries and wait in ${aws_sqs_queue.failed_batches.name}"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"

  dimensions = {
    QueueName = aws_sqs_queue.failed_batches.name
  }

  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]
  ok_actions    = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]
  tags          = local.tags
}

resource "aws_cloudwatch_metric_alarm" "classifier_errors" {
  alarm_name          = "${var.name}-classifier-errors"
  alarm_description   = "logsift: classifier invocations failed (they are retried, then parked in the failed-batches queue)"
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"

  dimensions = {
    FunctionName = aws_lambda_function.function["classifier"].function_name
    Resource     = "${aws_lambda_function.function["classifier"].function_name}:${aws_lambda_alias.function["classifier"].name}"
  }

  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]
  tags          = local.tags
}

# Emitted by the classifier (CloudWatch Embedded Metric Format) when the hourly Bedrock budget is spent and
# cards fall back to the rules classifier.
resource "aws_cloudwatch_metric_alarm" "cost_ceiling" {
  alarm_name          = "${var.name}-cost-ceiling"
  alarm_description   = "logsift: the hourly Bedrock call/token budget was reached; cards are classified by rules"
  namespace           = "logsift"
  metric_name         = "CostCeilingHit"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"

  # The classifier writes every EMF metric with its function name as the dimension, so deployments in one
  # account keep their own numbers.
  dimensions = {
    FunctionName = aws_lambda_function.function["classifier"].function_name
  }

  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]
  tags          = local.tags
}
