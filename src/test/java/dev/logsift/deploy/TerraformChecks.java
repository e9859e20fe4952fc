package dev.logsift.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of the Terraform module itself: resources, settings that carry guarantees, variables, secrets. */
final class TerraformChecks {
  static final List<String> REQUIRED_RESOURCES = List.of("aws_lambda_function", "aws_lambda_alias",
      "aws_dynamodb_table", "aws_s3_bucket", "aws_s3_bucket_public_access_block",
      "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_lifecycle_configuration",
      "aws_cloudwatch_log_subscription_filter", "aws_lambda_permission", "aws_lambda_function_event_invoke_config",
      "aws_sqs_queue", "aws_cloudwatch_metric_alarm", "aws_scheduler_schedule", "aws_lambda_function_url",
      "aws_iam_role");

  private static final Pattern ENV_KEY = Pattern.compile("(?<![A-Za-z0-9_.])\"?([A-Z][A-Z0-9_]{2,})\"?\\s*=(?![=>])");
  private static final Pattern ENV_PREFIX = Pattern.compile("\"([A-Z][A-Z0-9_]*_)\\$\\{");
  private static final Pattern SECRET_NAME = Pattern.compile("token(?!s)|secret|webhook_url|password|api_key");

  private final Terraform tf;
  private final CodeFacts code;
  private final List<String> out;

  TerraformChecks(Terraform tf, CodeFacts code, List<String> out) {
    this.tf = tf;
    this.code = code;
    this.out = out;
  }

  void run() {
    for (String type : REQUIRED_RESOURCES) {
      if (tf.resources(type).isEmpty()) {
        out.add("terraform: no " + type + " resource");
      }
    }
    variables();
    functions();
    triggers();
    failedBatches();
    emfAlarms();
    table();
    bucket();
    secrets();
  }

  /** handler -> variable names set on that function (per-category families as "PREFIX*"). */
  Map<String, Set<String>> environmentByHandler() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    tf.resources("aws_lambda_function").forEach((name, fn) -> tf.literal(fn.path("handler"))
        .ifPresent(h -> m.put(h, envNames(fn.path("environment").path(0).path("variables")))));
    return m;
  }

  Set<String> envNames(JsonNode variables) {
    Set<String> names = new TreeSet<>();
    JsonNode v = tf.deref(variables);
    if (v.isObject()) {
      v.fieldNames().forEachRemaining(names::add);
    } else if (v.isTextual()) {
      String text = tf.resolve(v);
      Matcher k = ENV_KEY.matcher(text);
      while (k.find()) {
        names.add(k.group(1));
      }
      Matcher p = ENV_PREFIX.matcher(text);
      while (p.find()) {
        names.add(p.group(1) + "*");
      }
    }
    return names;
  }

  private void variables() {
    tf.variables.forEach((name, v) -> {
      if (v.path("type").asText("").isBlank()) {
        out.add("terraform: variable " + name + " has no type");
      }
      if (v.path("description").asText("").isBlank()) {
        out.add("terraform: variable " + name + " has no description");
      }
      boolean holdsText = v.path("type").asText("${string}").equals("${string}");
      if (holdsText && SECRET_NAME.matcher(name).find() && !name.endsWith("_ssm_parameter")) {
        out.add("terraform: variable " + name + " looks like a secret value; take an SSM parameter name (<x>_ssm_parameter)");
      }
    });
    JsonNode model = tf.variables.get("bedrock_model_id");
    if (model == null) {
      out.add("terraform: no variable bedrock_model_id");
    } else {
      if (!model.path("default").asText("").matches("(us|eu|apac|global)\\.anthropic\\.claude-haiku-[0-9a-z-]+:[0-9]+")) {
        out.add("terraform: variable bedrock_model_id default is not a Claude Haiku inference profile id");
      }
      if (!model.path("validation").toString().contains("claude-haiku")) {
        out.add("terraform: variable bedrock_model_id has no validation restricting it to Claude Haiku");
      }
    }
    JsonNode pattern = tf.variables.get("filter_pattern");
    String def = pattern == null ? "" : pattern.path("default").asText("");
    for (String term : List.of("ERROR", "Exception", "FATAL", "panic:", "level")) {
      if (!def.contains(term)) {
        out.add("terraform: variable filter_pattern default does not catch " + term);
      }
    }
  }

  private void functions() {
    Set<String> roles = new TreeSet<>();
    tf.resources("aws_lambda_function").forEach((name, fn) -> {
      String where = "terraform: aws_lambda_function." + name;
      if (!"java21".equals(fn.path("runtime").asText())) {
        out.add(where + ": runtime is not java21");
      }
      if (!fn.path("publish").asBoolean(false)) {
        out.add(where + ": publish is not true (SnapStart applies to published versions only)");
      }
      if (!"PublishedVersions".equals(fn.path("snap_start").path(0).path("apply_on").asText())) {
        out.add(where + ": no snap_start { apply_on = \"PublishedVersions\" }");
      }
      if (!"Active".equals(fn.path("tracing_config").path(0).path("mode").asText())) {
        out.add(where + ": no tracing_config { mode = \"Active\" }");
      }
      String arch = tf.resolve(fn.path("architectures"));
      JsonNode archVar = tf.variables.get("architecture");
      boolean arm = arch.contains("arm64") || (arch.contains("var.architecture") && archVar != null
          && "arm64".equals(archVar.path("default").asText()));
      if (!arm) {
        out.add(where + ": architecture is not arm64 by default");
      }
      String role = tf.resolve(fn.path("role"));
      if (!roles.add(role)) {
        out.add(where + ": shares its role with another function (one role per function)");
      }
      String handler = tf.literal(fn.path("handler")).orElse(null);
      if (handler == null) {
        out.add(where + ": handler is not a literal class name");
      } else {
        String problem = code.problemWithHandler(handler);
        if (problem != null) {
          out.add(where + ": handler " + handler + ": " + problem);
        }
        Set<String> env = envNames(fn.path("environment").path(0).path("variables"));
        for (String var : env) {
          String p = code.problemWithVariable(var);
          if (p != null) {
            out.add(where + ": environment variable " + var + " " + p);
          }
        }
        for (String missing : CodeFacts.missingFor(handler, env)) {
          out.add(where + ": environment lacks " + missing + " that " + handler + " needs");
        }
        if (env.contains("SLACK_CHANNEL_ID_*")) {
          categoryValidation(where);
        }
      }
      String ref = "aws_lambda_function." + name + ".version";
      boolean aliased = tf.resources("aws_lambda_alias").values().stream()
          .anyMatch(a -> a.path("function_version").asText().contains(ref));
      if (!aliased) {
        out.add(where + ": no aws_lambda_alias on its published version");
      }
    });
  }

  /** The per-category map variable must accept exactly the categories the code knows. */
  private void categoryValidation(String where) {
    JsonNode v = tf.variables.get("slack_channel_by_category");
    Set<String> listed = new TreeSet<>();
    if (v != null) {
      Matcher m = Pattern.compile("\\\\?\"([A-Z]+)\\\\?\"").matcher(v.path("validation").toString());
      while (m.find()) {
        listed.add(m.group(1));
      }
    }
    if (!listed.equals(CodeFacts.categories())) {
      out.add(where + ": slack_channel_by_category validation lists " + listed + " but the categories are "
          + CodeFacts.categories());
    }
  }

  private void triggers() {
    tf.resources("aws_cloudwatch_log_subscription_filter").forEach((name, f) -> {
      if (!f.path("destination_arn").asText().contains("aws_lambda_alias.")) {
        out.add("terraform: aws_cloudwatch_log_subscription_filter." + name + ": destination is not a function alias");
      }
    });
    boolean logsPermission = false;
    boolean urlPermission = false;
    boolean urlInvokePermission = false;
    for (Map.Entry<String, JsonNode> e : tf.resources("aws_lambda_permission").entrySet()) {
      JsonNode p = e.getValue();
      String where = "terraform: aws_lambda_permission." + e.getKey();
      if (!p.path("qualifier").asText().contains("aws_lambda_alias.")) {
        out.add(where + ": qualifier is not the function alias");
      }
      if (p.path("principal").asText().startsWith("logs.")) {
        logsPermission = true;
        if (!tf.resolve(p.path("source_arn")).endsWith(":*")) {
          out.add(where + ": source_arn is not a log group ARN ending in :*");
        }
      }
      urlPermission |= "lambda:InvokeFunctionUrl".equals(p.path("action").asText());
      urlInvokePermission |= p.path("invoked_via_function_url").asBoolean(false);
    }
    if (!logsPermission) {
      out.add("terraform: no aws_lambda_permission for logs.amazonaws.com");
    }
    tf.resources("aws_lambda_function_url").forEach((name, u) -> {
      if (!u.path("qualifier").asText().contains("aws_lambda_alias.")) {
        out.add("terraform: aws_lambda_function_url." + name + ": qualifier is not the function alias");
      }
    });
    if (!tf.resources("aws_lambda_function_url").isEmpty() && !(urlPermission && urlInvokePermission)) {
      out.add("terraform: a public function URL needs lambda:InvokeFunctionUrl and lambda:InvokeFunction"
          + " (invoked_via_function_url) permissions");
    }
    tf.resources("aws_scheduler_schedule").forEach((name, s) -> {
      if (!s.path("target").path(0).path("arn").asText().contains("aws_lambda_alias.")) {
        out.add("terraform: aws_scheduler_schedule." + name + ": target is not a function alias");
      }
    });
    tf.resources("aws_lambda_function_event_invoke_config").forEach((name, c) -> {
      if (!c.path("qualifier").asText().contains("aws_lambda_alias.")) {
        out.add("terraform: aws_lambda_function_event_invoke_config." + name + ": qualifier is not the function alias");
      }
    });
  }

  /** The no-lost-reports guarantee: the subscribed function parks failed batches in an encrypted queue. */
  private void failedBatches() {
    Set<String> subscribed = new TreeSet<>();
    tf.resources("aws_cloudwatch_log_subscription_filter").values().forEach(f -> {
      Matcher m = Pattern.compile("aws_lambda_alias\\.([a-z0-9_]+(?:\\[\"[^\"]+\"])?)")
          .matcher(f.path("destination_arn").asText());
      if (m.find()) {
        subscribed.add(m.group(1));
      }
    });
    for (String alias : subscribed) {
      JsonNode cfg = tf.resources("aws_lambda_function_event_invoke_config").values().stream()
          .filter(c -> c.path("qualifier").asText().contains("aws_lambda_alias." + alias + "."))
          .findFirst().orElse(null);
      if (cfg == null) {
        out.add("terraform: no aws_lambda_function_event_invoke_config for the subscribed alias " + alias);
        continue;
      }
      if (cfg.path("maximum_retry_attempts").isMissingNode()) {
        out.add("terraform: event invoke config of " + alias + " does not set maximum_retry_attempts");
      }
      String dest = cfg.path("destination_config").path(0).path("on_failure").path(0).path("destination").asText();
      Matcher q = Pattern.compile("aws_sqs_queue\\.([a-z0-9_]+)").matcher(dest);
      if (!q.find()) {
        out.add("terraform: event invoke config of " + alias + " has no on_failure destination to an SQS queue");
        continue;
      }
      String queueName = q.group(1);
      JsonNode queue = tf.resources("aws_sqs_queue").get(queueName);
      if (queue == null) {
        out.add("terraform: on_failure queue aws_sqs_queue." + queueName + " does not exist");
        continue;
      }
      if (!queue.path("sqs_managed_sse_enabled").asBoolean(false) && queue.path("kms_master_key_id").isMissingNode()) {
        out.add("terraform: aws_sqs_queue." + queueName + " is not encrypted");
      }
      if (queue.path("message_retention_seconds").asLong(0) != 1209600) {
        out.add("terraform: aws_sqs_queue." + queueName + " does not keep messages 14 days (1209600 s)");
      }
      boolean alarmed = tf.resources("aws_cloudwatch_metric_alarm").values().stream().anyMatch(a ->
          "ApproximateNumberOfMessagesVisible".equals(a.path("metric_name").asText())
              && "AWS/SQS".equals(a.path("namespace").asText())
              && a.path("dimensions").toString().contains("aws_sqs_queue." + queueName + "."));
      if (!alarmed) {
        out.add("terraform: no ApproximateNumberOfMessagesVisible alarm on aws_sqs_queue." + queueName);
      }
    }
  }

  /** Alarms on our own EMF metrics select one deployment through the dimension the code writes. */
  private void emfAlarms() {
    tf.resources("aws_cloudwatch_metric_alarm").forEach((name, alarm) -> {
      if (!dev.logsift.logging.Metrics.NAMESPACE.equals(alarm.path("namespace").asText())) {
        return;
      }
      String dims = tf.resolve(alarm.path("dimensions"));
      if (!dims.contains(dev.logsift.logging.Metrics.DIMENSION) || !dims.contains("aws_lambda_function.")) {
        out.add("terraform: aws_cloudwatch_metric_alarm." + name + ": no " + dev.logsift.logging.Metrics.DIMENSION
            + " dimension naming the function (metrics of every deployment would be summed)");
      }
    });
  }

  private void table() {
    tf.resources("aws_dynamodb_table").forEach((name, t) -> {
      String where = "terraform: aws_dynamodb_table." + name;
      if (!"pk".equals(t.path("hash_key").asText())) {
        out.add(where + ": hash_key is not pk");
      }
      boolean pkString = false;
      for (JsonNode a : t.path("attribute")) {
        pkString |= "pk".equals(a.path("name").asText()) && "S".equals(a.path("type").asText());
      }
      if (!pkString) {
        out.add(where + ": attribute pk is not of type S");
      }
      if (!"PAY_PER_REQUEST".equals(t.path("billing_mode").asText())) {
        out.add(where + ": billing_mode is not PAY_PER_REQUEST");
      }
      JsonNode ttl = t.path("ttl").path(0);
      if (!"expires_at".equals(ttl.path("attribute_name").asText()) || !ttl.path("enabled").asBoolean(false)) {
        out.add(where + ": TTL is not enabled on expires_at");
      }
      if (t.path("point_in_time_recovery").isMissingNode()) {
        out.add(where + ": no point_in_time_recovery setting");
      }
    });
  }

  private void bucket() {
    for (String name : tf.resources("aws_s3_bucket").keySet()) {
      String ref = "aws_s3_bucket." + name + ".";
      JsonNode block = find("aws_s3_bucket_public_access_block", ref);
      if (block == null) {
        out.add("terraform: aws_s3_bucket." + name + " has no public access block");
      } else {
        for (String flag : List.of("block_public_acls", "block_public_policy", "ignore_public_acls",
            "restrict_public_buckets")) {
          if (!block.path(flag).asBoolean(false)) {
            out.add("terraform: aws_s3_bucket." + name + ": public access block " + flag + " is not true");
          }
        }
      }
      JsonNode sse = find("aws_s3_bucket_server_side_encryption_configuration", ref);
      if (sse == null || sse.path("rule").path(0).path("apply_server_side_encryption_by_default").path(0)
          .path("sse_algorithm").asText().isBlank()) {
        out.add("terraform: aws_s3_bucket." + name + " has no default encryption");
      }
      JsonNode lifecycle = find("aws_s3_bucket_lifecycle_configuration", ref);
      if (lifecycle == null || !lifecycle.path("rule").toString().contains("\"Enabled\"")) {
        out.add("terraform: aws_s3_bucket." + name + " has no enabled lifecycle rule");
      }
    }
  }

  private JsonNode find(String type, String bucketRef) {
    return tf.resources(type).values().stream().filter(b -> b.path("bucket").asText().contains(bucketRef))
        .findFirst().orElse(null);
  }

  /** Secret values never pass through Terraform: not in variables, outputs, nor state. */
  private void secrets() {
    for (String type : List.of("aws_ssm_parameter", "aws_secretsmanager_secret_version")) {
      if (!tf.data(type).isEmpty() || !tf.resources(type).isEmpty()) {
        out.add("terraform: " + type + " would put a secret value into the Terraform state");
      }
    }
    tf.outputs.forEach((name, o) -> {
      String value = o.path("value").asText();
      if (SECRET_NAME.matcher(value).find() && !value.contains("_ssm_parameter")) {
        out.add("terraform: output " + name + " may expose a secret");
      }
    });
  }
}
