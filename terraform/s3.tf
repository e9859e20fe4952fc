# Human corrections (reactions on cards) under corrections/, kept for reviewing rules and prompts.
resource "aws_s3_bucket" "corrections" {
  bucket = local.corrections_bucket_name
  tags   = local.tags
}

resource "aws_s3_bucket_public_access_block" "corrections" {
  bucket = aws_s3_bucket.corrections.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "corrections" {
  bucket = aws_s3_bucket.corrections.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "corrections" {
  bucket = aws_s3_bucket.corrections.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "corrections" {
  bucket = aws_s3_bucket.corrections.id

  rule {
    id     = "expire-corrections"
    status = "Enabled"

    filter {
      prefix = "corrections/"
    }

    expiration {
      days = var.corrections_retention_days
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }
}
