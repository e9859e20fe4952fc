# One role per function, each allowed only what its code calls. No action contains "*": the CI check
# (src/test/java/dev/logsift/deploy) fails on any. template.yaml grants the same (the check compares them).
# markers/ holds the corrections loop's idempotency markers and the Discord poll's per-channel state.
# s3:ListBucket has no prefix condition on purpose: S3 answers a HEAD or GET of a missing key with 404 only
# to a caller allowed to list the bucket (403 otherwise), and the store's existence checks rely on the 404.
# A prefix condition does not apply to those requests. The bucket holds only logsift's own objects.

locals {
  # The foundation model the inference profile routes to: the profile id without its geography prefix.
  bedrock_foundation_model_id = replace(var.bedrock_model_id, "/^(us|eu|apac|global)\\./", "")
  bedrock_resources = concat(
    [
      "arn:${local.partition}:bedrock:${local.region}:${local.account_id}:inference-profile/${var.bedrock_model_id}",
      "arn:${local.partition}:bedrock:*::foundation-model/${local.bedrock_foundation_model_id}",
    ],
    # Global profiles also route to the region-less foundation model ARN.
    startswith(var.bedrock_model_id, "global.") ? ["arn:${local.partition}:bedrock:::foundation-model/${local.bedrock_foundation_model_id}"] : [],
  )

  # Active tracing (tracing_config) needs these on the function's own role.
  xray_write_actions = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]

  dynamodb_item_actions = [
    "dynamodb:GetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:BatchGetItem",
    "dynamodb:BatchWriteItem",
  ]

  ssm_parameter_arn_prefix = "arn:${local.partition}:ssm:${local.region}:${local.account_id}:parameter/"
  classifier_ssm_parameters = [
    for p in [var.discord_webhook_url_ssm_parameter, var.slack_webhook_url_ssm_parameter, var.slack_bot_token_ssm_parameter] :
    "${local.ssm_parameter_arn_prefix}${trimprefix(p, "/")}" if p != null
  ]
  corrections_poll_ssm_parameters = [
    for p in [var.discord_bot_token_ssm_parameter] :
    "${local.ssm_parameter_arn_prefix}${trimprefix(p, "/")}" if p != null
  ]
  slack_events_ssm_parameters = [
    for p in [var.slack_signing_secret_ssm_parameter, var.slack_bot_token_ssm_parameter] :
    "${local.ssm_parameter_arn_prefix}${trimprefix(p, "/")}" if p != null
  ]
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

# ---- Classifier --------------------------------------------------------------------------------------

resource "aws_iam_role" "classifier" {
  name               = "${var.name}-classifier"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "classifier" {
  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function["classifier"].arn}:*"]
  }

  # X-Ray accepts no resource-level permissions for writing traces, so these two name "*".
  statement {
    sid       = "Tracing"
    actions   = local.xray_write_actions
    resources = ["*"]
  }

  statement {
    sid       = "DedupTable"
    actions   = local.dynamodb_item_actions
    resources = [aws_dynamodb_table.dedup.arn]
  }

  statement {
    sid       = "ClaudeHaiku"
    actions   = ["bedrock:InvokeModel"]
    resources = local.bedrock_resources
  }

  statement {
    sid       = "FailedBatches"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.failed_batches.arn]
  }

  dynamic "statement" {
    for_each = length(local.classifier_ssm_parameters) > 0 ? [1] : []
    content {
      sid       = "Secrets"
      actions   = ["ssm:GetParameter"]
      resources = local.classifier_ssm_parameters
    }
  }

  dynamic "statement" {
    for_each = var.ssm_kms_key_arn != null && length(local.classifier_ssm_parameters) > 0 ? [1] : []
    content {
      sid       = "SecretsKey"
      actions   = ["kms:Decrypt"]
      resources = [var.ssm_kms_key_arn]
    }
  }
}

resource "aws_iam_role_policy" "classifier" {
  name   = "logsift"
  role   = aws_iam_role.classifier.id
  policy = data.aws_iam_policy_document.classifier.json
}

# ---- Discord reaction poll ---------------------------------------------------------------------------

resource "aws_iam_role" "corrections_poll" {
  name               = "${var.name}-corrections-poll"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "corrections_poll" {
  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function["corrections_poll"].arn}:*"]
  }

  # X-Ray accepts no resource-level permissions for writing traces, so these two name "*".
  statement {
    sid       = "Tracing"
    actions   = local.xray_write_actions
    resources = ["*"]
  }

  statement {
    sid       = "DedupTable"
    actions   = local.dynamodb_item_actions
    resources = [aws_dynamodb_table.dedup.arn]
  }

  statement {
    sid       = "CorrectionsObjects"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.corrections.arn}/corrections/*", "${aws_s3_bucket.corrections.arn}/markers/*"]
  }

  statement {
    sid       = "CorrectionsList"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.corrections.arn]
  }

  dynamic "statement" {
    for_each = length(local.corrections_poll_ssm_parameters) > 0 ? [1] : []
    content {
      sid       = "Secrets"
      actions   = ["ssm:GetParameter"]
      resources = local.corrections_poll_ssm_parameters
    }
  }

  dynamic "statement" {
    for_each = var.ssm_kms_key_arn != null && length(local.corrections_poll_ssm_parameters) > 0 ? [1] : []
    content {
      sid       = "SecretsKey"
      actions   = ["kms:Decrypt"]
      resources = [var.ssm_kms_key_arn]
    }
  }
}

resource "aws_iam_role_policy" "corrections_poll" {
  name   = "logsift"
  role   = aws_iam_role.corrections_poll.id
  policy = data.aws_iam_policy_document.corrections_poll.json
}

# ---- Slack events --------------------------------------------------------------------------------------

resource "aws_iam_role" "slack_events" {
  name               = "${var.name}-slack-events"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "slack_events" {
  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function["slack_events"].arn}:*"]
  }

  # X-Ray accepts no resource-level permissions for writing traces, so these two name "*".
  statement {
    sid       = "Tracing"
    actions   = local.xray_write_actions
    resources = ["*"]
  }

  statement {
    sid       = "DedupTable"
    actions   = local.dynamodb_item_actions
    resources = [aws_dynamodb_table.dedup.arn]
  }

  statement {
    sid       = "CorrectionsObjects"
    actions   = ["s3:GetObject", "s3:PutObject"]
    resources = ["${aws_s3_bucket.corrections.arn}/corrections/*", "${aws_s3_bucket.corrections.arn}/markers/*"]
  }

  statement {
    sid       = "CorrectionsList"
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.corrections.arn]
  }

  dynamic "statement" {
    for_each = length(local.slack_events_ssm_parameters) > 0 ? [1] : []
    content {
      sid       = "Secrets"
      actions   = ["ssm:GetParameter"]
      resources = local.slack_events_ssm_parameters
    }
  }

  dynamic "statement" {
    for_each = var.ssm_kms_key_arn != null && length(local.slack_events_ssm_parameters) > 0 ? [1] : []
    content {
      sid       = "SecretsKey"
      actions   = ["kms:Decrypt"]
      resources = [var.ssm_kms_key_arn]
    }
  }
}

resource "aws_iam_role_policy" "slack_events" {
  name   = "logsift"
  role   = aws_iam_role.slack_events.id
  policy = data.aws_iam_policy_document.slack_events.json
}

# ---- EventBridge Scheduler -> poll alias ---------------------------------------------------------------

data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  count = local.poll_enabled ? 1 : 0

  name               = "${var.name}-scheduler"
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "scheduler" {
  statement {
    sid       = "InvokePoll"
    actions   = ["lambda:InvokeFunction"]
    resources = [aws_lambda_alias.corrections_poll.arn]
  }
}

resource "aws_iam_role_policy" "scheduler" {
  count = local.poll_enabled ? 1 : 0

  name   = "logsift"
  role   = aws_iam_role.scheduler[0].id
  policy = data.aws_iam_policy_document.scheduler.json
}
