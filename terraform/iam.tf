# One role per function, each allowed only what its code calls: its own logs and traces, the statement
# groups its entry in local.functions (lambda.tf) lists, and the SSM parameters it reads. No action contains
# "*": the CI check (src/test/java/dev/logsift/deploy) fails on any, and template.yaml grants the same (the
# check compares them).

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
  ssm_parameter_arns = { for key, f in local.functions : key => [
    for p in f.ssm_parameters : "${local.ssm_parameter_arn_prefix}${trimprefix(p, "/")}" if p != null
  ] }

  # Statement groups by purpose. Each is a list of literal statements (sid, actions, resources only); a
  # function gets the groups its statement_groups names, and nothing else takes statements from here.
  statements = {
    dedup_table = [{
      sid       = "DedupTable"
      actions   = local.dynamodb_item_actions
      resources = [aws_dynamodb_table.dedup.arn]
    }]

    bedrock_invoke = [{
      sid       = "ClaudeHaiku"
      actions   = ["bedrock:InvokeModel"]
      resources = local.bedrock_resources
    }]

    failed_batches = [{
      sid       = "FailedBatches"
      actions   = ["sqs:SendMessage"]
      resources = [aws_sqs_queue.failed_batches.arn]
    }]

    # Read-only, and only content/ (content.tf) and examples/ (each service's latest reviewer verdicts, shown
    # to the model): the classifier never sees corrections or proposals.
    content_read = [
      {
        sid       = "PublishedContent"
        actions   = ["s3:GetObject"]
        resources = ["${aws_s3_bucket.corrections.arn}/content/*"]
      },
      {
        sid       = "CorrectionExamples"
        actions   = ["s3:GetObject"]
        resources = ["${aws_s3_bucket.corrections.arn}/examples/*"]
      },
    ]

    # markers/ holds the corrections loop's idempotency markers and the Discord poll's per-channel state.
    # s3:ListBucket has no prefix condition on purpose: S3 answers a HEAD or GET of a missing key with 404
    # only to a caller allowed to list the bucket (403 otherwise), and the store's existence checks rely on
    # the 404. A prefix condition does not apply to those requests. The bucket holds only logsift's own objects.
    corrections = [
      {
        sid       = "CorrectionsObjects"
        actions   = ["s3:GetObject", "s3:PutObject"]
        resources = ["${aws_s3_bucket.corrections.arn}/corrections/*", "${aws_s3_bucket.corrections.arn}/markers/*"]
      },
      {
        sid       = "CorrectionsList"
        actions   = ["s3:ListBucket"]
        resources = [aws_s3_bucket.corrections.arn]
      },
    ]

    # Both corrections functions keep examples/<service>.json up to date as they record a correction.
    examples_write = [{
      sid       = "CorrectionExamples"
      actions   = ["s3:GetObject", "s3:PutObject"]
      resources = ["${aws_s3_bucket.corrections.arn}/examples/*"]
    }]

    # The weekly proposal (weekly.tf) is written once per week (HEAD, then a conditional PUT) under proposals/.
    weekly_proposals = [{
      sid       = "WeeklyProposals"
      actions   = ["s3:GetObject", "s3:PutObject"]
      resources = ["${aws_s3_bucket.corrections.arn}/proposals/*"]
    }]
  }
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

resource "aws_iam_role" "function" {
  for_each = local.functions

  name               = each.value.name
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = local.tags
}

data "aws_iam_policy_document" "function" {
  for_each = local.functions

  statement {
    sid       = "OwnLogs"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["${aws_cloudwatch_log_group.function[each.key].arn}:*"]
  }

  # X-Ray accepts no resource-level permissions for writing traces, so these two name "*".
  statement {
    sid       = "Tracing"
    actions   = local.xray_write_actions
    resources = ["*"]
  }

  dynamic "statement" {
    for_each = flatten([for group in each.value.statement_groups : local.statements[group]])
    content {
      sid       = statement.value.sid
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }

  dynamic "statement" {
    for_each = length(local.ssm_parameter_arns[each.key]) > 0 ? [1] : []
    content {
      sid       = "Secrets"
      actions   = ["ssm:GetParameter"]
      resources = local.ssm_parameter_arns[each.key]
    }
  }

  dynamic "statement" {
    for_each = var.ssm_kms_key_arn != null && length(local.ssm_parameter_arns[each.key]) > 0 ? [1] : []
    content {
      sid       = "SecretsKey"
      actions   = ["kms:Decrypt"]
      resources = [var.ssm_kms_key_arn]
    }
  }
}

resource "aws_iam_role_policy" "function" {
  for_each = local.functions

  name   = "logsift"
  role   = aws_iam_role.function[each.key].id
  policy = data.aws_iam_policy_document.function[each.key].json
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
    resources = [aws_lambda_alias.function["corrections_poll"].arn]
  }
}

resource "aws_iam_role_policy" "scheduler" {
  count = local.poll_enabled ? 1 : 0

  name   = "logsift"
  role   = aws_iam_role.scheduler[0].id
  policy = data.aws_iam_policy_document.scheduler.json
}
