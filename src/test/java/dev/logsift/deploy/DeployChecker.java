package dev.logsift.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the deploy files of a project folder (terraform/, terraform/examples/*, template.yaml, Makefile)
 * against each other and against the code, returning violations; an empty list means consistent.
 */
final class DeployChecker {
  private final Path root;
  private final NodeParsers node;
  private final CodeFacts code;

  /**
   * @param root folder holding terraform/, template.yaml and Makefile (a broken copy in tests)
   * @param node parsers, run from the real project folder that has node_modules
   */
  DeployChecker(Path root, NodeParsers node, ClassLoader loader) {
    this.root = root;
    this.node = node;
    this.code = new CodeFacts(loader, root.resolve("target/logsift.jar"));
  }

  List<String> check() {
    List<String> out = new ArrayList<>();
    Terraform tf = Terraform.load(root.resolve("terraform"), node);
    TerraformChecks tfChecks = new TerraformChecks(tf, code, out);
    tfChecks.run();
    IamChecks iam = new IamChecks(tf, out);
    iam.run();
    Map<String, Set<String>> tfActions = iam.actionsByHandler();
    examples(tf, out);

    SamChecks sam = new SamChecks(node.yaml(root.resolve("template.yaml")), code, read(root.resolve("Makefile")), out);
    sam.run();
    compare(tfChecks.environmentByHandler(), sam.environmentByHandler(), out);
    new ContentDeployChecks(tf, node.yaml(root.resolve("template.yaml")), out).run();
    comparePermissions(tfActions, sam.actionsByHandler(), out);
    return out;
  }

  /**
   * Each SAM function may do what its Terraform twin's role allows, no less and no more. Log and X-Ray
   * writes are left out: SAM grants them itself (basic execution role; Tracing: Active).
   */
  private static void comparePermissions(Map<String, Set<String>> tf, Map<String, Set<String>> sam,
      List<String> out) {
    tf.forEach((handler, tfActions) -> {
      Set<String> samActions = sam.get(handler);
      if (samActions == null) {
        return;
      }
      Set<String> a = withoutImplicit(tfActions);
      Set<String> b = withoutImplicit(samActions);
      Set<String> missing = new TreeSet<>(a);
      missing.removeAll(b);
      Set<String> extra = new TreeSet<>(b);
      extra.removeAll(a);
      if (!missing.isEmpty()) {
        out.add("sam: " + handler + " lacks " + missing + " that terraform grants (the function would be refused)");
      }
      if (!extra.isEmpty()) {
        out.add("sam: " + handler + " grants " + extra + " that terraform does not");
      }
    });
  }

  private static Set<String> withoutImplicit(Set<String> actions) {
    Set<String> s = new TreeSet<>();
    for (String a : actions) {
      if (!a.startsWith("logs:") && !a.startsWith("xray:")) {
        s.add(a);
      }
    }
    return s;
  }

  /** Terraform and SAM run the same handlers with the same variables (per-category routes aside). */
  private static void compare(Map<String, Set<String>> tf, Map<String, Set<String>> sam, List<String> out) {
    if (!tf.keySet().equals(sam.keySet())) {
      out.add("terraform and sam: handlers differ: terraform " + new TreeSet<>(tf.keySet()) + ", sam "
          + new TreeSet<>(sam.keySet()));
    }
    tf.forEach((handler, tfNames) -> {
      Set<String> samNames = sam.get(handler);
      if (samNames == null) {
        return;
      }
      Set<String> a = withoutPerCategory(tfNames);
      Set<String> b = withoutPerCategory(samNames);
      if (!a.equals(b)) {
        Set<String> onlyTf = new TreeSet<>(a);
        onlyTf.removeAll(b);
        Set<String> onlySam = new TreeSet<>(b);
        onlySam.removeAll(a);
        out.add("terraform and sam: variables of " + handler + " differ: only in terraform " + onlyTf
            + ", only in sam " + onlySam);
      }
    });
  }

  private static Set<String> withoutPerCategory(Set<String> names) {
    Set<String> s = new TreeSet<>();
    for (String n : names) {
      boolean perCategory = n.endsWith("*") || CodeFacts.categories().stream().anyMatch(c -> n.endsWith("_" + c));
      if (!perCategory) {
        s.add(n);
      }
    }
    return s;
  }

  /** Each example passes only variables the module has, and every variable the module requires. */
  private void examples(Terraform module, List<String> out) {
    Path examples = root.resolve("terraform/examples");
    if (!Files.isDirectory(examples)) {
      out.add("terraform: no examples/ folder");
      return;
    }
    List<Path> dirs;
    try (var s = Files.list(examples)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (dirs.isEmpty()) {
      out.add("terraform: no example under examples/");
    }
    Set<String> meta = Set.of("source", "version", "providers", "depends_on", "count", "for_each");
    for (Path dir : dirs) {
      Terraform ex = Terraform.load(dir, node);
      ex.modules.forEach((name, m) -> {
        String where = "terraform: examples/" + dir.getFileName() + " module." + name;
        m.fieldNames().forEachRemaining(arg -> {
          if (!meta.contains(arg) && !module.variables.containsKey(arg)) {
            out.add(where + ": argument " + arg + " is not a variable of the module");
          }
        });
        module.variables.forEach((var, v) -> {
          if (!v.has("default") && !m.has(var)) {
            out.add(where + ": required variable " + var + " is not set");
          }
        });
      });
    }
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
