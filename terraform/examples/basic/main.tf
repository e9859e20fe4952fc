# Copy this folder, set the log groups and the SSM parameter names, then:
#   make build   (in the repository root: builds target/logsift.jar)
#   terraform init && terraform apply

provider "aws" {
  region = var.region
}

module "logsift" {
  source = "../.."

  name     = "logsift"
  jar_path = "${path.module}/../../../target/logsift.jar"

  log_group_names = var.log_group_names

  # Parameter names only: create the SecureString parameters first (terraform/README.md, "Secrets").
  discord_webhook_url_ssm_parameter = "/logsift/discord-webhook-url"
  discord_bot_token_ssm_parameter   = "/logsift/discord-bot-token"
  discord_channel_id                = var.discord_channel_id

  alarm_sns_topic_arn = var.alarm_sns_topic_arn

  tags = {
    team = "platform"
  }
}
