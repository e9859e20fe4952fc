package dev.logsift.deploy;

import dev.logsift.app.Config;
import dev.logsift.classify.Category;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * What the code says, for comparing the deploy files against: the variables {@link Config} reads, which
 * of them are secrets, the per-category prefixes, and whether a handler class exists in the build.
 */
final class CodeFacts {
  /** Set by the Lambda runtime or read by the AWS SDK / JVM themselves, not by Config. */
  static final Set<String> RUNTIME_VARIABLES = Set.of("AWS_REGION", "JAVA_TOOL_OPTIONS", "AWS_LAMBDA_EXEC_WRAPPER",
      "AWS_ENDPOINT_URL");

  /** Settings each handler cannot work without (a secret counts when set directly or as X_SSM_PARAM). */
  static final Map<String, List<String>> REQUIRED_BY_HANDLER = Map.of(
      "dev.logsift.app.ClassifierHandler::handleRequest", List.of(Config.DEDUP_TABLE, Config.BEDROCK_MODEL_ID),
      "dev.logsift.app.CorrectionsPollHandler::handleRequest", List.of(Config.DEDUP_TABLE, Config.CORRECTIONS_BUCKET,
          Config.DISCORD_CHANNEL_ID, Config.DISCORD_BOT_TOKEN),
      "dev.logsift.app.SlackEventsHandler::handleRequest", List.of(Config.DEDUP_TABLE, Config.CORRECTIONS_BUCKET,
          Config.SLACK_SIGNING_SECRET, Config.SLACK_BOT_TOKEN));

  private final ClassLoader loader;
  private final Path jar;

  /** @param jar the built jar, checked as well when it exists */
  CodeFacts(ClassLoader loader, Path jar) {
    this.loader = loader;
    this.jar = jar;
  }

  static Set<String> categories() {
    Set<String> s = new TreeSet<>();
    Arrays.stream(Category.values()).forEach(c -> s.add(c.name()));
    return s;
  }

  /** Why a variable name may not be set by a deploy file, or null if it may. */
  String problemWithVariable(String name) {
    if (name.endsWith("*")) {
      String prefix = name.substring(0, name.length() - 1);
      if (prefix.equals(Config.DISCORD_WEBHOOK_URL_PREFIX)) {
        return "per-category Discord webhook URLs are secrets and have no SSM form in Config";
      }
      return prefix.equals(Config.SLACK_CHANNEL_ID_PREFIX) ? null : "is not a per-category prefix Config reads";
    }
    if (Config.SECRETS.contains(name)) {
      return "is a secret: set " + name + Config.SSM_PARAM_SUFFIX + " (an SSM parameter name) instead";
    }
    if (Config.VARIABLES.contains(name) || RUNTIME_VARIABLES.contains(name)) {
      return null;
    }
    return "is not read by the code (dev.logsift.app.Config.VARIABLES)";
  }

  /** Required settings of the handler missing from the given variable names. */
  static List<String> missingFor(String handler, Set<String> names) {
    return REQUIRED_BY_HANDLER.getOrDefault(handler, List.of()).stream()
        .filter(v -> !names.contains(v) && !names.contains(v + Config.SSM_PARAM_SUFFIX))
        .toList();
  }

  /** Why the handler ("pkg.Class::method") cannot be loaded by Lambda, or null if it can. */
  String problemWithHandler(String handler) {
    int sep = handler.indexOf("::");
    String cls = sep < 0 ? handler : handler.substring(0, sep);
    String method = sep < 0 ? "handleRequest" : handler.substring(sep + 2);
    Class<?> c;
    try {
      c = Class.forName(cls, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return "class " + cls + " is not in the build";
    }
    boolean found = false;
    for (Method m : c.getMethods()) {
      found |= m.getName().equals(method) && Modifier.isPublic(m.getModifiers());
    }
    if (!found) {
      return "class " + cls + " has no public method " + method;
    }
    if (jar != null && Files.isRegularFile(jar)) {
      try (JarFile j = new JarFile(jar.toFile())) {
        if (j.getEntry(cls.replace('.', '/') + ".class") == null) {
          return "class " + cls + " is not in " + jar.getFileName() + " (rebuild with `make build`)";
        }
      } catch (IOException e) {
        return "cannot read " + jar + ": " + e.getMessage();
      }
    }
    return null;
  }
}
