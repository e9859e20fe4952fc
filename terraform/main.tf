data "aws_partition" "current" {}
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

locals {
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region
  account_id = data.aws_caller_identity.current.account_id

  # The shaded jar from `make build`; the prompt and known-failures files are inside it, so a merged PR
  # that edits them changes the hash below and ships with the next `terraform apply`.
  jar_path = coalesce(var.jar_path, "${path.module}/../target/logsift.jar")
  jar_hash = filebase64sha256(local.jar_path)

  handlers = {
    classifier       = "dev.logsift.app.ClassifierHandler::handleRequest"
    corrections_poll = "dev.logsift.app.CorrectionsPollHandler::handleRequest"
    slack_events     = "dev.logsift.app.SlackEventsHandler::handleRequest"
  }

  function_names = {
    classifier       = "${var.name}-classifier"
    corrections_poll = "${var.name}-corrections-poll"
    slack_events     = "${var.name}-slack-events"
  }

  corrections_bucket_name = coalesce(var.corrections_bucket_name, "${var.name}-corrections-${local.account_id}")

  # Environment variable names are exactly those dev.logsift.app.Config reads (checked by DeployConfigTest).
  # Secrets never appear here: only the names of SSM parameters, read by the code once at cold start.
  # Unset optional values are dropped rather than passed as empty strings.
  classifier_env = { for k, v in merge({
    DEDUP_TABLE                        = aws_dynamodb_table.dedup.name
    DEDUP_WINDOW_SECONDS               = tostring(var.dedup_window_seconds)
    CLAIM_STALE_SECONDS                = tostring(var.classifier_timeout + 15)
    CLASSIFICATION_TTL_SECONDS         = tostring(var.classification_ttl_seconds)
    MAX_CLASSIFICATIONS_PER_INVOCATION = tostring(var.max_classifications_per_invocation)
    BEDROCK_MODEL_ID                   = var.bedrock_model_id
    BEDROCK_CONCURRENCY                = tostring(var.bedrock_concurrency)
    BEDROCK_CALLS_PER_HOUR             = tostring(var.bedrock_calls_per_hour)
    BEDROCK_TOKENS_PER_HOUR            = tostring(var.bedrock_tokens_per_hour)
    ALERT_BUDGET_PER_HOUR              = tostring(var.alert_budget_per_hour)
    SLACK_CHANNEL_ID                   = var.slack_channel_id
    DISCORD_WEBHOOK_URL_SSM_PARAM      = var.discord_webhook_url_ssm_parameter
    SLACK_WEBHOOK_URL_SSM_PARAM        = var.slack_webhook_url_ssm_parameter
    SLACK_BOT_TOKEN_SSM_PARAM          = var.slack_bot_token_ssm_parameter
    CONTENT_BUCKET                     = aws_s3_bucket.corrections.bucket
    CONTENT_CHECK_SECONDS              = tostring(var.content_check_seconds)
  }, { for category, channel in var.slack_channel_by_category : "SLACK_CHANNEL_ID_${category}" => channel }) : k => v if v != null }

  corrections_poll_env = { for k, v in {
    DEDUP_TABLE                 = aws_dynamodb_table.dedup.name
    CORRECTIONS_BUCKET          = aws_s3_bucket.corrections.bucket
    CORRECTIONS_LOOKBACK_DAYS   = tostring(var.corrections_lookback_days)
    DISCORD_CHANNEL_ID          = var.discord_channel_id
    DISCORD_BOT_TOKEN_SSM_PARAM = var.discord_bot_token_ssm_parameter
  } : k => v if v != null }

  slack_events_env = { for k, v in {
    DEDUP_TABLE                    = aws_dynamodb_table.dedup.name
    CORRECTIONS_BUCKET             = aws_s3_bucket.corrections.bucket
    SLACK_SIGNING_SECRET_SSM_PARAM = var.slack_signing_secret_ssm_parameter
    SLACK_BOT_TOKEN_SSM_PARAM      = var.slack_bot_token_ssm_parameter
  } : k => v if v != null }

  poll_enabled  = var.discord_bot_token_ssm_parameter != null
  slack_enabled = var.slack_signing_secret_ssm_parameter != null

  tags = merge({ "app" = "logsift" }, var.tags)
}
