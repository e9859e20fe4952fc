package dev.logsift.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.logsift.ingest.LogBatch;
import dev.logsift.ingest.LogEvent;
import dev.logsift.ingest.SubscriptionDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CI checks of terraform/ and template.yaml, parsed by the real HCL and YAML parsers (Node, from `npm ci`).
 * Each deliberate mistake in a copy of the files must produce its violation, so the checks can fail.
 */
class DeployConfigTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();
  private static final NodeParsers NODE = new NodeParsers(ROOT);
  private static final ClassLoader LOADER = DeployConfigTest.class.getClassLoader();
  /** Violations of an unbroken copy (in a worktree without some handlers yet, this is not empty). */
  private static List<String> baseline;
  private static final Map<String, Path> copies = new HashMap<>();

  @TempDir
  static Path scratch;

  @Test
  void realDeployFilesAreConsistentWithEachOtherAndTheCode() {
    assertEquals(List.of(), new DeployChecker(ROOT, NODE, LOADER).check());
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("terraform/iam.tf", "\"dynamodb:GetItem\",", "\"dynamodb:*\",", "action dynamodb:* contains *"),
        Arguments.of("terraform/iam.tf", "actions   = [\"sqs:SendMessage\"]", "actions   = [\"*\"]", "action \"*\""),
        Arguments.of("terraform/iam.tf", "foundation-model/${local.bedrock_foundation_model_id}\",",
            "foundation-model/anthropic.claude-*\",", "wider than the configured Claude Haiku"),
        Arguments.of("terraform/iam.tf", "\"${aws_s3_bucket.corrections.arn}/corrections/*\"",
            "\"${aws_s3_bucket.corrections.arn}/*\"", "expected only <bucket>/corrections/*"),
        Arguments.of("terraform/iam.tf", "resources = [\"${aws_cloudwatch_log_group.function[each.key].arn}:*\"]",
            "resources = [\"${aws_cloudwatch_log_group.function[\"slack_events\"].arn}:*\"]",
            "aws_lambda_function.function[\"classifier\"]: its role may write logs to"),
        Arguments.of("terraform/iam.tf", "\"dynamodb:BatchGetItem\",", "\"dynamodb:BatchGetItem\", \"dynamodb:Scan\",",
            "action dynamodb:Scan is not one the code uses"),
        Arguments.of("terraform/variables.tf", "description = \"Tags added to every resource that takes tags.\"", "",
            "variable tags has no description"),
        Arguments.of("terraform/variables.tf", "type        = bool", "", "variable point_in_time_recovery has no type"),
        Arguments.of("terraform/variables.tf", "variable \"discord_channel_id\" {",
            "variable \"discord_bot_token\" {\n  description = \"Bot token.\"\n  type        = string\n}\n\n"
                + "variable \"discord_channel_id\" {", "variable discord_bot_token looks like a secret value"),
        Arguments.of("terraform/variables.tf", "default     = \"us.anthropic.claude-haiku-4-5-20251001-v1:0\"",
            "default     = \"us.anthropic.claude-sonnet-4-5-20250929-v1:0\"", "default is not a Claude Haiku"),
        Arguments.of("terraform/lambda.tf", "snap_start {\n    apply_on = \"PublishedVersions\"\n  }", "",
            "aws_lambda_function.function[\"classifier\"]: no snap_start"),
        Arguments.of("terraform/lambda.tf", "role             = aws_iam_role.function[each.key].arn",
            "role             = aws_iam_role.function[\"classifier\"].arn", "shares its role"),
        Arguments.of("terraform/lambda.tf", "dev.logsift.app.ClassifierHandler::", "dev.logsift.app.ClassifierHandlr::",
            "class dev.logsift.app.ClassifierHandlr is not in the build"),
        Arguments.of("terraform/lambda.tf", "DEDUP_WINDOW_SECONDS               =", "DEDUP_WINDOW_SECS                  =",
            "environment variable DEDUP_WINDOW_SECS is not read by the code"),
        Arguments.of("terraform/lambda.tf", "DISCORD_WEBHOOK_URL_SSM_PARAM      =", "DISCORD_WEBHOOK_URL                =",
            "environment variable DISCORD_WEBHOOK_URL is a secret"),
        Arguments.of("terraform/lambda.tf", "        CORRECTIONS_BUCKET             = aws_s3_bucket.corrections.bucket\n", "",
            "environment lacks CORRECTIONS_BUCKET that dev.logsift.app.SlackEventsHandler"),
        Arguments.of("terraform/subscriptions.tf", "destination = aws_sqs_queue.failed_batches.arn", "destination = null",
            "no on_failure destination"),
        Arguments.of("terraform/subscriptions.tf", "message_retention_seconds = 1209600",
            "message_retention_seconds = 345600", "does not keep messages 14 days"),
        Arguments.of("terraform/subscriptions.tf", "destination_arn = aws_lambda_alias.function[\"classifier\"].arn",
            "destination_arn = aws_lambda_function.function[\"classifier\"].arn", "destination is not a function alias"),
        Arguments.of("terraform/alarms.tf", "\"ApproximateNumberOfMessagesVisible\"", "\"NumberOfMessagesSent\"",
            "no ApproximateNumberOfMessagesVisible alarm"),
        Arguments.of("terraform/alarms.tf", "    FunctionName = aws_lambda_function.function[\"classifier\"].function_name\n  }\n\n  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]\n  tags          = local.tags\n}",
            "  }\n\n  alarm_actions = var.alarm_sns_topic_arn == null ? [] : [var.alarm_sns_topic_arn]\n  tags          = local.tags\n}",
            "aws_cloudwatch_metric_alarm.cost_ceiling: no FunctionName dimension"),
        Arguments.of("terraform/s3.tf", "block_public_policy     = true", "block_public_policy     = false",
            "block_public_policy is not true"),
        Arguments.of("terraform/s3.tf", "\"aws_s3_bucket_server_side_encryption_configuration\" \"corrections\"",
            "\"aws_s3_bucket_accelerate_configuration\" \"corrections\"", "has no default encryption"),
        Arguments.of("terraform/dynamodb.tf", "attribute_name = \"expires_at\"", "attribute_name = \"ttl\"",
            "TTL is not enabled on expires_at"),
        Arguments.of("terraform/examples/basic/main.tf", "log_group_names = var.log_group_names",
            "log_groups = var.log_group_names", "argument log_groups is not a variable of the module"),
        Arguments.of("template.yaml", "Handler: dev.logsift.app.ClassifierHandler::", "Handler: dev.logsift.app.Classifier::",
            "sam: ClassifierFunction: Handler dev.logsift.app.Classifier::handleRequest: class"),
        Arguments.of("template.yaml", "    SnapStart:\n      ApplyOn: PublishedVersions\n", "",
            "sam: ClassifierFunction: no SnapStart"),
        Arguments.of("template.yaml", "DEDUP_WINDOW_SECONDS: \"600\"", "DEDUP_WINDOW: \"600\"",
            "sam: ClassifierFunction: environment variable DEDUP_WINDOW is not read by the code"),
        Arguments.of("template.yaml", "          BEDROCK_CONCURRENCY: \"4\"\n", "",
            "only in terraform [BEDROCK_CONCURRENCY]"),
        Arguments.of("template.yaml", "SLACK_BOT_TOKEN_SSM_PARAM: !Ref SlackBotTokenSsmParam\n      FunctionUrlConfig",
            "SLACK_BOT_TOKEN: !Ref SlackBotTokenSsmParam\n      FunctionUrlConfig",
            "sam: SlackEventsFunction: environment variable SLACK_BOT_TOKEN is a secret"),
        Arguments.of("template.yaml", "              Action: bedrock:InvokeModel\n",
            "              Action: bedrock:ListFoundationModels\n",
            "sam: dev.logsift.app.ClassifierHandler::handleRequest lacks [bedrock:InvokeModel]"),
        Arguments.of("template.yaml", "Action: [s3:GetObject, s3:PutObject]", "Action: [s3:GetObject]",
            "sam: dev.logsift.app.CorrectionsPollHandler::handleRequest lacks [s3:PutObject]"),
        Arguments.of("template.yaml", "Action: [dynamodb:GetItem, dynamodb:PutItem, dynamodb:UpdateItem, dynamodb:BatchGetItem, dynamodb:BatchWriteItem]",
            "Action: dynamodb:*", "action dynamodb:* contains *"),
        Arguments.of("template.yaml", "            Action: sqs:SendMessage\n            Resource: !GetAtt FailedBatchesQueue.Arn",
            "            Action: sqs:SendMessage\n            Resource: \"*\"", "sam: ClassifierFunction: resource \"*\""),
        Arguments.of("template.yaml", "      Policies:\n        - Version: \"2012-10-17\"\n          Statement:\n",
            "      Policies:\n        - DynamoDBCrudPolicy:\n            TableName: !Ref DedupTable\n        - Version: \"2012-10-17\"\n          Statement:\n",
            "is a managed policy or SAM policy template"),
        Arguments.of("template.yaml", "    Tracing: Active\n", "", "sam: ClassifierFunction: Tracing is not Active"),
        Arguments.of("terraform/lambda.tf", "  tracing_config {\n    mode = \"Active\"\n  }\n", "",
            "aws_lambda_function.function[\"classifier\"]: no tracing_config"),
        Arguments.of("terraform/iam.tf", "    actions   = local.xray_write_actions\n", "    actions   = [\"xray:PutTraceSegments\"]\n",
            "active tracing but its role lacks"),
        Arguments.of("terraform/iam.tf", "      actions   = [\"sqs:SendMessage\"]\n      resources = [aws_sqs_queue.failed_batches.arn]",
            "      actions   = [\"sqs:SendMessage\"]\n      resources = [\"*\"]",
            "local.statements.failed_batches: resource \"*\""),
        Arguments.of("terraform/iam.tf", "\"${aws_s3_bucket.corrections.arn}/markers/*\"", "\"${aws_s3_bucket.corrections.arn}/*\"",
            "expected only <bucket>/corrections/*, markers/*"),
        Arguments.of("terraform/iam.tf", "        actions   = [\"s3:ListBucket\"]\n        resources = [aws_s3_bucket.corrections.arn]\n",
            "        actions   = [\"s3:ListBucket\"]\n        resources = [\"${aws_s3_bucket.corrections.arn}/*\"]\n",
            "s3:ListBucket on ${aws_s3_bucket.corrections.arn}/* (expected only the module's bucket ARN)"),
        // The statement groups of local.functions: read per function, compared with SAM, and kept readable.
        Arguments.of("terraform/lambda.tf", "\"corrections\", \"examples_write\"]\n",
            "\"corrections\", \"examples_writes\"]\n", "statement group examples_writes is not in local.statements"),
        Arguments.of("terraform/lambda.tf", "[\"dedup_table\", \"corrections\", \"examples_write\"]",
            "[\"dedup_table\", \"corrections\", \"examples_write\", \"bedrock_invoke\"]",
            "sam: dev.logsift.app.SlackEventsHandler::handleRequest lacks [bedrock:InvokeModel] that terraform grants"),
        Arguments.of("terraform/lambda.tf", "[\"dedup_table\", \"bedrock_invoke\", \"failed_batches\"", "[\"dedup_table\", \"failed_batches\"",
            "sam: dev.logsift.app.ClassifierHandler::handleRequest grants [bedrock:InvokeModel] that terraform does not"),
        Arguments.of("terraform/lambda.tf", "\"failed_batches\", \"content_read\"]", "\"content_read\"]",
            "local.statements.failed_batches: no function's role is granted this statement group"),
        Arguments.of("terraform/lambda.tf", "\"bedrock_invoke\", \"failed_batches\", \"content_read\"]",
            "\"bedrock_invoke\", \"failed_batches\", \"content_read\", \"examples_write\"]",
            "data.aws_iam_policy_document.function[\"classifier\"]: Sid CorrectionExamples appears twice"),
        Arguments.of("terraform/iam.tf", "      actions   = statement.value.actions\n", "      actions   = [\"s3:*\"]\n",
            "must set actions = statement.value.actions"),
        Arguments.of("terraform/iam.tf", "for_each = flatten([for group in each.value.statement_groups : local.statements[group]])",
            "for_each = flatten(values(local.statements))", "dynamic statement over ${flatten(values(local.statements))} cannot be checked"),
        Arguments.of("terraform/iam.tf", "        resources = [aws_s3_bucket.corrections.arn]\n",
            "        resources = [aws_s3_bucket.corrections.arn]\n        effect    = \"Deny\"\n",
            "local.statements.corrections: effect is not passed on to the policy"));
  }

  /**
   * Writes every broken copy first and parses them all in one Node run: loading the HCL parser costs more
   * than parsing, and these machines are shared.
   */
  @BeforeAll
  static void writeBrokenCopies() throws IOException {
    Path base = scratch.resolve("baseline");
    copyProject(base);
    int i = 0;
    for (Arguments a : mistakes().toList()) {
      Object[] args = a.get();
      Path dir = scratch.resolve("mistake-" + i++);
      copyProject(dir);
      Path target = dir.resolve((String) args[0]);
      String original = Files.readString(target);
      Files.writeString(target, original.replace((String) args[1], (String) args[2]));
      assertNull(copies.put(args[0] + "|" + args[1], dir), "two mistakes change the same text: " + args[1]);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(scratch)) {
      files = s.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".yaml")).toList();
    }
    NODE.parse(files);
    baseline = new DeployChecker(base, NODE, LOADER).check();
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("mistakes")
  void aDeliberateMistakeIsReported(String file, String from, String to, String expected) throws IOException {
    Path dir = copies.get(file + "|" + from);
    assertNotEquals(Files.readString(ROOT.resolve(file)), Files.readString(dir.resolve(file)),
        "the mistake was not applied: " + from);

    List<String> violations = new DeployChecker(dir, NODE, LOADER).check();

    assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
        "expected a violation containing '" + expected + "', got " + violations);
    assertFalse(baseline.stream().anyMatch(v -> v.contains(expected)),
        "the unbroken files already report '" + expected + "'");
  }

  @Test
  void aSyntaxErrorInTerraformFailsLoudly(@TempDir Path dir) throws IOException {
    copyProject(dir);
    Files.writeString(dir.resolve("terraform/s3.tf"), "resource \"aws_s3_bucket\" \"x\" {\n  bucket = \n");

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new DeployChecker(dir, NODE, LOADER).check());
    assertTrue(e.getMessage().contains("parse.mjs failed") && e.getMessage().contains("s3.tf"), e.getMessage());
  }

  @Test
  void missingNodeModulesFailWithAClearMessage(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("template.yaml"), "Resources: {}\n");

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new NodeParsers(dir).yaml(dir.resolve("template.yaml")));
    assertTrue(e.getMessage().contains("npm ci"), e.getMessage());
  }

  /** events/cloudwatch-*.json are what Lambda passes to the classifier, so `sam local invoke -e` is faithful. */
  @Test
  void sampleEventsAreSubscriptionPayloadsTheDefaultFilterWouldSend() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Pattern filter = defaultFilterPattern();
    List<Path> events;
    try (Stream<Path> s = Files.list(ROOT.resolve("events"))) {
      events = s.filter(p -> p.getFileName().toString().matches("cloudwatch-.*\\.json")).sorted().toList();
    }
    assertFalse(events.isEmpty(), "no events/cloudwatch-*.json");
    int dataEvents = 0;
    for (Path event : events) {
      byte[] bytes = Files.readAllBytes(event);
      JsonNode root = json.readTree(bytes);
      assertEquals(List.of("awslogs"), fieldNames(root), event + ": top level");
      assertEquals(List.of("data"), fieldNames(root.path("awslogs")), event + ": awslogs");
      LogBatch batch = new SubscriptionDecoder().decodeEnvelope(bytes);
      if (!batch.isControl()) {
        assertEquals(LogBatch.DATA_MESSAGE, batch.messageType(), event + ": messageType");
        for (LogEvent e : batch.logEvents()) {
          dataEvents++;
          assertTrue(filter.matcher(e.message()).find(), event + ": event " + e.id() + " would not pass the filter");
        }
      }
    }
    assertTrue(dataEvents > 0, "no data events in events/");
  }

  @Test
  void defaultFilterPatternLeavesOrdinaryLinesOut() throws IOException {
    Pattern filter = defaultFilterPattern();
    assertTrue(filter.matcher("{\"level\":\"error\",\"msg\":\"db down\"}").find());
    assertTrue(filter.matcher("level=fatal msg=\"out of memory\"").find());
    assertFalse(filter.matcher("2026-11-27T08:00:00Z INFO GET /health 200 3ms").find());
    assertFalse(filter.matcher("{\"level\":\"warn\",\"msg\":\"slow query\"}").find());
  }

  /** The variable's default, read with the real HCL parser; CloudWatch regex syntax is a subset of Java's. */
  private static Pattern defaultFilterPattern() {
    Terraform tf = Terraform.load(ROOT.resolve("terraform"), NODE);
    String pattern = tf.variables.get("filter_pattern").path("default").asText();
    assertTrue(pattern.length() > 2 && pattern.startsWith("%") && pattern.endsWith("%"), pattern);
    return Pattern.compile(pattern.substring(1, pattern.length() - 1));
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void copyProject(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String file : List.of("template.yaml", "Makefile")) {
      Files.copy(ROOT.resolve(file), dir.resolve(file));
    }
    Path tf = ROOT.resolve("terraform");
    try (Stream<Path> s = Files.walk(tf)) {
      for (Path p : s.filter(p -> !p.toString().contains(".terraform")).toList()) {
        Path to = dir.resolve("terraform").resolve(tf.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }
}
