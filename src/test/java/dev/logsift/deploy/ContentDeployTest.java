package dev.logsift.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published-content and weekly-summary deploy checks fail on each deliberate mistake (issue 14). */
class ContentDeployTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).toAbsolutePath();
  private static final NodeParsers NODE = new NodeParsers(ROOT);

  record Mistake(String file, String from, String to, String expected) {}

  static final List<Mistake> MISTAKES = List.of(
      new Mistake("terraform/content.tf", "  etag         = filemd5(\"${local.content_root}/${each.value}\")\n", "",
          "no etag = filemd5"),
      new Mistake("terraform/content.tf", "  depends_on = [aws_s3_object.content]\n", "", "must be written last"),
      new Mistake("terraform/iam.tf", "resources = [\"${aws_s3_bucket.corrections.arn}/content/*\"]",
          "resources = [\"${aws_s3_bucket.corrections.arn}/*\"]", "expected only <bucket>/corrections/*"),
      new Mistake("terraform/iam.tf", "actions   = [\"s3:GetObject\"]\n        resources = [\"${aws_s3_bucket.corrections.arn}/content/*\"]",
          "actions   = [\"s3:GetObject\", \"s3:PutObject\"]\n        resources = [\"${aws_s3_bucket.corrections.arn}/content/*\"]",
          "s3:PutObject on ${aws_s3_bucket.corrections.arn}/content/*"),
      new Mistake("terraform/lambda.tf", "        CONTENT_BUCKET                     = aws_s3_bucket.corrections.bucket\n", "",
          "the classifier's environment lacks CONTENT_BUCKET"),
      new Mistake("terraform/lambda.tf", "\"failed_batches\", \"content_read\"]", "\"failed_batches\"]",
          "the classifier's role may not read <bucket>/content/*"),
      new Mistake("terraform/lambda.tf", "\"examples_write\", \"weekly_proposals\"]", "\"examples_write\"]",
          "the corrections poll's role may not write <bucket>/proposals/*"),
      new Mistake("terraform/weekly.tf", "logsift_job = \"weekly-summary\"", "logsift_job = \"weekly\"",
          "no aws_scheduler_schedule runs the weekly-summary job"),
      new Mistake("template.yaml", "              Action: s3:GetObject\n", "              Action: s3:*\n",
          "ClassifierFunction: Policies must allow s3:GetObject"),
      new Mistake("template.yaml", "Input: '{\"logsift_job\":\"weekly-summary\"}'", "Input: '{}'",
          "CorrectionsPollFunction: no schedule event"));

  @Test
  void theRealFilesPassAndEachMistakeIsReported(@TempDir Path scratch) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (int i = 0; i < MISTAKES.size(); i++) {
      Mistake m = MISTAKES.get(i);
      Path dir = scratch.resolve("m" + i);
      copy(dir);
      Path f = dir.resolve(m.file());
      String text = Files.readString(f);
      assertNotEquals(text, text.replace(m.from(), m.to()), "mistake not applicable: " + m.from());
      Files.writeString(f, text.replace(m.from(), m.to()));
      dirs.add(dir);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(scratch)) {
      files = s.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".yaml")).toList();
    }
    NODE.parse(files);

    List<String> real = new DeployChecker(ROOT, NODE, getClass().getClassLoader()).check();
    assertEquals(List.of(), real.stream().filter(v -> MISTAKES.stream().anyMatch(m -> v.contains(m.expected()))).toList());
    for (int i = 0; i < MISTAKES.size(); i++) {
      List<String> v = new DeployChecker(dirs.get(i), NODE, getClass().getClassLoader()).check();
      String expected = MISTAKES.get(i).expected();
      assertTrue(v.stream().anyMatch(x -> x.contains(expected)), "expected '" + expected + "' in " + v);
    }
  }

  private static void copy(Path dir) throws IOException {
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
