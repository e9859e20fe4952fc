package dev.logsift.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Least privilege: the actions each service may be granted and how wide their resources may be. */
final class IamChecks {
  static final Map<String, Set<String>> ALLOWED_ACTIONS = Map.of(
      "dynamodb", Set.of("GetItem", "PutItem", "UpdateItem", "BatchGetItem", "BatchWriteItem"),
      "s3", Set.of("GetObject", "PutObject", "ListBucket"),
      "bedrock", Set.of("InvokeModel"),
      "logs", Set.of("CreateLogStream", "PutLogEvents"),
      "ssm", Set.of("GetParameter"),
      "kms", Set.of("Decrypt"),
      "sqs", Set.of("SendMessage"),
      "lambda", Set.of("InvokeFunction"),
      "xray", Set.of("PutTraceSegments", "PutTelemetryRecords"),
      "sts", Set.of("AssumeRole"));
  /** What active tracing needs on a function's role. */
  static final Set<String> XRAY_WRITE = Set.of("xray:PutTraceSegments", "xray:PutTelemetryRecords");

  private static final Pattern QUOTED = Pattern.compile("\"([a-z0-9-]+:[^\"]*)\"");
  private static final Pattern WIDE_MODEL = Pattern.compile("(foundation-model|inference-profile)/[^\"\\s,\\]]*\\*");
  private static final Pattern OTHER_MODEL = Pattern.compile("claude-(?!haiku)");
  private static final Pattern LOG_GROUP = Pattern.compile("aws_cloudwatch_log_group\\.([a-z0-9_]+(?:\\[\"[^\"]+\"])?)");
  private static final Pattern ROLE = Pattern.compile("aws_iam_role\\.([a-z0-9_]+(?:\\[\"[^\"]+\"])?)");
  private static final Pattern DOC = Pattern.compile("data\\.aws_iam_policy_document\\.([a-z0-9_]+(?:\\[\"[^\"]+\"])?)");
  /** The one form of dynamic statement whose items are read statically: named groups of local.statements. */
  private static final Pattern GROUPS = Pattern.compile(
      "^\\$\\{flatten\\(\\[for (\\w+) in local\\.([a-z0-9_.]+) : local\\.([a-z0-9_]+)\\[\\1]]\\)}$");
  private static final Set<String> GROUP_FIELDS = Set.of("sid", "actions", "resources");

  private final Terraform tf;
  private final List<String> out;

  IamChecks(Terraform tf, List<String> out) {
    this.tf = tf;
    this.out = out;
  }

  void run() {
    Set<String> groupsUsed = new TreeSet<>();
    tf.data("aws_iam_policy_document").forEach((name, doc) -> {
      String where = "terraform: data.aws_iam_policy_document." + name;
      Set<String> sids = new TreeSet<>();
      for (Granted g : statements(where, doc, out)) {
        if (g.group() == null) {
          statement(where, g.body());
        } else {
          groupsUsed.add(g.group());
        }
        String sid = g.body().path("sid").asText("");
        if (!sid.isEmpty() && !sids.add(sid)) {
          out.add(where + ": Sid " + sid + " appears twice (IAM refuses the policy)");
        }
      }
    });
    groups().forEach((local, groups) -> groups.fields().forEachRemaining(g -> {
      String where = "terraform: local." + local + "." + g.getKey();
      if (!groupsUsed.contains(local + "." + g.getKey())) {
        out.add(where + ": no function's role is granted this statement group");
      }
      if (!g.getValue().isArray()) {
        out.add(where + ": a statement group is a list of literal statements");
        return;
      }
      for (JsonNode st : g.getValue()) {
        st.fieldNames().forEachRemaining(f -> {
          if (!GROUP_FIELDS.contains(f)) {
            out.add(where + ": " + f + " is not passed on to the policy (only " + GROUP_FIELDS + " are)");
          }
        });
        statement(where, st);
      }
    }));
    ownLogGroups();
    for (String type : List.of("aws_iam_role_policy_attachment", "aws_iam_role_policies_exclusive",
        "aws_iam_policy_attachment")) {
      tf.resources(type).forEach((name, r) -> {
        if (r.toString().contains(":iam::aws:policy/")) {
          out.add("terraform: " + type + "." + name + " attaches an AWS managed policy (wider than needed)");
        }
      });
    }
    for (String type : List.of("aws_iam_role_policy", "aws_iam_policy")) {
      tf.resources(type).forEach((name, r) -> {
        String policy = r.path("policy").asText();
        if (!policy.contains("data.aws_iam_policy_document.")) {
          out.add("terraform: " + type + "." + name + " must take its policy from a data.aws_iam_policy_document");
        }
      });
    }
  }

  /** handler -> every action its role's inline policies allow (literal, dynamic and statement-group ones). */
  Map<String, Set<String>> actionsByHandler() {
    Map<String, Set<String>> m = new java.util.LinkedHashMap<>();
    tf.resources("aws_lambda_function").forEach((name, fn) -> {
      Set<String> actions = new java.util.TreeSet<>();
      functionStatements(fn).forEach(st -> {
        Matcher a = QUOTED.matcher(tf.resolve(st.path("actions")));
        while (a.find()) {
          actions.add(a.group(1));
        }
      });
      tf.literal(fn.path("handler")).ifPresent(h -> m.put(h, actions));
      if ("Active".equals(fn.path("tracing_config").path(0).path("mode").asText())
          && !actions.containsAll(XRAY_WRITE)) {
        out.add("terraform: aws_lambda_function." + name + ": active tracing but its role lacks " + XRAY_WRITE);
      }
    });
    return m;
  }

  /** Every statement the inline policies of the function's role grant (problems are reported by run()). */
  List<JsonNode> functionStatements(JsonNode fn) {
    String role = first(ROLE, fn.path("role").asText());
    List<JsonNode> all = new ArrayList<>();
    tf.resources("aws_iam_role_policy").values().stream()
        .filter(p -> role != null && role.equals(first(ROLE, p.path("role").asText())))
        .map(p -> tf.data("aws_iam_policy_document").get(first(DOC, p.path("policy").asText())))
        .filter(doc -> doc != null)
        .forEach(doc -> statements("", doc, new ArrayList<>()).forEach(g -> all.add(g.body())));
    return all;
  }

  /** A function's role may write logs only to the log group the function logs to. */
  private void ownLogGroups() {
    tf.resources("aws_lambda_function").forEach((name, fn) -> {
      String where = "terraform: aws_lambda_function." + name;
      String group = first(LOG_GROUP, fn.path("logging_config").path(0).path("log_group").asText());
      if (group == null) {
        out.add(where + ": no logging_config naming its aws_cloudwatch_log_group");
        return;
      }
      functionStatements(fn).stream()
          .filter(st -> tf.resolve(st.path("actions")).contains("\"logs:"))
          .flatMap(st -> tf.items(st.path("resources")).stream())
          .filter(r -> !group.equals(first(LOG_GROUP, r)))
          .forEach(r -> out.add(where + ": its role may write logs to " + r + ", not only to its own " + group));
    });
  }

  private static String first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** A statement of a policy document; group is "statements.dedup_table" for one taken from a group. */
  private record Granted(String group, JsonNode body) {}

  /**
   * The document's statement blocks, its dynamic ones, and the items of the statement groups a dynamic
   * block iterates. Any other dynamic block over items cannot be read here and is reported.
   */
  private List<Granted> statements(String where, JsonNode doc, List<String> problems) {
    List<Granted> all = new ArrayList<>();
    doc.path("statement").forEach(st -> all.add(new Granted(null, st)));
    for (JsonNode d : doc.path("dynamic").path("statement")) {
      JsonNode content = d.path("content").path(0);
      if (!content.toString().contains("statement.value")) {
        d.path("content").forEach(st -> all.add(new Granted(null, st)));
        continue;
      }
      String over = d.path("for_each").asText();
      Matcher m = GROUPS.matcher(over);
      if (!m.matches()) {
        problems.add(where + ": dynamic statement over " + over + " cannot be checked (iterate named groups of"
            + " local.statements, as iam.tf does)");
        continue;
      }
      GROUP_FIELDS.forEach(f -> {
        if (!("${statement.value." + f + "}").equals(content.path(f).asText())) {
          problems.add(where + ": the dynamic statement over groups must set " + f + " = statement.value." + f);
        }
      });
      content.fieldNames().forEachRemaining(f -> {
        if (!GROUP_FIELDS.contains(f)) {
          problems.add(where + ": the dynamic statement over groups sets " + f + ", which its groups do not show");
        }
      });
      JsonNode names = tf.local(m.group(2));
      JsonNode groups = tf.local(m.group(3));
      if (!names.isArray()) {
        problems.add(where + ": local." + m.group(2) + " is not a literal list of statement group names");
        continue;
      }
      for (JsonNode name : names) {
        JsonNode group = groups.path(name.asText());
        if (!group.isArray()) {
          problems.add(where + ": statement group " + name.asText() + " is not in local." + m.group(3));
          continue;
        }
        group.forEach(st -> all.add(new Granted(m.group(3) + "." + name.asText(), st)));
      }
    }
    return all;
  }

  /** local name -> its groups, for every local a policy document takes statement groups from. */
  private Map<String, JsonNode> groups() {
    Map<String, JsonNode> m = new java.util.TreeMap<>();
    tf.data("aws_iam_policy_document").values().forEach(doc -> doc.path("dynamic").path("statement").forEach(d -> {
      Matcher g = GROUPS.matcher(d.path("for_each").asText());
      if (g.matches() && tf.local(g.group(3)).isObject()) {
        m.put(g.group(3), tf.local(g.group(3)));
      }
    }));
    return m;
  }

  private void statement(String where, JsonNode st) {
    if (st.has("not_actions") || st.has("not_resources")) {
      out.add(where + ": not_actions/not_resources grant everything else");
    }
    if ("Deny".equals(st.path("effect").asText())) {
      return;
    }
    List<String> actions = new ArrayList<>();
    String actionText = tf.resolve(st.path("actions"));
    if (actionText.contains("\"*\"")) {
      out.add(where + ": action \"*\"");
    }
    Matcher m = QUOTED.matcher(actionText);
    while (m.find()) {
      actions.add(m.group(1));
    }
    if (actions.isEmpty()) {
      out.add(where + ": a statement without literal actions");
    }
    List<String> resources = tf.items(st.path("resources"));
    boolean assume = st.has("principals");
    if (!assume && resources.isEmpty()) {
      out.add(where + ": a statement without resources");
    }
    // X-Ray has no resource-level permissions for writing traces: "*" is allowed there and nowhere else.
    boolean onlyXray = !actions.isEmpty() && actions.stream().allMatch(a -> a.startsWith("xray:"));
    for (String r : resources) {
      if (r.equals("*") && !onlyXray) {
        out.add(where + ": resource \"*\"");
      }
    }
    for (String action : actions) {
      if (action.contains("*")) {
        out.add(where + ": action " + action + " contains *");
        continue;
      }
      String service = action.substring(0, action.indexOf(':'));
      String verb = action.substring(action.indexOf(':') + 1);
      if (!ALLOWED_ACTIONS.getOrDefault(service, Set.of()).contains(verb)) {
        out.add(where + ": action " + action + " is not one the code uses");
        continue;
      }
      if (service.equals("sts") != assume) {
        out.add(where + ": " + action + (assume ? " is the only action a trust policy may grant"
            : " belongs in a trust policy"));
      }
      switch (service) {
        case "bedrock" -> bedrock(where, resources);
        case "dynamodb" -> require(where, action, resources, "aws_dynamodb_table.");
        case "logs" -> require(where, action, resources, "aws_cloudwatch_log_group.");
        case "sqs" -> require(where, action, resources, "aws_sqs_queue.");
        case "lambda" -> require(where, action, resources, "aws_lambda_alias.");
        case "s3" -> s3(where, verb, st, resources);
        default -> { }
      }
    }
  }

  private void bedrock(String where, List<String> resources) {
    for (String r : resources) {
      if (WIDE_MODEL.matcher(r).find() || OTHER_MODEL.matcher(r).find()) {
        out.add(where + ": Bedrock resource is wider than the configured Claude Haiku: " + r);
      } else if (!r.contains("inference-profile/") && !r.contains("foundation-model/")) {
        out.add(where + ": Bedrock resource is neither the inference profile nor its foundation model: " + r);
      } else if (!r.contains("var.bedrock_model_id") && !r.contains("claude-haiku")) {
        out.add(where + ": Bedrock resource does not name the configured Haiku model: " + r);
      }
    }
  }

  private void require(String where, String action, List<String> resources, String ref) {
    for (String r : resources) {
      if (!r.contains(ref) || r.contains("/*") && !ref.equals("aws_cloudwatch_log_group.")) {
        out.add(where + ": " + action + " on " + r + " (expected only the module's " + ref + "..)");
      }
    }
  }

  private void s3(String where, String verb, JsonNode st, List<String> resources) {
    if (verb.equals("ListBucket")) {
      // On the bucket itself, unconditioned: S3 answers 404 (not 403) for a missing key only to a caller
      // that may list, and a prefix condition does not apply to HEAD/GET requests.
      for (String r : resources) {
        if (!r.matches("\\$\\{aws_s3_bucket\\.[a-z_]+\\.arn}")) {
          out.add(where + ": s3:ListBucket on " + r + " (expected only the module's bucket ARN)");
        }
      }
      if (st.has("condition")) {
        out.add(where + ": s3:ListBucket has a condition: a missing key would then answer 403, not 404");
      }
      return;
    }
    for (String r : resources) {
      // corrections/ and markers/ for the corrections functions, examples/ for the services' reviewer verdicts,
      // proposals/ for the weekly summary; content/ is read only.
      boolean ok = r.endsWith("/corrections/*") || r.endsWith("/markers/*") || r.endsWith("/proposals/*")
          || r.endsWith("/examples/*") || r.endsWith("/content/*") && verb.equals("GetObject");
      if (!ok) {
        out.add(where + ": s3:" + verb + " on " + r + " (expected only <bucket>/corrections/*, markers/*, proposals/*,"
            + " examples/* or reading <bucket>/content/*)");
      }
    }
  }
}
