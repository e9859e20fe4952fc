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

  corrections_bucket_name = coalesce(var.corrections_bucket_name, "${var.name}-corrections-${local.account_id}")

  poll_enabled  = var.discord_bot_token_ssm_parameter != null
  slack_enabled = var.slack_signing_secret_ssm_parameter != null

  tags = merge({ "app" = "logsift" }, var.tags)
}
