# One table for dedup claims, cached classifications and posted-card references. Items carry
# expires_at (epoch seconds); DynamoDB deletes expired items lazily, so the code checks expiry itself.
# Encryption at rest is DynamoDB's default (AWS owned key), which needs no KMS permissions or charges.
resource "aws_dynamodb_table" "dedup" {
  name         = "${var.name}-dedup"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }

  ttl {
    attribute_name = "expires_at"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = var.point_in_time_recovery
  }

  tags = local.tags
}
