variable "name" {
  description = "Prefix for every resource name (functions, table, bucket, queue, roles)."
  type        = string
  default     = "logsift"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,30}$", var.name))
    error_message = "name must be 2-31 characters of lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "tags" {
  description = "Tags added to every resource that takes tags."
  type        = map(string)
  default     = {}
}

# ---- Code and runtime -------------------------------------------------------------------------------

variable "jar_path" {
  description = "Path to the shaded jar built by `make build`. Null means target/logsift.jar next to this module."
  type        = string
  default     = null
}

variable "architecture" {
  description = "Instruction set of all functions: arm64 (cheaper per GB-second) or x86_64."
  type        = string
  default     = "arm64"

  validation {
    condition     = contains(["arm64", "x86_64"], var.architecture)
    error_message = "architecture must be arm64 or x86_64."
  }
}

variable "classifier_memory_size" {
  description = "Memory of the classifier function in MB. Peak RSS replaying a 10,000-event batch is ~100 MB, so this buys CPU (Lambda's CPU share scales with memory) for the first invocation after a restore."
  type        = number
  default     = 1024

  validation {
    condition     = var.classifier_memory_size >= 512 && var.classifier_memory_size <= 10240
    error_message = "classifier_memory_size must be between 512 and 10240 MB."
  }
}

variable "classifier_timeout" {
  description = "Timeout of the classifier function in seconds (a batch may wait on Bedrock and chat APIs)."
  type        = number
  default     = 60

  validation {
    condition     = var.classifier_timeout >= 10 && var.classifier_timeout <= 900
    error_message = "classifier_timeout must be between 10 and 900 seconds."
  }
}

variable "corrections_memory_size" {
  description = "Memory in MB of the two corrections functions (Discord reaction poll and Slack events); they do little work per call, so the minimum is enough."
  type        = number
  default     = 512

  validation {
    condition     = var.corrections_memory_size >= 512 && var.corrections_memory_size <= 10240
    error_message = "corrections_memory_size must be between 512 and 10240 MB."
  }
}

variable "corrections_poll_timeout" {
  description = "Timeout of the Discord reaction poll in seconds."
  type        = number
  default     = 60

  validation {
    condition     = var.corrections_poll_timeout >= 10 && var.corrections_poll_timeout <= 900
    error_message = "corrections_poll_timeout must be between 10 and 900 seconds."
  }
}

variable "slack_events_timeout" {
  description = "Timeout of the Slack events function in seconds (Slack expects an answer within 3 s and retries)."
  type        = number
  default     = 10

  validation {
    condition     = var.slack_events_timeout >= 3 && var.slack_events_timeout <= 60
    error_message = "slack_events_timeout must be between 3 and 60 seconds."
  }
}

variable "log_retention_days" {
  description = "Retention of the functions' own log groups, in days."
  type        = number
  default     = 30
}

# ---- Sources: CloudWatch Logs subscriptions ---------------------------------------------------------

variable "log_group_names" {
  description = "Names of the existing log groups to watch; each gets one subscription filter (a log group allows two)."
  type        = list(string)
  default     = []
}

variable "filter_pattern" {
  description = <<-EOT
    CloudWatch Logs filter pattern selecting the lines sent to the classifier. The default is a regex
    (between % signs) matching ERROR, FATAL, Exception (also inside NullPointerException), Go's panic: and a lowercase
    error/fatal level in JSON ("level":"error") or logfmt (level=error). A term pattern (?ERROR ?Exception)
    cannot be OR'ed with a JSON pattern ({ $.level = "error" }); see terraform/README.md for the trade-off.
  EOT
  type        = string
  default     = "%ERROR|FATAL|Exception|panic:|level.{1,4}error|level.{1,4}fatal%"
}

variable "maximum_retry_attempts" {
  description = "Retries of a failed asynchronous classifier invocation before the batch goes to the failed-batches queue (0-2)."
  type        = number
  default     = 2

  validation {
    condition     = var.maximum_retry_attempts >= 0 && var.maximum_retry_attempts <= 2
    error_message = "maximum_retry_attempts must be 0, 1 or 2."
  }
}

variable "maximum_event_age_in_seconds" {
  description = "Age after which Lambda stops retrying a batch and sends it to the failed-batches queue (60-21600)."
  type        = number
  default     = 21600

  validation {
    condition     = var.maximum_event_age_in_seconds >= 60 && var.maximum_event_age_in_seconds <= 21600
    error_message = "maximum_event_age_in_seconds must be between 60 and 21600."
  }
}

variable "alarm_sns_topic_arn" {
  description = "SNS topic notified when failed batches are waiting in the queue; null for an alarm without actions."
  type        = string
  default     = null
}

# ---- Classification ---------------------------------------------------------------------------------

variable "bedrock_model_id" {
  description = "Claude Haiku cross-region inference profile id (us., eu., apac. or global. prefix); IAM allows only this profile and the model it routes to."
  type        = string
  default     = "us.anthropic.claude-haiku-4-5-20251001-v1:0"

  validation {
    condition     = can(regex("^(us|eu|apac|global)\\.anthropic\\.claude-haiku-[0-9a-z-]+-v[0-9]+:[0-9]+$", var.bedrock_model_id))
    error_message = "bedrock_model_id must be a Claude Haiku inference profile id such as us.anthropic.claude-haiku-4-5-20251001-v1:0."
  }
}

variable "bedrock_concurrency" {
  description = "Parallel Bedrock calls per invocation."
  type        = number
  default     = 4
}

variable "max_classifications_per_invocation" {
  description = "Model calls per invocation at most; further new fingerprints use the rules classifier."
  type        = number
  default     = 50
}

variable "bedrock_calls_per_hour" {
  description = "Model calls per hour across all instances (0 = no limit)."
  type        = number
  default     = 500
}

variable "bedrock_tokens_per_hour" {
  description = "Model tokens per hour across all instances (0 = no limit)."
  type        = number
  default     = 2000000
}

# ---- Deduplication ----------------------------------------------------------------------------------

variable "dedup_window_seconds" {
  description = "A fingerprint is posted at most once per this many seconds; repeats are counted."
  type        = number
  default     = 600
}

variable "classification_ttl_seconds" {
  description = "How long a model classification is reused for the same fingerprint, in seconds."
  type        = number
  default     = 21600
}

variable "alert_budget_per_hour" {
  description = "Cards per destination per hour before cards roll into a digest (0 = no limit)."
  type        = number
  default     = 30
}

variable "point_in_time_recovery" {
  description = "Enable point-in-time recovery on the dedup table (it holds caches and card references, so off by default)."
  type        = bool
  default     = false
}

# ---- Chat destinations: secrets by SSM parameter name only ------------------------------------------

variable "discord_webhook_url_ssm_parameter" {
  description = "Name of the SSM SecureString parameter holding the Discord webhook URL (cards); null if Discord is not used."
  type        = string
  default     = null
}

variable "discord_bot_token_ssm_parameter" {
  description = "Name of the SSM SecureString parameter holding the Discord bot token (reads reactions); null disables the poll."
  type        = string
  default     = null
}

variable "discord_channel_id" {
  description = "Discord channel id the webhook posts to, read by the reaction poll."
  type        = string
  default     = null
}

variable "slack_bot_token_ssm_parameter" {
  description = "Name of the SSM SecureString parameter holding the Slack bot token (chat.postMessage); null if Slack is not used."
  type        = string
  default     = null
}

variable "slack_webhook_url_ssm_parameter" {
  description = "Name of the SSM SecureString parameter holding a Slack incoming webhook URL (no corrections possible); usually null."
  type        = string
  default     = null
}

variable "slack_signing_secret_ssm_parameter" {
  description = "Name of the SSM SecureString parameter holding the Slack signing secret; null disables the Slack events URL."
  type        = string
  default     = null
}

variable "slack_channel_id" {
  description = "Slack channel id for cards posted with the bot token."
  type        = string
  default     = null
}

variable "slack_channel_by_category" {
  description = "Slack channel id per category (TRANSIENT, DEPENDENCY, APPLICATION, SECURITY, UNKNOWN), overriding slack_channel_id."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for c in keys(var.slack_channel_by_category) : contains(["TRANSIENT", "DEPENDENCY", "APPLICATION", "SECURITY", "UNKNOWN"], c)])
    error_message = "slack_channel_by_category keys must be TRANSIENT, DEPENDENCY, APPLICATION, SECURITY or UNKNOWN."
  }
}

variable "secrets_revision" {
  description = "Bump after changing a secret's SSM parameter: it publishes new versions, so functions (and SnapStart snapshots) read the new value."
  type        = number
  default     = 1
}

variable "ssm_kms_key_arn" {
  description = "ARN of the customer managed KMS key encrypting the SecureString parameters; null for the AWS managed key."
  type        = string
  default     = null
}

# ---- Corrections ------------------------------------------------------------------------------------

variable "corrections_bucket_name" {
  description = "Name of the corrections bucket; null means <name>-corrections-<account id>."
  type        = string
  default     = null
}

variable "corrections_retention_days" {
  description = "Days after which stored corrections expire."
  type        = number
  default     = 365
}

variable "corrections_lookback_days" {
  description = "How far back the reaction poll looks for posted cards, in days."
  type        = number
  default     = 7
}

variable "corrections_poll_schedule" {
  description = "EventBridge Scheduler expression for the Discord reaction poll."
  type        = string
  default     = "rate(5 minutes)"
}
