package dev.logsift.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Checks of template.yaml (used for `sam build` and `sam local invoke`). */
final class SamChecks {
  private final JsonNode template;
  private final CodeFacts code;
  private final String makefile;
  private final List<String> out;

  /** @param makefile the Makefile's text, whose build-&lt;Function&gt; targets `sam build` calls */
  SamChecks(JsonNode template, CodeFacts code, String makefile, List<String> out) {
    this.template = template;
    this.code = code;
    this.makefile = makefile;
    this.out = out;
  }

  /** Logical id -> the function's properties with Globals.Function applied. */
  Map<String, JsonNode> functions() {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    JsonNode globals = template.path("Globals").path("Function");
    template.path("Resources").fields().forEachRemaining(e -> {
      if ("AWS::Serverless::Function".equals(e.getValue().path("Type").asText())) {
        ObjectNode props = globals.isObject() ? ((ObjectNode) globals).deepCopy() : JsonNodeFactory.instance.objectNode();
        e.getValue().path("Properties").fields().forEachRemaining(p -> props.set(p.getKey(), p.getValue()));
        m.put(e.getKey(), props);
      }
    });
    return m;
  }

  /** handler -> variable names set on that function. */
  Map<String, Set<String>> environmentByHandler() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    functions().values().forEach(f -> m.put(f.path("Handler").asText(), envNames(f)));
    return m;
  }

  void run() {
    Map<String, JsonNode> functions = functions();
    if (functions.isEmpty()) {
      out.add("sam: no AWS::Serverless::Function in template.yaml");
    }
    functions.forEach((id, f) -> {
      String where = "sam: " + id;
      if (!"java21".equals(f.path("Runtime").asText())) {
        out.add(where + ": Runtime is not java21");
      }
      if (!"PublishedVersions".equals(f.path("SnapStart").path("ApplyOn").asText())) {
        out.add(where + ": no SnapStart ApplyOn PublishedVersions");
      }
      if (f.path("AutoPublishAlias").asText("").isBlank()) {
        out.add(where + ": no AutoPublishAlias (SnapStart applies to published versions only)");
      }
      String handler = f.path("Handler").asText("");
      String problem = code.problemWithHandler(handler);
      if (problem != null) {
        out.add(where + ": Handler " + handler + ": " + problem);
      }
      Set<String> env = envNames(f);
      for (String var : env) {
        String p = code.problemWithVariable(var);
        if (p != null) {
          out.add(where + ": environment variable " + var + " " + p);
        }
      }
      for (String missing : CodeFacts.missingFor(handler, env)) {
        out.add(where + ": environment lacks " + missing + " that " + handler + " needs");
      }
      JsonNode resource = template.path("Resources").path(id);
      if ("makefile".equals(resource.path("Metadata").path("BuildMethod").asText()) && !hasTarget("build-" + id)) {
        out.add(where + ": BuildMethod makefile but the Makefile has no build-" + id + " target");
      }
    });
  }

  /** Whether a rule line ("a b: deps") of the Makefile names the target. */
  private boolean hasTarget(String target) {
    for (String line : makefile.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.startsWith("#") && !Character.isWhitespace(line.charAt(0))
          && !line.substring(0, colon).contains("=")
          && List.of(line.substring(0, colon).trim().split("\\s+")).contains(target)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> envNames(JsonNode f) {
    Set<String> names = new TreeSet<>();
    f.path("Environment").path("Variables").fieldNames().forEachRemaining(names::add);
    return names;
  }
}
