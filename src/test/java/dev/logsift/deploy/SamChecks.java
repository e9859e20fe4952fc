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
      if (!"Active".equals(f.path("Tracing").asText())) {
        out.add(where + ": Tracing is not Active");
      }
      policies(where, f.path("Policies"));
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

  /** handler -> every action the function's inline policy statements allow (conditional ones included). */
  Map<String, Set<String>> actionsByHandler() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    functions().values().forEach(f -> {
      Set<String> actions = new TreeSet<>();
      for (JsonNode st : statements(f.path("Policies"))) {
        JsonNode a = st.path("Action");
        if (a.isTextual()) {
          actions.add(a.asText());
        }
        a.forEach(x -> actions.add(x.asText()));
      }
      m.put(f.path("Handler").asText(), actions);
    });
    return m;
  }

  /**
   * Statements of the inline policy documents; a statement inside Fn::If counts (it is granted whenever the
   * resource it names is configured). SAM policy templates and managed policies are refused: each is wider
   * than what the code calls, and least privilege is checked on the statements.
   */
  private static List<JsonNode> statements(JsonNode policies) {
    List<JsonNode> out = new java.util.ArrayList<>();
    for (JsonNode p : policies) {
      for (JsonNode st : p.path("Statement")) {
        JsonNode branch = st.has("Fn::If") ? st.path("Fn::If").path(1) : st;
        if (branch.isObject() && branch.has("Effect")) {
          out.add(branch);
        }
      }
    }
    return out;
  }

  private void policies(String where, JsonNode policies) {
    for (JsonNode p : policies) {
      if (!p.has("Statement")) {
        out.add(where + ": policy " + p + " is a managed policy or SAM policy template; grant the actions inline");
      }
    }
    for (JsonNode st : statements(policies)) {
      List<String> actions = new java.util.ArrayList<>();
      JsonNode a = st.path("Action");
      if (a.isTextual()) {
        actions.add(a.asText());
      }
      a.forEach(x -> actions.add(x.asText()));
      boolean onlyXray = actions.stream().allMatch(x -> x.startsWith("xray:"));
      for (String action : actions) {
        if (action.contains("*")) {
          out.add(where + ": action " + action + " contains *");
        }
      }
      if (!onlyXray && (st.path("Resource").asText().equals("*") || st.path("Resource").toString().contains("\"*\""))) {
        out.add(where + ": resource \"*\" for " + actions);
      }
      if (st.path("Resource").isMissingNode()) {
        out.add(where + ": a statement without Resource");
      }
    }
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
