# Three functions from the one shaded jar. SnapStart snapshots each published version; every trigger
# (subscription filters, schedule, function URL, async invoke config) uses the "live" alias, never
# $LATEST, which SnapStart does not apply to. Secrets are read at cold start (and so may be inside a
# snapshot): the description carries var.secrets_revision so that bumping it publishes fresh versions.

resource "aws_cloudwatch_log_group" "function" {
  for_each = local.function_names

  name              = "/aws/lambda/${each.value}"
  retention_in_days = var.log_retention_days
  tags              = local.tags
}

resource "aws_lambda_function" "classifier" {
  function_name    = local.function_names.classifier
  description      = "logsift: classifies CloudWatch Logs ERROR lines into chat cards (secrets revision ${var.secrets_revision})"
  role             = aws_iam_role.classifier.arn
  runtime          = "java21"
  handler          = local.handlers.classifier
  architectures    = [var.architecture]
  memory_size      = var.classifier_memory_size
  timeout          = var.classifier_timeout
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
    variables = local.classifier_env
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.function["classifier"].name
  }

  tags = local.tags
}

resource "aws_lambda_alias" "classifier" {
  name             = "live"
  function_name    = aws_lambda_function.classifier.function_name
  function_version = aws_lambda_function.classifier.version
}

resource "aws_lambda_function" "corrections_poll" {
  function_name    = local.function_names.corrections_poll
  description      = "logsift: reads Discord reactions on posted cards and stores corrections (secrets revision ${var.secrets_revision})"
  role             = aws_iam_role.corrections_poll.arn
  runtime          = "java21"
  handler          = local.handlers.corrections_poll
  architectures    = [var.architecture]
  memory_size      = var.corrections_memory_size
  timeout          = var.corrections_poll_timeout
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
    variables = local.corrections_poll_env
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.function["corrections_poll"].name
  }

  tags = local.tags
}

resource "aws_lambda_alias" "corrections_poll" {
  name             = "live"
  function_name    = aws_lambda_function.corrections_poll.function_name
  function_version = aws_lambda_function.corrections_poll.version
}

resource "aws_lambda_function" "slack_events" {
  function_name    = local.function_names.slack_events
  description      = "logsift: receives Slack reaction events (signed) and stores corrections (secrets revision ${var.secrets_revision})"
  role             = aws_iam_role.slack_events.arn
  runtime          = "java21"
  handler          = local.handlers.slack_events
  architectures    = [var.architecture]
  memory_size      = var.corrections_memory_size
  timeout          = var.slack_events_timeout
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
    variables = local.slack_events_env
  }

  logging_config {
    log_format = "Text"
    log_group  = aws_cloudwatch_log_group.function["slack_events"].name
  }

  tags = local.tags
}

resource "aws_lambda_alias" "slack_events" {
  name             = "live"
  function_name    = aws_lambda_function.slack_events.function_name
  function_version = aws_lambda_function.slack_events.version
}

# Slack signs every request (HMAC of the signing secret), so the URL itself needs no IAM auth.
resource "aws_lambda_function_url" "slack_events" {
  count = local.slack_enabled ? 1 : 0

  function_name      = aws_lambda_function.slack_events.function_name
  qualifier          = aws_lambda_alias.slack_events.name
  authorization_type = "NONE"
}

# Since October 2025 a public function URL needs both permissions.
resource "aws_lambda_permission" "slack_events_url" {
  count = local.slack_enabled ? 1 : 0

  statement_id           = "AllowPublicFunctionUrl"
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = aws_lambda_function.slack_events.function_name
  qualifier              = aws_lambda_alias.slack_events.name
  principal              = "*"
  function_url_auth_type = "NONE"
}

resource "aws_lambda_permission" "slack_events_invoke" {
  count = local.slack_enabled ? 1 : 0

  statement_id             = "AllowInvokeViaFunctionUrl"
  action                   = "lambda:InvokeFunction"
  function_name            = aws_lambda_function.slack_events.function_name
  qualifier                = aws_lambda_alias.slack_events.name
  principal                = "*"
  invoked_via_function_url = true
}
