package dev.logsift.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The .tf files of one folder merged into one view, as Terraform merges them. Expressions stay text
 * ("${...}"); {@link #resolve} inlines local values so checks see what a reference stands for. A block with
 * {@code for_each = local.X} over a literal map becomes one instance per key, named as Terraform addresses
 * it ({@code function["classifier"]}), with each.key and each.value replaced by the key and by
 * {@code local.X.<key>}: the checks then read each instance like a block written out by hand.
 */
final class Terraform {
  private static final Pattern LOCAL_REF = Pattern.compile("local\\.([a-z0-9_]+)((?:\\.[a-z0-9_]+)*)");
  private static final Pattern WHOLE_LOCAL = Pattern.compile("^\\$\\{local\\.([a-z0-9_]+)((?:\\.[a-z0-9_]+)*)}$");
  private static final Pattern FOR_EACH_LOCAL = Pattern.compile("^\\$\\{local\\.([a-z0-9_]+)}$");
  private static final Pattern EACH_KEY = Pattern.compile("\\beach\\.key\\b");
  private static final Pattern EACH_VALUE = Pattern.compile("\\beach\\.value\\b");

  /** kind ("resource", "data") -> type -> name -> block. */
  private final Map<String, Map<String, Map<String, JsonNode>>> blocks = new LinkedHashMap<>();
  final Map<String, JsonNode> variables = new LinkedHashMap<>();
  final Map<String, JsonNode> outputs = new LinkedHashMap<>();
  final Map<String, JsonNode> locals = new LinkedHashMap<>();
  final Map<String, JsonNode> modules = new LinkedHashMap<>();

  static Terraform load(Path dir, NodeParsers node) {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".tf")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no .tf files in " + dir);
    }
    Terraform tf = new Terraform();
    node.hcl(files).elements().forEachRemaining(tf::add);
    tf.blocks.values().forEach(types -> types.values().forEach(tf::expandForEach));
    return tf;
  }

  private void add(JsonNode file) {
    for (String kind : List.of("resource", "data")) {
      file.path(kind).fields().forEachRemaining(type -> type.getValue().fields().forEachRemaining(named ->
          blocks.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(type.getKey(),
              k -> new LinkedHashMap<>()).put(named.getKey(), named.getValue().get(0))));
    }
    file.path("variable").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().get(0)));
    file.path("output").fields().forEachRemaining(e -> outputs.put(e.getKey(), e.getValue().get(0)));
    file.path("module").fields().forEachRemaining(e -> modules.put(e.getKey(), e.getValue().get(0)));
    file.path("locals").elements().forEachRemaining(l -> l.fields().forEachRemaining(e ->
        locals.put(e.getKey(), e.getValue())));
  }

  /** Replaces each block iterating a literal map of locals by its instances (after all files, for the locals). */
  private void expandForEach(Map<String, JsonNode> named) {
    Map<String, JsonNode> expanded = new LinkedHashMap<>();
    named.forEach((name, block) -> {
      Matcher m = FOR_EACH_LOCAL.matcher(block.path("for_each").asText(""));
      JsonNode map = m.matches() ? locals.get(m.group(1)) : null;
      if (map == null || !map.isObject()) {
        expanded.put(name, block);
        return;
      }
      map.fieldNames().forEachRemaining(key -> expanded.put(name + "[\"" + key + "\"]",
          instance(block, key, "local." + m.group(1) + "." + key)));
    });
    named.clear();
    named.putAll(expanded);
  }

  private static JsonNode instance(JsonNode node, String key, String valueRef) {
    if (node.isTextual()) {
      String text = node.asText().replace("${each.key}", key);
      text = EACH_KEY.matcher(text).replaceAll(Matcher.quoteReplacement("\"" + key + "\""));
      return TextNode.valueOf(EACH_VALUE.matcher(text).replaceAll(Matcher.quoteReplacement(valueRef)));
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), instance(e.getValue(), key, valueRef)));
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> copy.add(instance(item, key, valueRef)));
      return copy;
    }
    return node;
  }

  Map<String, JsonNode> resources(String type) {
    return blocks.getOrDefault("resource", Map.of()).getOrDefault(type, Map.of());
  }

  Map<String, JsonNode> data(String type) {
    return blocks.getOrDefault("data", Map.of()).getOrDefault(type, Map.of());
  }

  /** A value that is exactly one local reference is replaced by that local's value, recursively. */
  JsonNode deref(JsonNode value) {
    for (int depth = 0; depth < 10 && value.isTextual(); depth++) {
      Matcher m = WHOLE_LOCAL.matcher(value.asText());
      if (!m.matches()) {
        return value;
      }
      value = navigate(m.group(1), m.group(2));
    }
    return value;
  }

  /** The literal text of a value, if it is one (directly or through locals). */
  Optional<String> literal(JsonNode value) {
    JsonNode v = deref(value);
    if (v.isTextual() && !v.asText().contains("${")) {
      return Optional.of(v.asText());
    }
    if (v.isBoolean() || v.isNumber()) {
      return Optional.of(v.asText());
    }
    return Optional.empty();
  }

  /** The value's text with every local reference inlined (for substring checks on expressions). */
  String resolve(JsonNode value) {
    String text = value.isTextual() ? value.asText() : value.toString();
    for (int depth = 0; depth < 10; depth++) {
      Matcher m = LOCAL_REF.matcher(text);
      StringBuilder sb = new StringBuilder();
      boolean any = false;
      while (m.find()) {
        JsonNode target = navigate(m.group(1), m.group(2));
        if (!target.isMissingNode()) {
          any = true;
          m.appendReplacement(sb, Matcher.quoteReplacement(target.isTextual() ? target.asText() : target.toString()));
        }
      }
      m.appendTail(sb);
      text = sb.toString();
      if (!any) {
        break;
      }
    }
    return text;
  }

  /** The items of a list value (each resolved), or the whole resolved expression as one item. */
  List<String> items(JsonNode value) {
    JsonNode v = deref(value);
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (Iterator<JsonNode> it = v.elements(); it.hasNext(); ) {
        out.add(resolve(it.next()));
      }
    } else if (!v.isMissingNode() && !v.isNull()) {
      out.add(resolve(v));
    }
    return out;
  }

  /** The value at local.NAME.a.b (given as "NAME.a.b"), or a missing node. */
  JsonNode local(String path) {
    int dot = path.indexOf('.');
    return dot < 0 ? navigate(path, "") : navigate(path.substring(0, dot), path.substring(dot));
  }

  private JsonNode navigate(String local, String path) {
    JsonNode n = locals.getOrDefault(local, MissingNode.getInstance());
    if (!path.isEmpty()) {
      for (String part : path.substring(1).split("\\.")) {
        n = n.path(part);
      }
    }
    return n;
  }
}
