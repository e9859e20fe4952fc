terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.29 added `invoked_via_function_url` on aws_lambda_permission, which function URLs created
      # since October 2025 need; 6.x also renamed aws_region's `name` to `region`.
      version = ">= 6.29, < 7.0"
    }
  }
}
