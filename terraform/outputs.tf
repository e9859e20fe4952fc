output "classifier_function_name" {
  description = "Name of the classifier function."
  value       = aws_lambda_function.function["classifier"].function_name
}

output "classifier_alias_arn" {
  description = "ARN of the classifier's live alias, the destination of every subscription filter."
  value       = aws_lambda_alias.function["classifier"].arn
}

output "corrections_poll_alias_arn" {
  description = "ARN of the Discord reaction poll's live alias."
  value       = aws_lambda_alias.function["corrections_poll"].arn
}

output "slack_events_url" {
  description = "Function URL to enter as the Slack app's Event Subscriptions request URL (null without a signing secret)."
  value       = local.slack_enabled ? aws_lambda_function_url.slack_events[0].function_url : null
}

output "dedup_table_name" {
  description = "Name of the DynamoDB dedup table."
  value       = aws_dynamodb_table.dedup.name
}

output "corrections_bucket" {
  description = "Name of the S3 bucket holding corrections under corrections/."
  value       = aws_s3_bucket.corrections.bucket
}

output "failed_batches_queue_url" {
  description = "URL of the SQS queue keeping classifier batches that failed after all retries."
  value       = aws_sqs_queue.failed_batches.url
}

output "role_arns" {
  description = "Execution role ARN of each function."
  value       = { for key, role in aws_iam_role.function : key => role.arn }
}
