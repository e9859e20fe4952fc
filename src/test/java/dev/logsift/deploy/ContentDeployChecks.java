package dev.logsift.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.logsift.app.ClassifierHandler;
import dev.logsift.app.Config;
import dev.logsift.app.CorrectionsPollHandler;
import dev.logsift.content.PublishedContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 14's deploy pieces: prompts, known failures and owners published to S3 with etags and a version
 * marker written last, the classifier allowed to read content/ only, and the weekly summary schedule.
 */
final class ContentDeployChecks {
  private final Terraform tf;
  private final JsonNode sam;
  private final List<String> out;
  private final IamChecks iam;

  ContentDeployChecks(Terraform tf, JsonNode sam, List<String> out) {
    this.tf = tf;
    this.sam = sam;
    this.out = out;
    this.iam = new IamChecks(tf, new ArrayList<>());
  }

  void run() {
    published();
    classifierReadsContent();
    weekly();
    samTemplate();
  }

  private void published() {
    Map<String, JsonNode> objects = tf.resources("aws_s3_object");
    JsonNode files = objects.values().stream().filter(o -> o.has("for_each")).findFirst().orElse(null);
    if (files == null || !tf.resolve(files.path("for_each")).contains("fileset(")
        || !tf.resolve(files.path("for_each")).contains("known-failures/") || !tf.resolve(files.path("for_each"))
        .contains("prompts/")) {
      out.add("terraform: no aws_s3_object over fileset() of prompts/ and known-failures/");
      return;
    }
    if (!files.path("etag").asText().contains("filemd5(")) {
      out.add("terraform: published content objects have no etag = filemd5(...) (edits would not be uploaded)");
    }
    if (!files.path("key").asText().startsWith(PublishedContent.PREFIX)) {
      out.add("terraform: published content keys are not under " + PublishedContent.PREFIX);
    }
    JsonNode marker = objects.values().stream().filter(o -> PublishedContent.MARKER.equals(o.path("key").asText()))
        .findFirst().orElse(null);
    if (marker == null) {
      out.add("terraform: no aws_s3_object for " + PublishedContent.MARKER);
    } else if (!marker.path("depends_on").toString().contains("aws_s3_object.")) {
      out.add("terraform: " + PublishedContent.MARKER + " does not depend on the content objects (it must be written last)");
    } else if (!tf.resolve(marker.path("content")).contains("logsift-content 1")) {
      out.add("terraform: " + PublishedContent.MARKER + " content does not start with the marker header");
    }
  }

  private void classifierReadsContent() {
    Map.Entry<String, JsonNode> fn = function(ClassifierHandler.class);
    if (fn == null || !tf.resolve(fn.getValue().path("environment").path(0).path("variables"))
        .contains(Config.CONTENT_BUCKET)) {
      out.add("terraform: the classifier's environment lacks " + Config.CONTENT_BUCKET);
    }
    if (fn == null || !grants(fn.getValue(), "s3:GetObject", "/content/*")) {
      out.add("terraform: the classifier's role may not read <bucket>/content/*");
    }
  }

  private void weekly() {
    Map.Entry<String, JsonNode> fn = function(CorrectionsPollHandler.class);
    String version = fn == null ? null : "aws_lambda_function." + fn.getKey() + ".version";
    boolean scheduled = tf.resources("aws_lambda_alias").entrySet().stream()
        .filter(a -> version != null && a.getValue().path("function_version").asText().contains(version))
        .anyMatch(a -> tf.resources("aws_scheduler_schedule").values().stream()
            .anyMatch(s -> s.path("target").path(0).path("arn").asText().contains("aws_lambda_alias." + a.getKey() + ".")
                && s.path("target").path(0).path("input").asText().contains(CorrectionsPollHandler.WEEKLY_JOB)));
    if (!scheduled) {
      out.add("terraform: no aws_scheduler_schedule runs the " + CorrectionsPollHandler.WEEKLY_JOB
          + " job on the corrections poll alias");
    }
    if (fn == null || !grants(fn.getValue(), "s3:PutObject", "/proposals/*")) {
      out.add("terraform: the corrections poll's role may not write <bucket>/proposals/*");
    }
  }

  /** The function (instance name and block) running the handler class, or null. */
  private Map.Entry<String, JsonNode> function(Class<?> handler) {
    return tf.resources("aws_lambda_function").entrySet().stream()
        .filter(e -> tf.literal(e.getValue().path("handler")).orElse("").startsWith(handler.getName() + "::"))
        .findFirst().orElse(null);
  }

  private boolean grants(JsonNode fn, String action, String resourceSuffix) {
    return iam.functionStatements(fn).stream().anyMatch(st -> tf.resolve(st.path("actions")).contains("\"" + action + "\"")
        && tf.items(st.path("resources")).stream().anyMatch(r -> r.endsWith(resourceSuffix)));
  }

  private void samTemplate() {
    JsonNode res = sam.path("Resources");
    JsonNode classifier = res.path("ClassifierFunction").path("Properties");
    if (!classifier.path("Environment").path("Variables").has(Config.CONTENT_BUCKET)) {
      out.add("sam: ClassifierFunction: environment lacks " + Config.CONTENT_BUCKET);
    }
    String policies = classifier.path("Policies").toString();
    if (!policies.contains("s3:GetObject") || !policies.contains("/content/*") || policies.contains("PutObject")) {
      out.add("sam: ClassifierFunction: Policies must allow s3:GetObject on <bucket>/content/* only");
    }
    JsonNode poll = res.path("CorrectionsPollFunction").path("Properties");
    if (!poll.path("Events").toString().contains(CorrectionsPollHandler.WEEKLY_JOB)) {
      out.add("sam: CorrectionsPollFunction: no schedule event for the " + CorrectionsPollHandler.WEEKLY_JOB + " job");
    }
    if (!poll.path("Policies").toString().contains("/proposals/*")) {
      out.add("sam: CorrectionsPollFunction: Policies lack <bucket>/proposals/*");
    }
  }
}
