# Team-owned content published without a new deployment (issue 14): prompts/, known-failures/ and owners.md of
# the repository are uploaded under content/ in the corrections bucket, then content/VERSION lists each file
# with its MD5. The classifier reads the marker at cold start and at most every content_check_seconds, and
# takes a new set only when every listed object is there with that MD5 and `logsift check` rules pass; else
# the last good set (or the copy inside the jar) stays in use. The classifier may read content/ only (the
# content_read statement group in iam.tf).

variable "content_dir" {
  description = "Repository root whose prompts/, known-failures/ and owners.md are published (null = the checkout this module sits in)."
  type        = string
  default     = null
}

variable "content_check_seconds" {
  description = "How often a warm classifier re-reads content/VERSION for newer prompts, known failures and owners."
  type        = number
  default     = 300

  validation {
    condition     = var.content_check_seconds >= 10 && var.content_check_seconds <= 86400
    error_message = "content_check_seconds must be between 10 and 86400."
  }
}

locals {
  content_root = coalesce(var.content_dir, "${path.module}/..")
  content_files = sort(concat(
    tolist(fileset(local.content_root, "prompts/*.md")),
    tolist(fileset(local.content_root, "known-failures/*.md")),
    tolist(fileset(local.content_root, "owners.md")),
  ))
  content_marker = join("", concat(["logsift-content 1\n"],
  [for f in local.content_files : "${f} ${filemd5("${local.content_root}/${f}")}\n"]))
}

resource "aws_s3_object" "content" {
  for_each = toset(local.content_files)

  bucket       = aws_s3_bucket.corrections.id
  key          = "content/${each.value}"
  source       = "${local.content_root}/${each.value}"
  etag         = filemd5("${local.content_root}/${each.value}")
  content_type = "text/markdown; charset=utf-8"
  tags         = local.tags
}

# Written after every object, so a classifier never sees a marker whose files are not uploaded yet.
resource "aws_s3_object" "content_version" {
  bucket       = aws_s3_bucket.corrections.id
  key          = "content/VERSION"
  content      = local.content_marker
  etag         = md5(local.content_marker)
  content_type = "text/plain; charset=utf-8"
  tags         = local.tags

  depends_on = [aws_s3_object.content]
}

# A published set that fails the `logsift check` rules is not used (the last good one stays): tell people.
# The classifier logs each problem as file:line; `bin/logsift check` shows the same before the next apply.
resource "aws_cloudwatch_metric_alarm" "content_rejected" {
  alarm_name          = "${var.name}-content-rejected"
  alarm_description   = "logsift: published prompts/known-failures/owners failed the check rules; the classifier keeps the last good version (see its log)"
  namespace           = "logsift"
  metric_name         = "ContentRejected"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 0
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"

  # EMF metrics carry the function name, so each deployment alarms on its own classifier.
  dimensions = {
    FunctionName = aws_lambda_function.function["classifier"].function_name
  }

  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]
  tags          = local.tags
}

output "content_version" {
  description = "MD5 of content/VERSION: changes whenever a published prompt, known-failures file or owners.md changes."
  value       = md5(local.content_marker)
}
