# Three functions from the one shaded jar, each an entry of local.functions. SnapStart snapshots each
# published version; every trigger (subscription filters, schedule, function URL, async invoke config) uses
# the "live" alias, never $LATEST, which SnapStart does not apply to. Secrets are read at cold start (and so
# may be inside a snapshot): the description carries var.secrets_revision so that bumping it publishes fresh
# versions.

locals {
  # Keyed by what the function does; the key also names its log group, role, policy and alias.
  # environment: exactly the names dev.logsift.app.Config reads (checked by DeployConfigTest). Secrets never
  #   appear here, only the names of SSM parameters, read by the code once at cold start; unset optional
  #   values are dropped rather than passed as empty strings.
  # ssm_parameters: the parameters the function may read (null = not configured).
  # statement_groups: the groups of local.statements (iam.tf) its role is allowed, besides writing its own
  #   logs and traces.
  functions = {
    classifier = {
      name        = "${var.name}-classifier"
      description = "logsift: classifies CloudWatch Logs ERROR lines into chat cards"
      handler     = "dev.logsift.app.ClassifierHandler::handleRequest"
      memory_size = var.classifier_memory_size
      timeout     = var.classifier_timeout
      environment = { for k, v in merge({
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
      ssm_parameters   = [var.discord_webhook_url_ssm_parameter, var.slack_webhook_url_ssm_parameter, var.slack_bot_token_ssm_parameter]
      statement_groups = ["dedup_table", "bedrock_invoke", "failed_batches", "content_read"]
    }

    corrections_poll = {
      name        = "${var.name}-corrections-poll"
      description = "logsift: reads Discord reactions on posted cards and stores corrections"
      handler     = "dev.logsift.app.CorrectionsPollHandler::handleRequest"
      memory_size = var.corrections_memory_size
      timeout     = var.corrections_poll_timeout
      environment = { for k, v in {
        DEDUP_TABLE                 = aws_dynamodb_table.dedup.name
        CORRECTIONS_BUCKET          = aws_s3_bucket.corrections.bucket
        CORRECTIONS_LOOKBACK_DAYS   = tostring(var.corrections_lookback_days)
        DISCORD_CHANNEL_ID          = var.discord_channel_id
        DISCORD_BOT_TOKEN_SSM_PARAM = var.discord_bot_token_ssm_parameter
      } : k => v if v != null }
      ssm_parameters   = [var.discord_bot_token_ssm_parameter]
      statement_groups = ["dedup_table", "corrections", "examples_write", "weekly_proposals"]
    }

    slack_events = {
      name        = "${var.name}-slack-events"
      description = "logsift: receives Slack reaction events (signed) and stores corrections"
      handler     = "dev.logsift.app.SlackEventsHandler::handleRequest"
      memory_size = var.corrections_memory_size
      timeout     = var.slack_events_timeout
      environment = { for k, v in {
        DEDUP_TABLE                    = aws_dynamodb_table.dedup.name
        CORRECTIONS_BUCKET             = aws_s3_bucket.corrections.bucket
        SLACK_SIGNING_SECRET_SSM_PARAM = var.slack_signing_secret_ssm_parameter
        SLACK_BOT_TOKEN_SSM_PARAM      = var.slack_bot_token_ssm_parameter
      } : k => v if v != null }
      ssm_parameters   = [var.slack_signing_secret_ssm_parameter, var.slack_bot_token_ssm_parameter]
      statement_groups = ["dedup_table", "corrections", "examples_write"]
    }
  }
}

resource "aws_cloudwatch_log_group" "function" {
  for_each = local.functions

  name              = "/aws/lambda/${each.value.name}"
  retention_in_days = var.log_retention_days
  tags              = local.tags
}

resource "aws_lambda_function" "function" {
  for_each = local.functions

  function_name    = each.value.name
  description      = "${each.value.description} (secrets revision ${var.secrets_revision})"
  role             = aws_iam_role.function[each.key].arn
  runtime          = "java21"
  handler          = each.value.handler
  architectures    = [var.architecture]
  memory_size      = each.value.memory_size
  timeout          = each.value.timeout
  filename         = local.jar_path
  source_code_hash = local.jar_hash
  publish          = true

  snap_start {
    apply_on = "PublishedVersions"
  }

  tracing_config {
    mode = "Active"
  }

  environment {
    variables = each.value.environment
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.function[each.key].name
  }

  tags = local.tags
}

resource "aws_lambda_alias" "function" {
  for_each = local.functions

  name             = "live"
  function_name    = aws_lambda_function.function[each.key].function_name
  function_version = aws_lambda_function.function[each.key].version
}

# Slack signs every request (HMAC of the signing secret), so the URL itself needs no IAM auth.
resource "aws_lambda_function_url" "slack_events" {
  count = local.slack_enabled ? 1 : 0

  function_name      = aws_lambda_function.function["slack_events"].function_name
  qualifier          = aws_lambda_alias.function["slack_events"].name
  authorization_type = "NONE"
}

# Since October 2025 a public function URL needs both permissions.
resource "aws_lambda_permission" "slack_events_url" {
  count = local.slack_enabled ? 1 : 0

  statement_id           = "AllowPublicFunctionUrl"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.function["slack_events"].function_name
  qualifier              = aws_lambda_alias.function["slack_events"].name
  principal              = "*"
  function_url_auth_type = "NONE"
}

resource "aws_lambda_permission" "slack_events_invoke" {
  count = local.slack_enabled ? 1 : 0

  statement_id             = "AllowInvokeViaFunctionUrl"
  action                   = "lambda:InvokeFunction"
  function_name            = aws_lambda_function.function["slack_events"].function_name
  qualifier                = aws_lambda_alias.function["slack_events"].name
  principal                = "*"
  invoked_via_function_url = true
}
