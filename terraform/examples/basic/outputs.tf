output "classifier_alias_arn" {
  description = "Where the subscription filters deliver."
  value       = module.logsift.classifier_alias_arn
}

output "failed_batches_queue_url" {
  description = "Batches that failed after all retries wait here."
  value       = module.logsift.failed_batches_queue_url
}
