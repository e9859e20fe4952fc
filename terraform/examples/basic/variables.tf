variable "region" {
  description = "AWS region of the watched log groups (subscriptions cannot cross regions)."
  type        = string
  default     = "us-east-1"
}

variable "log_group_names" {
  description = "Log groups whose ERROR lines become cards."
  type        = list(string)
  default     = ["/ecs/checkout", "/ecs/payments"]
}

variable "discord_channel_id" {
  description = "Discord channel the webhook posts to (for the reaction poll)."
  type        = string
  default     = null
}

variable "alarm_sns_topic_arn" {
  description = "SNS topic for the failed-batches alarm, or null."
  type        = string
  default     = null
}
