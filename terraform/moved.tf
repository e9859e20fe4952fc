# Addresses before the functions were written as one map (local.functions): an existing deployment keeps its
# functions, aliases, roles and policies instead of replacing them. The classifier's logsift-content and the
# corrections functions' logsift-examples and logsift-proposals policies were folded into each role's one
# "logsift" policy (same statements), so `terraform apply` deletes those three kinds once.

moved {
  from = aws_lambda_function.classifier
  to   = aws_lambda_function.function["classifier"]
}

moved {
  from = aws_lambda_function.corrections_poll
  to   = aws_lambda_function.function["corrections_poll"]
}

moved {
  from = aws_lambda_function.slack_events
  to   = aws_lambda_function.function["slack_events"]
}

moved {
  from = aws_lambda_alias.classifier
  to   = aws_lambda_alias.function["classifier"]
}

moved {
  from = aws_lambda_alias.corrections_poll
  to   = aws_lambda_alias.function["corrections_poll"]
}

moved {
  from = aws_lambda_alias.slack_events
  to   = aws_lambda_alias.function["slack_events"]
}

moved {
  from = aws_iam_role.classifier
  to   = aws_iam_role.function["classifier"]
}

moved {
  from = aws_iam_role.corrections_poll
  to   = aws_iam_role.function["corrections_poll"]
}

moved {
  from = aws_iam_role.slack_events
  to   = aws_iam_role.function["slack_events"]
}

moved {
  from = aws_iam_role_policy.classifier
  to   = aws_iam_role_policy.function["classifier"]
}

moved {
  from = aws_iam_role_policy.corrections_poll
  to   = aws_iam_role_policy.function["corrections_poll"]
}

moved {
  from = aws_iam_role_policy.slack_events
  to   = aws_iam_role_policy.function["slack_events"]
}
