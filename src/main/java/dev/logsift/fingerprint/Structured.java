package dev.logsift.fingerprint;

import dev.logsift.core.JsonStreams;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON and logfmt lines carry timestamps, request ids and levels beside the message; only the
 * message, error and stack fields decide the fingerprint, with the fields that say how it failed
 * (status, reason, exit code: see words codefield).
 */
final class Structured {
  private static final String ANY = "<*>";
  private static final JsonFactory JSON = JsonStreams.FACTORY;
  /** Fields of a nested error object that name it, and those that describe it (written after). */
  private static final String[] NESTED_TYPE = {"type", "kind", "name", "errortype"};
  private static final String[] NESTED_TEXT = {"message", "msg", "errormessage", "errmsg"};
  /** Keys of a nested error's cause: the innermost one is the root cause (Elasticsearch's caused_by). */
  private static final String[] CAUSES = {"caused_by", "cause", "root_cause"};
  /**
   * Keys of the more specific error inside an error object: Microsoft's REST and OData "innererror" (Dynamics,
   * Graph, Azure), whose outer message is often only "An error has occurred.".
   */
  private static final String[] INNER = {"innererror", "inner_error", "innerexception", "internalexception"};

  /** Code fields kept beside the message, at most; their values at most this long. */
  private static final int MAX_CODES = 5;
  private static final int MAX_CODE_CHARS = 32;

  /**
   * What decides the fingerprint: the text (message fields in rule order joined by " | ", then a newline
   * and the stack) and the code fields beside it ("status=503 reason=OOMKilled", empty when none), kept
   * as written.
   */
  record Fields(String text, String codes) {}

  private final WordSet messageKeys;
  /** Message keys whose object is not an error object (Step Functions' "details"): read as any object. */
  private final WordSet textOnlyKeys;
  private final WordSet errorListKeys;
  /** Words of failure inside an error constant, in capitals (see failureConstant). */
  private final String[] failureConstantWords;
  private final WordSet stackKeys;
  private final WordSet codeFields;
  private final WordSet nameFields;
  private final WordSet routeFields;
  private final WordSet dataCodes;
  private final WordSet operationFields;
  private final String[] codeSuffixes;
  private final WordSet loggerKeys;
  private final WordSet clientKeys;
  private final WordSet outputKeys;
  private final WordSet carrierKeys;
  private final WordSet paramFields;
  private final WordSet failureTextWords;
  private final WordSet contentKeys;
  private final WordSet arnServices;
  private final WordSet detailKeys;
  private final WordSet severityCarrierKeys;
  private final String[] messageOrder;

  Structured(Rules rules, String[] messageOrder) {
    this.messageKeys = rules.words("messagekey");
    this.textOnlyKeys = rules.words("textonlykey");
    this.stackKeys = rules.words("stackkey");
    this.codeFields = rules.words("codefield");
    this.nameFields = rules.words("namefield");
    this.routeFields = rules.words("routefield");
    this.dataCodes = rules.words("datacode");
    this.operationFields = rules.words("operationfield");
    this.codeSuffixes = rules.list("codesuffix").toArray(new String[0]);
    this.loggerKeys = rules.words("loggerkey");
    this.clientKeys = rules.words("clientkey");
    this.outputKeys = rules.words("outputkey");
    this.carrierKeys = rules.words("carrierkey");
    this.errorListKeys = rules.words("errorlistkey");
    this.failureConstantWords = rules.list("failureconstant").stream().map(w -> w.toUpperCase(java.util.Locale.ROOT))
        .toArray(String[]::new);
    this.paramFields = rules.words("paramfield");
    this.failureTextWords = rules.words("failuretext");
    this.contentKeys = rules.words("contentkey");
    this.arnServices = rules.words("arnservice");
    this.detailKeys = rules.words("detailkey");
    this.severityCarrierKeys = rules.words("severitycarrierkey");
    this.messageOrder = messageOrder;
  }

  /** The fields of a JSON or logfmt line, or null when the line is not one. */
  Fields extract(String line) {
    int n = line.length();
    if (n > 1 && line.charAt(0) == '{' && line.charAt(n - 1) == '}') {
      return json(line);
    }
    if (n > 4 && Shapes.letter(line.charAt(0)) && hasMessageKey(line)) {
      return logfmt(line);
    }
    return null;
  }

  /** Whether the line holds "msg=" or "message=" (two vectorised searches; a key=value line has many '='). */
  private static boolean hasMessageKey(String line) {
    return line.indexOf("msg=") >= 0 || line.indexOf("message=") >= 0;
  }

  private Fields json(String line) {
    JsonEvent e = new JsonEvent();
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      fields(p, e, true);
    } catch (IOException x) {
      return null; // not JSON after all: the caller masks it as plain text
    }
    describedCodes(e.scalars, e.codes);
    templateRoute(e);
    if (e.found.isEmpty() && e.stack == null && e.nestedMessage != null) {
      // Ansible's callback event, {"_event":"v2_runner_on_failed","hosts":{"pe-1":{"failed":true,"msg":"command
      // timeout triggered, ..."}}}: without a message of its own, an event's is the one its objects hold
      e.found.put("msg", e.nestedMessage);
    }
    if (e.found.isEmpty() && e.stack == null) {
      for (StringBuilder more : new StringBuilder[] {e.asideCodes, e.asideOnly}) {
        e.codes.append(e.codes.isEmpty() || more.isEmpty() ? "" : " ").append(more);
      }
      return withoutMessage(e.others, e.aside, e.codes, e.details.append(e.asideDetails));
    }
    // beside a message, the codes of its objects say how it failed too (Databricks'
    // "termination_details":{"code":"SPOT_INSTANCE_TERMINATION"}), after the line's own
    appendCodes(e.asideCodes, e.codes);
    if (e.stack == null && e.found.size() == 1 && e.found.values().iterator().next().indexOf(' ') < 0) {
      // Fivetran's {"event":"sync_end","data":{"status":"FAILURE_WITH_TASK",...}}: an event's name is no message,
      // the codes of its objects say how it failed
      appendCodes(e.asideOnly, e.codes);
    }
    return join(e.found, e.stack, e.codes, e.details);
  }

  /**
   * Serilog's request log, "@mt":"HTTP {RequestMethod} {RequestPath} responded {StatusCode} ...": the template
   * names the request, so its route (ids masked) says which endpoint failed, as an access line's does. Only when
   * the template holds the path: ASP.NET puts RequestPath on every event of a request, where it is only where.
   */
  private static void templateRoute(JsonEvent e) {
    String template = e.found.get("@mt");
    if (template == null || !template.contains("{RequestPath}")) {
      return;
    }
    String method = null;
    String path = null;
    for (int i = 0; i + 1 < e.scalars.size(); i += 2) {
      String k = e.scalars.get(i);
      if (k.equals("RequestMethod")) {
        method = e.scalars.get(i + 1);
      } else if (k.equals("RequestPath")) {
        path = e.scalars.get(i + 1);
      }
    }
    String route = path == null || !path.startsWith("/") ? null
        : route((method != null && method.length() <= 7 ? method + " " : "") + path);
    if (route != null) {
      appendCode("request", 0, 7, route, e.codes);
    }
  }

  /**
   * An HTTP client error's request ({"method":"post","url":"https://api.stripe.com/v1/refunds"}): its method
   * and route, ids masked, say which call failed; the host is left out (a tenant's sub-domain is a value).
   */
  private static void request(JsonParser p, StringBuilder codes) throws IOException {
    String method = null;
    String url = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String k = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_STRING && k.equals("method")) {
        method = p.getText().toUpperCase(java.util.Locale.ROOT);
      } else if (v == JsonToken.VALUE_STRING && k.equals("url")) {
        url = p.getText();
      } else {
        p.skipChildren();
      }
    }
    if (url == null) {
      return;
    }
    int scheme = url.indexOf("://");
    int path = scheme > 0 ? url.indexOf('/', scheme + 3) : url.startsWith("/") ? 0 : -1;
    String route = path < 0 ? null : route((method != null && method.length() <= 7 ? method + " " : "") + url.substring(path));
    if (route != null) {
      appendCode("request", 0, 7, route, codes);
    }
  }

  /**
   * The exceptions of an array of them, as "Type: message | Type: message" (up to four): a chain is written
   * innermost first by some (Sentry) and outermost first by others, and each says which failure it is.
   */
  private static void exceptions(JsonParser p, JsonEvent e) throws IOException {
    String first = null;
    String pair = null;
    int strings = 0;
    int count = 0;
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_STRING && strings++ < 2) {
        // lograge's "exception":["ActiveRecord::RecordNotUnique","PG::UniqueViolation: ..."]: the class, its message
        pair = pair == null ? p.getText() : pair + ": " + p.getText();
        continue;
      }
      if (t != JsonToken.START_OBJECT || count++ >= 4) {
        p.skipChildren();
        continue;
      }
      String type = null;
      String text = null;
      for (JsonToken u = p.nextToken(); u == JsonToken.FIELD_NAME; u = p.nextToken()) {
        String k = p.currentName().toLowerCase(java.util.Locale.ROOT);
        JsonToken w = p.nextToken();
        // structlog's dict_tracebacks: {"exc_type":"ReadTimeout","exc_value":"...","frames":[...]}
        if (w == JsonToken.VALUE_STRING && type == null && (isOneOf(k, NESTED_TYPE) || k.equals("typename")
            || k.equals("errorclass") || k.equals("exc_type"))) {
          type = p.getText();
        } else if (w == JsonToken.VALUE_STRING && text == null && (isOneOf(k, NESTED_TEXT) || k.equals("value")
            || k.equals("exc_value"))) {
          text = p.getText();
        } else {
          p.skipChildren();
        }
      }
      String one = type == null ? text : text == null ? type : type + ": " + text;
      if (one != null) {
        first = first == null ? one : first + " | " + one;
      }
    }
    if (first == null) {
      first = pair;
    }
    if (first != null) {
      e.found.putIfAbsent("exception", first);
    }
  }

  /** What a JSON event's fields said so far. */
  private static final class JsonEvent {
    final Map<String, String> found = new HashMap<>();
    final StringBuilder others = new StringBuilder();
    final StringBuilder codes = new StringBuilder();
    final StringBuilder details = new StringBuilder();
    final String[] aside = new String[2];
    final StringBuilder asideCodes = new StringBuilder();
    final StringBuilder asideDetails = new StringBuilder();
    final StringBuilder asideOnly = new StringBuilder(); // codes of other objects: used only without a message
    /** The event's own short scalar fields, key then value (see describedCodes). */
    final java.util.List<String> scalars = new java.util.ArrayList<>();
    String stack;
    /** The first message of a nested object, the event's message when it has none of its own. */
    String nestedMessage;
    /** Whether a field said how severe the event is ("level", "severity", "error_severity"). */
    boolean severity;

    /** Takes what a carrier object held, after what the event's own fields said. */
    void absorb(JsonEvent inner) {
      inner.found.forEach(found::putIfAbsent);
      others.append(others.isEmpty() || inner.others.isEmpty() ? "" : " ").append(inner.others);
      appendCodes(inner.codes, codes);
      details.append(inner.details);
      for (int i = 0; i < aside.length; i++) {
        aside[i] = aside[i] == null ? inner.aside[i] : aside[i];
      }
      appendCodes(inner.asideCodes, asideCodes);
      asideDetails.append(inner.asideDetails);
      appendCodes(inner.asideOnly, asideOnly);
      stack = stack == null ? inner.stack : stack;
    }
  }

  /** The fields of the object the parser is in, up to its end; top: the event's own object. */
  private void fields(JsonParser p, JsonEvent e, boolean top) throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      JsonToken v = p.nextToken();
      boolean message = messageKeys.contains(key, 0, key.length());
      boolean stackKey = stackKeys.contains(key, 0, key.length());
      if (v == JsonToken.START_ARRAY && stackKey) {
        e.stack = lines(p); // Lambda's "stack"/"stackTrace": one string per line or frame
      } else if (v == JsonToken.START_ARRAY && message && (key.equalsIgnoreCase("message") || key.equalsIgnoreCase("msg"))) {
        // Jenkins' Logstash plugin sends "message":["ERROR: No test report files were found."]: its lines
        String text = lines(p);
        if (!text.isBlank()) {
          e.found.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), text);
        }
      } else if (v == JsonToken.VALUE_STRING && (message || stackKey)) {
        String text = p.getText();
        Fields inner = top && !stackKey && text.length() > 2 && text.charAt(0) == '{' && text.endsWith("}") ? json(text) : null;
        if (stackKey) {
          e.stack = text;
        } else if (inner != null) {
          // a job library's event written as JSON inside the message (Oban's "job:exception" with its worker
          // and error): the inner event's fields are the message's
          e.found.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), inner.text());
          appendCodes(inner.codes(), e.codes);
        } else {
          e.found.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), text);
        }
      } else if (v == JsonToken.START_OBJECT && message && !textOnlyKeys.contains(key, 0, key.length())) {
        // {"error":{"type":"...","message":"...","stack":"..."}}, and Lambda's JSON log format:
        // {"level":"ERROR","message":{"errorType":"KeyError","errorMessage":"'body'","stackTrace":[...]}}
        String type = null;
        String text = null;
        for (JsonToken u = p.nextToken(); u == JsonToken.FIELD_NAME; u = p.nextToken()) {
          String k = p.currentName().toLowerCase(java.util.Locale.ROOT);
          JsonToken w = p.nextToken();
          if (w == JsonToken.START_ARRAY && (k.startsWith("stack") || k.equals("extendedstacktrace"))) {
            e.stack = lines(p);
          } else if (w == JsonToken.VALUE_STRING && k.startsWith("stack")) {
            e.stack = p.getText();
          } else if (w == JsonToken.VALUE_STRING && type == null && isOneOf(k, NESTED_TYPE)) {
            type = p.getText();
          } else if (w == JsonToken.VALUE_STRING && text == null && isOneOf(k, NESTED_TEXT)) {
            text = p.getText();
          } else if (w == JsonToken.START_OBJECT) {
            // Step Functions' {"type":"TaskFailed","taskFailedEventDetails":{"error":"States.Timeout"}}: the
            // error below names the failure; so does Elasticsearch's innermost "caused_by" type, and a
            // code field down there ({"upstream":{"provider":"adyen"}}) says which dependency failed
            if (k.equals("config")) {
              request(p, e.codes); // axios' error.config: the request that failed
              continue;
            }
            String[] inner = new String[2];
            if (isOneOf(k, CAUSES)) {
              String cause = causeType(p, 2, inner, e.codes, e.details);
              inner[1] = cause != null ? "caused by " + cause : inner[1];
            } else {
              nested(p, 1, inner, e.codes, e.details);
            }
            for (String x : inner) {
              if (x != null) {
                type = type == null ? x : type + " " + x;
              }
            }
          } else if (w != null && w.isScalarValue()) {
            String name = p.currentName();
            code(name, 0, name.length(), p.getText(), e.codes, e.details); // winston's error.Bucket
          } else if (w == JsonToken.START_ARRAY && k.equals("values") && text == null) {
            // Sentry's "exception":{"values":[{"type":"TypeError","value":"...","stacktrace":{"frames":[...]}}]}
            String[] last = sentryValues(p, e.details);
            type = type == null ? last[0] : type;
            text = last[1];
          } else if (w == JsonToken.START_ARRAY) {
            elementCodes(p, 2, e.codes, e.details); // "details":[{"field":"card.cvc","issue":"INVALID"}]
          } else {
            p.skipChildren();
          }
        }
        String nested = type == null ? text : text == null ? type : type + ": " + text;
        if (nested != null) {
          e.found.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), nested);
        }
      } else if (v == JsonToken.START_ARRAY && (key.equalsIgnoreCase("exceptions") || key.equalsIgnoreCase("exception"))) {
        exceptions(p, e); // a Cloudflare Worker's tail event: "exceptions":[{"name":"Error","message":"..."}]
      } else if (v == JsonToken.START_ARRAY && top && errorListKeys.contains(key, 0, key.length())) {
        errors(p, e);
      } else if (v == JsonToken.START_OBJECT && top && key.equalsIgnoreCase("errors")) {
        fieldErrors(p, e.codes); // Django REST framework's, Rails' and Laravel's {"errors":{"price":["..."]}}
      } else if (v == JsonToken.START_ARRAY) {
        elementCodes(p, 1, e.codes, e.details); // EventBridge's "entries":[{"ErrorCode":"ThrottlingException"}]
      } else if (v == JsonToken.START_OBJECT && top && carrierKeys.contains(key, 0, key.length())) {
        // tracing's {"fields":{"message":...,"error":...}}, logstash's "@fields": the event's own fields when
        // they hold a message; a record's "fields" (Jira's, Airtable's) is data, its codes used only without one
        JsonEvent inner = new JsonEvent();
        fields(p, inner, false);
        // CloudNativePG's "record" is its log record, with a severity; a "record" without one is data (Kafka's)
        boolean data = severityCarrierKeys.contains(key, 0, key.length()) && !inner.severity;
        if (data || (inner.found.isEmpty() && inner.stack == null)) {
          appendCodes(inner.codes, e.asideOnly);
        } else {
          e.absorb(inner);
        }
      } else if (v == JsonToken.START_OBJECT && loggerKey(key)) {
        p.skipChildren();
      } else if (v == JsonToken.START_OBJECT && codeFields.contains(key, 0, key.length())) {
        dependency(p, key, e.codes); // pino's "upstream": {"service": "catalog", ...}
      } else if (v == JsonToken.START_OBJECT) {
        // an event without a message (EventBridge's "detail", Step Functions' "details", a gateway's
        // "response"): what failed is in the codes and the error below; beside a message, only an object
        // named for the failure counts ("termination_details"), not a dumped domain object ("order"), or one
        // that states a failure in its own detail field (a carrier's problem details, {"title":..., "detail":
        // "The requested pickup date is in the past","status":"400"}), whatever its name
        StringBuilder codes = new StringBuilder();
        StringBuilder details = new StringBuilder();
        String[] found = new String[5];
        nested(p, 1, found, codes, details);
        if (found[4] != null && top) {
          // the error of the event, kept beside its message with the codes around it
          if (!found[4].isBlank()) {
            e.found.putIfAbsent("error", found[4]);
          }
          appendCodes(codes, e.asideCodes);
          e.asideDetails.append(details);
          continue;
        }
        e.aside[0] = e.aside[0] == null ? found[0] : e.aside[0];
        e.aside[1] = e.aside[1] == null ? found[1] : e.aside[1];
        if (e.nestedMessage == null && found[2] != null && sentence(found[2])) {
          e.nestedMessage = found[2];
        }
        if (found[0] != null && top) {
          // a provider's error object beside the message ("docusign":{"errorCode":"INVALID_EMAIL_ADDRESS_FOR_RECIPIENT",
          // "message":...}): its code says which failure, whatever the object is called
          appendCode("error", 0, 5, found[0], e.asideCodes);
        }
        if (failureObject(key)) {
          appendCodes(codes, e.asideCodes);
          e.asideDetails.append(details);
        } else if (found[3] != null) {
          appendCodes(codes, e.asideCodes);
          e.details.append(details);
        } else {
          appendCodes(codes, e.asideOnly);
        }
      } else if (v == JsonToken.VALUE_STRING && responseBody(key, p.getText()) && body(p.getText(), e.codes, e.details)) {
        // read above: a response body holding JSON (when it holds nothing readable, it is kept as a field below)
      } else if (v != null && v.isScalarValue()) {
        String text = p.getText();
        if (loggerKey(key)) {
          logger(text, e.codes);
        } else if (key.length() == 6 && key.equalsIgnoreCase("caller")) {
          caller(text, e.codes);
        }
        code(key, 0, key.length(), text, e.codes, e.details);
        e.severity |= key.equalsIgnoreCase("level") || key.regionMatches(true, key.length() - 8, "severity", 0, 8);
        if (top && e.scalars.size() < 128) {
          e.scalars.add(key);
          e.scalars.add(text);
        }
        // kept in case no message field turns up: words stay, single-word values are masked as key=value
        e.others.append(e.others.isEmpty() ? "" : " ").append(key);
        if (clientKeys.contains(key, 0, key.length())) {
          e.others.append("=").append(ANY); // which client called: a value however many words it has
        } else {
          e.others.append(text.indexOf(' ') >= 0 ? ": " : "=").append(text);
        }
      } else {
        p.skipChildren();
      }
    }
  }

  /**
   * A validation error object, {"errors":{"price":["Ensure this value is ..."],"currency":[...]}}: the fields that
   * failed (up to eight, sorted) are the parameters that were wrong, kept as "param=currency,price".
   */
  private static void fieldErrors(JsonParser p, StringBuilder codes) throws IOException {
    java.util.TreeSet<String> fields = new java.util.TreeSet<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      p.skipChildren();
      if (fields.size() < 8 && !name.isEmpty() && name.length() <= 40 && name.indexOf(' ') < 0) {
        fields.add(name);
      }
    }
    if (!fields.isEmpty()) {
      codes.append(codes.isEmpty() ? "" : " ").append("param=").append(String.join(",", fields));
    }
  }

  /** The first max characters of text, cut at a space when there is one. */
  private static String head(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max);
    return text.substring(0, cut > max / 2 ? cut : max);
  }

  /**
   * The type and value of the last exception of Sentry's "values" (the one raised, after the ones it chained), and
   * the frame that threw it as " | at ..." into details.
   */
  private static String[] sentryValues(JsonParser p, StringBuilder details) throws IOException {
    String[] last = new String[2];
    String frame = null;
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String type = null;
      String value = null;
      String top = null;
      for (JsonToken u = p.nextToken(); u == JsonToken.FIELD_NAME; u = p.nextToken()) {
        String k = p.currentName();
        JsonToken w = p.nextToken();
        if (w == JsonToken.VALUE_STRING && k.equals("type")) {
          type = p.getText();
        } else if (w == JsonToken.VALUE_STRING && k.equals("value")) {
          value = p.getText();
        } else if (w == JsonToken.START_OBJECT && k.equals("stacktrace")) {
          for (JsonToken x = p.nextToken(); x == JsonToken.FIELD_NAME; x = p.nextToken()) {
            JsonToken y = p.nextToken();
            if (y == JsonToken.START_ARRAY && p.currentName().equals("frames")) {
              top = topFrame(p);
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
      }
      last[0] = type;
      last[1] = value;
      frame = top;
    }
    if (frame != null) {
      details.append(" | at ").append(frame);
    }
    return last;
  }

  /** Words, not a code: an error's text holds a space, and is not a dumped document. */
  private static boolean sentence(String text) {
    return text.indexOf(' ') > 0 && text.length() <= 1000 && text.charAt(0) != '{' && text.charAt(0) != '[';
  }

  /** "response_body": "{\"errors\":[...]}": an HTTP response's body logged as a string, holding JSON. */
  private static boolean responseBody(String key, String text) {
    int n = text.length();
    if (n < 2 || n > 20_000 || text.charAt(0) != '{' || text.charAt(n - 1) != '}') {
      return false;
    }
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return k.contains("body") || k.contains("response");
  }

  /**
   * The error in a response body written as JSON ({"response":{"errors":[{"code":"120802","message":"Address
   * Validation Error on ShipTo address"}]}}): its first message says which failure it is, beside the event's
   * own message, and its code fields are kept as codes. A body that is not JSON after all adds nothing.
   */
  private boolean body(String text, StringBuilder codes, StringBuilder details) {
    String[] message = new String[1];
    StringBuilder found = new StringBuilder();
    StringBuilder sentences = new StringBuilder();
    try (JsonParser p = JSON.createParser(text)) {
      p.nextToken();
      bodyFields(p, 0, message, found, sentences);
    } catch (IOException | RuntimeException x) {
      return false;
    }
    if (message[0] != null) {
      details.append(" | ").append(message[0], 0, Math.min(message[0].length(), 2_000));
    }
    appendCodes(found, codes);
    return message[0] != null || !found.isEmpty();
  }

  private void bodyFields(JsonParser p, int depth, String[] message, StringBuilder codes, StringBuilder sentences)
      throws IOException {
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String k = t == JsonToken.FIELD_NAME ? p.currentName() : null;
      JsonToken v = k == null ? t : p.nextToken();
      if ((v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) && depth < 6) {
        bodyFields(p, depth + 1, message, codes, sentences);
      } else if (v == JsonToken.VALUE_STRING && k != null && message[0] == null
          && (isOneOf(k.toLowerCase(java.util.Locale.ROOT), NESTED_TEXT) || k.equals("error_description"))) {
        message[0] = p.getText();
      } else if (v == JsonToken.VALUE_STRING && k != null && k.equals("error")) {
        code("errorcode", 0, 9, p.getText(), codes, sentences); // OAuth's "error":"invalid_grant"
      } else if (v != null && v.isScalarValue() && k != null) {
        code(k, 0, k.length(), p.getText(), codes, sentences);
      } else {
        p.skipChildren();
      }
    }
  }

  /**
   * A JSON event with no message field: its error (Step Functions' "States.Timeout"), its sentences
   * ("stoppedReason") and its codes ({"rcode":"SERVFAIL"}, a response's status) say what failed; the
   * other fields are kept as key=value, their values masked.
   */
  private static Fields withoutMessage(StringBuilder others, String[] aside, StringBuilder codes, StringBuilder details) {
    StringBuilder b = new StringBuilder(others);
    for (String x : aside) {
      if (x != null) {
        b.append(" | ").append(x);
      }
    }
    b.append(details);
    StringBuilder kept = new StringBuilder();
    appendCodes(codes, kept);
    return new Fields(b.toString(), kept.toString());
  }

  /**
   * Adds "key=value" to codes when key names how something failed (see words codefield) and the value is
   * a short code: {"msg":"upstream request failed","status":503} and ... 401 are two failures.
   */
  private void code(String line, int k, int keyEnd, String value, StringBuilder codes, StringBuilder details) {
    if (value.isEmpty()) {
      return;
    }
    if (value.length() > 3 && value.charAt(0) == '/' && grpcMethod(value)) {
      // "/profile.v1.ProfileService/UpdateBanner" under any key (Connect's "procedure", "grpc.method",
      // "method"): the call that failed; an HTTP method ("GET") is not one, and is not kept
      appendCode(line, k, keyEnd, value, codes);
      return;
    }
    if (keyEnd - k > 3 && line.regionMatches(true, keyEnd - 3, "arn", 0, 3) && value.startsWith("arn:")
        && !line.regionMatches(true, k, "execution", 0, Math.min(9, keyEnd - k))) {
      // EventBridge's "stateMachineArn", a "FunctionArn": the resource that failed (an execution's ARN is its run)
      String name = arnName(value);
      if (name != null) {
        appendCode(line, k, keyEnd, name, codes);
      }
      return;
    }
    if (paramFields.contains(line, k, keyEnd)) {
      // Stripe's "param": "customer", a validation error's field: which parameter was wrong, a name of code
      String name = paramName(value);
      if (name != null) {
        appendCode(line, k, keyEnd, name, codes);
      }
      return;
    }
    if (value.length() <= MAX_CODE_CHARS && Shapes.errorConstant(value, 0, value.length()) && failureConstant(value)) {
      // Ingenico's "result=RESULT_ERROR_TIMEOUT": a constant that names a failure is how it failed, whatever its key
      appendCode(line, k, keyEnd, value, codes);
      return;
    }
    if (!codeFields.contains(line, k, keyEnd) && !codeSuffix(line, k, keyEnd)) {
      if (routeFields.contains(line, k, keyEnd)) {
        // API Gateway's "resourcePath":"/users/{id}", OpenTelemetry's "http.route": the route that failed,
        // a segment with a digit masked (the same status on two routes is two failures)
        String route = route(value);
        if (route != null) {
          appendCode(line, k, keyEnd, route, codes);
        }
        return;
      }
      // a name field is kept only as a name of code: "GetUserByEmail", "opensearch.search", "list_users";
      // SQL text is not a name, and neither is a plain word ("shoes": what a user searched for)
      if (!nameFields.contains(line, k, keyEnd) || value.indexOf(' ') >= 0
          || !(identifier(value) || (operationFields.contains(line, k, keyEnd) && Shapes.wordChars(value, 0, value.length(), "_-.")))) {
        return;
      }
    } else if (value.indexOf(' ') > 0) {
      // "reason": "es_rejected_execution_exception: rejected execution of ...": a sentence says what
      // failed like a message does, and is masked like one
      details.append(" | ").append(value, 0, Math.min(value.length(), 2_000));
      return;
    }
    if (value.indexOf('|') > 0) {
      value = meshCluster(value);
    }
    if (value.length() > MAX_CODE_CHARS) {
      return;
    }
    // a code, never an id: a number of up to four digits (a status, an errno, an exit code), a word
    // (OOMKilled, ECONNRESET), or a code of capitals and digits (P2002, 40P01); an OAuth "code", a one-time
    // password or a hash would make every line a fingerprint of its own
    int digits = 0;
    int letters = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Shapes.digit(c)) {
        digits++;
      } else if (Shapes.letter(c)) {
        letters++;
      } else if (c != '_' && c != '-' && c != '.') {
        return;
      }
    }
    // a vendor's error number under a key named for it runs to five digits (Twilio's 21211, 21610)
    boolean number = letters == 0 && digits == value.length()
        && (digits <= 4 || (digits == 5 && codeNamed(line, k, keyEnd)));
    // a word, or a name with its version ("orders.v1.OrderService")
    boolean word = letters > 0 && (digits == 0 || Shapes.versionedName(value, 0, value.length()));
    // SQLSTATE is five digits or capitals ("23505", "40P01"); another five-digit value may be anything
    boolean sqlstate = value.length() == 5 && (letters > 0 || line.regionMatches(true, k, "sqlstate", 0, keyEnd - k));
    // a short code of capitals and digits: ISO 20022's reject reasons "AC01", "AM04"
    boolean caps = value.length() <= 5 && letters > 0 && digits > 0 && value.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    // a Windows status that failed: NTSTATUS "0xC0000064" (no such user), HRESULT "0x80070005" (access denied)
    boolean windows = value.length() == 10 && value.startsWith("0x") && "cC8".indexOf(value.charAt(2)) >= 0
        && Shapes.hex(value, 0, 10);
    boolean shaped = ErrorCodes.shape(value, 0, value.length()) || sqlstate || caps || windows;
    if (!number && !word && !shaped) {
      return;
    }
    appendCode(line, k, keyEnd, value, codes);
  }

  /** An error constant with a word of failure in it (words failureconstant): "RESULT_ERROR_NOT_CONNECTED", "LOGIN_FAILED". */
  private boolean failureConstant(String value) {
    return Shapes.containsAny(value, failureConstantWords);
  }

  /**
   * Istio's cluster names, "outbound|8080||fhir-api.ehr.svc.cluster.local": the service is the first label of the
   * name after the port and subset (the namespace and the cluster's domain are the same for its every call). Any
   * other value is returned as it is.
   */
  private static String meshCluster(String value) {
    int bar = value.lastIndexOf('|');
    if (!(value.startsWith("outbound|") || value.startsWith("inbound|")) || bar == value.length() - 1) {
      return value;
    }
    int dot = value.indexOf('.', bar);
    return value.substring(bar + 1, dot > bar ? dot : value.length());
  }

  /** Appends the "key=value key=value" pairs of from to codes, under appendCode's limits. */
  private static void appendCodes(CharSequence from, StringBuilder codes) {
    if (from.isEmpty()) {
      return;
    }
    for (String pair : from.toString().split(" ")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        appendCode(pair, 0, eq, pair.substring(eq + 1), codes);
      }
    }
  }

  /**
   * Appends " key=value" while fewer than MAX_CODES pairs are held. Codes are read back by splitting at
   * spaces and at the first '=', so a key or value holding either is not a code (a JSON key may be "a b").
   */
  private static void appendCode(String line, int k, int keyEnd, String value, StringBuilder codes) {
    if (keyEnd <= k || value.isEmpty() || value.indexOf(' ') >= 0 || value.indexOf('=') >= 0) {
      return;
    }
    for (int i = k; i < keyEnd; i++) {
      if (line.charAt(i) == ' ' || line.charAt(i) == '=') {
        return;
      }
    }
    int pairs = codes.isEmpty() ? 0 : 1;
    for (int i = 0; i < codes.length() && pairs < MAX_CODES; i++) {
      pairs += codes.charAt(i) == ' ' ? 1 : 0;
    }
    if (pairs < MAX_CODES) {
      codes.append(codes.isEmpty() ? "" : " ").append(line, k, keyEnd).append('=').append(value);
    }
  }

  /** "termination_details", "errorDetails", "failure", "response", "result", "state": an object about the failure. */
  private static boolean failureObject(String key) {
    String k = key.toLowerCase(java.util.Locale.ROOT);
    return k.contains("detail") || k.contains("error") || k.contains("fail") || k.contains("termination")
        || k.equals("response") || k.equals("result") || k.equals("state") || k.equals("status")
        // Cloud Logging's "httpRequest":{"status":503} and "resource":{"labels":{"service_name":...}}
        || k.equals("httprequest") || k.equals("resource");
  }

  /**
   * "transStatus", "declineCode", "failure_reason": a key that ends in Status, Code or Reason names how
   * something failed, as the listed code fields do; a code of data (postalCode, currencyCode) does not.
   */
  private static boolean codeNamed(String line, int k, int keyEnd) {
    int n = keyEnd - k;
    return n >= 4 && line.regionMatches(true, keyEnd - 4, "code", 0, 4);
  }

  private boolean codeSuffix(String line, int k, int keyEnd) {
    int n = keyEnd - k;
    // ISO 20022's abbreviations: "rsnCd": "AC01" (a reject reason), "stsCd"
    boolean abbreviated = n > 3 && (line.regionMatches(false, keyEnd - 2, "Cd", 0, 2)
        || line.regionMatches(true, keyEnd - 3, "_cd", 0, 3));
    return (abbreviated || Shapes.endsWithAny(line, k, keyEnd, codeSuffixes)) && !dataCodes.contains(line, k, keyEnd);
  }

  /** "items[0][price]" as "items[<*>][price]": a parameter's name, its indexes masked; null when it is no name. */
  static String paramName(String v) {
    // a JSON path names a field as well ("$.instruction.narrative.line1")
    String root = v.startsWith("$.") ? "$." : "";
    v = v.substring(root.length());
    if (v.isEmpty() || v.length() > 64 || !Shapes.letter(v.charAt(0))) {
      return null;
    }
    StringBuilder b = new StringBuilder(v.length() + 2).append(root);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Shapes.digit(c)) {
        if (i == 0 || !Shapes.digit(v.charAt(i - 1))) {
          b.append("<*>");
        }
      } else if (Shapes.letter(c) || c == '_' || c == '.' || c == '[' || c == ']' || c == '-') {
        b.append(c);
      } else {
        return null;
      }
    }
    return b.toString();
  }

  /** A pydantic error's "loc": ["body", "filters", "date_to"] as body.filters.date_to, an index masked. */
  private static String loc(JsonParser p) throws IOException {
    StringBuilder b = new StringBuilder();
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_NUMBER_INT) {
        b.append(b.isEmpty() ? "" : ".").append("<*>");
      } else if (t == JsonToken.VALUE_STRING) {
        b.append(b.isEmpty() ? "" : ".").append(p.getText());
      } else {
        p.skipChildren();
      }
    }
    return b.isEmpty() ? null : paramName(b.toString().replace("<*>", "0"));
  }

  /** The "errorType" of a Lambda error written as JSON inside a string, when it is a name; null otherwise. */
  private static String jsonErrorType(String json) {
    int k = json.indexOf("\"errorType\"");
    int q = k < 0 ? -1 : json.indexOf('"', json.indexOf(':', k) + 1);
    int e = q < 0 ? -1 : json.indexOf('"', q + 1);
    if (e < 0 || e - q > MAX_CODE_CHARS * 2) {
      return null;
    }
    String type = json.substring(q + 1, e);
    return Shapes.wordChars(type, 0, type.length(), "._") ? type : null;
  }

  /**
   * "arn:aws:states:eu-west-1:123456789012:stateMachine:order-saga" as "states:stateMachine:order-saga": which
   * state machine, function, topic, queue, table or rule failed; region, account and every part with a digit
   * (an execution's id) are left out. Null for other services (words arnservice) and when nothing is left.
   */
  private String arnName(String v) {
    String[] parts = v.split("[:/]", -1);
    if (parts.length < 6 || !parts[0].equals("arn") || !arnServices.contains(parts[2], 0, parts[2].length())) {
      return null; // an ECS task's or container's ARN is a run of it, and would crowd its exit code out
    }
    StringBuilder b = new StringBuilder(parts[2]);
    for (int i = 5; i < parts.length; i++) {
      if (!parts[i].isEmpty() && !Shapes.hasDigit(parts[i], 0, parts[i].length())
          && Shapes.wordChars(parts[i], 0, parts[i].length(), "-_.$")) {
        b.append(':').append(parts[i]);
      }
    }
    return b.length() > parts[2].length() && b.length() <= 96 ? b.toString() : null;
  }

  private static boolean identifier(String v) {
    int humps = 0;
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '_' || c == '.') {
        return true;
      }
      humps += c >= 'A' && c <= 'Z' && v.charAt(i - 1) >= 'a' && v.charAt(i - 1) <= 'z' ? 1 : 0;
    }
    return humps >= 1;
  }

  /** "/users/{id}", "GET /orders/42" as "GET /orders/<*>": a route, or null when the value is not one. */
  static String route(String v) {
    int slash = v.indexOf('/');
    if (slash < 0 || v.length() > 128 || (slash > 0 && (slash > 8 || v.charAt(slash - 1) != ' '))) {
      return null;
    }
    StringBuilder b = new StringBuilder(v.length());
    b.append(v, 0, slash);
    int p = slash;
    while (p < v.length()) {
      int q = v.indexOf('/', p + 1);
      q = q < 0 ? v.length() : q;
      int query = v.indexOf('?', p);
      if (query >= 0 && query < q) {
        q = query;
      }
      b.append('/');
      String seg = v.substring(p + 1, q);
      if ((Shapes.hasDigit(seg, 0, seg.length()) && !Shapes.apiVersion(seg, 0, seg.length())) || seg.indexOf(' ') >= 0) {
        b.append("<*>");
      } else {
        b.append(seg);
      }
      if (q < v.length() && v.charAt(q) == '?') {
        break;
      }
      p = q;
    }
    return b.toString().replace(' ', '_');
  }

  /** "/inventory.v1.Inventory/Reserve": a gRPC full method name, "/package.Service/Method". */
  static boolean grpcMethod(String v) {
    int slash = v.lastIndexOf('/');
    if (v.length() > MAX_CODE_CHARS * 4 || v.isEmpty() || v.charAt(0) != '/' || slash < 2 || slash == v.length() - 1
        || v.indexOf('.') < 0 || v.indexOf('.') > slash || !Character.isUpperCase(v.charAt(slash + 1))) {
      return false;
    }
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(Shapes.letter(c) || Shapes.digit(c) || c == '.' || c == '_' || (c == '/' && i == slash))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Walks an object below an error (at most four levels): found[0] takes the first "error" or "errorcode"
   * string, found[1] the type of the innermost "caused_by" / "cause" / "root_cause", found[2] (when there is
   * one) the first message, with an inner error's message after " | " (Microsoft's "innererror"), found[3] (when
   * there is one) the name of the object's own detail field, found[4] (when there is one) the text of an "error" or
   * "err" in words or as an object directly inside, or the first message of an error list one level down (words
   * errorlistkey); code fields add to codes as at the top.
   */
  private void nested(JsonParser p, int depth, String[] found, StringBuilder codes, StringBuilder details)
      throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String k = p.currentName().toLowerCase(java.util.Locale.ROOT);
      JsonToken v = p.nextToken();
      if (depth == 1 && found.length > 4 && found[4] == null && (k.equals("error") || k.equals("err"))
          && (v == JsonToken.START_OBJECT || (v == JsonToken.VALUE_STRING && sentence(p.getText())))) {
        // MongoDB's "attr":{"error":{"code":11000,"codeName":"DuplicateKey","errmsg":"E11000 ..."}}, or its
        // "error":"UserNotFound: Could not find user ...": the error of the event, one level down
        if (v == JsonToken.VALUE_STRING) {
          found[4] = p.getText();
        } else {
          String[] inner = new String[3];
          nested(p, depth + 1, inner, codes, details);
          found[4] = inner[2] != null ? inner[2] : "";
        }
      } else if (v == JsonToken.VALUE_STRING && found.length > 2 && found[2] == null && isOneOf(k, NESTED_TEXT)) {
        found[2] = p.getText(); // an API's {"errors":[{"code":...,"message":...}]}: the error's own words
      } else if (v == JsonToken.VALUE_STRING && found[0] == null && (k.equals("error") || k.equals("errorcode")
          || k.equals("error_code")) && p.getText().length() <= MAX_CODE_CHARS * 2) {
        found[0] = p.getText();
      } else if (v == JsonToken.VALUE_STRING && k.equals("cause") && !p.getText().isBlank() && !p.getText().startsWith("{")) {
        // Step Functions' "cause": "Card declined" beside "error": "Error": the cause says which failure (a
        // cause that is a Lambda's error as JSON repeats the error's type, already kept); a long one ("... while
        // executing the state 'BookLoan' ... could not be found in the input '{...}'") says it first
        details.append(" | ").append(head(p.getText(), 300));
      } else if (v == JsonToken.VALUE_STRING && ((detailKeys.contains(k, 0, k.length()) && !p.getText().isBlank())
          || (k.equals("reason") && sentence(p.getText()))) && p.getText().length() <= 300) {
        // FHIR's OperationOutcome "issue":[{"code":"processing","diagnostics":"HAPI-0550: HAPI-0823: ..."}]: the
        // remote's own words say which failure the code covers; so does a reason written as a sentence (cPanel's
        // "metadata":{"result":0,"reason":"Sorry, a group for that username already exists."}), a code otherwise
        details.append(" | ").append(p.getText());
        if (found.length > 3 && depth == 1) {
          found[3] = k; // the object's own detail field: it describes a failure
        }
      } else if (v == JsonToken.VALUE_STRING && k.equals("cause") && p.getText().startsWith("{")) {
        // a Lambda's error as JSON: its errorType ("Sandbox.Timedout" under "States.TaskFailed") says which failure
        String type = jsonErrorType(p.getText());
        if (type != null) {
          details.append(" | ").append(type);
        }
      } else if (v == JsonToken.START_OBJECT && depth < 4 && found.length > 2 && isOneOf(k, INNER)) {
        String[] inner = new String[3];
        nested(p, depth + 1, inner, codes, details);
        if (inner[2] != null && !inner[2].isBlank()) {
          found[2] = found[2] == null ? inner[2] : found[2] + " | " + inner[2];
        }
      } else if (v == JsonToken.START_OBJECT && depth < 4 && isOneOf(k, CAUSES)) {
        String type = causeType(p, depth + 1, found, codes, details);
        if (type != null) {
          found[1] = "caused by " + type; // deeper causes were walked first: the innermost is kept
        }
      } else if (v == JsonToken.START_OBJECT && depth < 4) {
        nested(p, depth + 1, found, codes, details);
      } else if (v == JsonToken.START_ARRAY && depth == 1 && found.length > 4 && found[4] == null
          && errorListKeys.contains(k, 0, k.length())) {
        // Veeva Vault's "vault_response":{"responseStatus":"FAILURE","errors":[{"type":"INVALID_DATA","message":...}]}:
        // an API's error list one level down is the event's error, its codes beside it
        String[] message = new String[1];
        elementCodes(p, depth, codes, details, message);
        found[4] = message[0] != null ? message[0] : "";
      } else if (v == JsonToken.START_ARRAY && k.equals("messages")) {
        // ModSecurity's audit log, "audit_data":{"messages":["Warning. Matched Data: ... [id \"930120\"] [msg \"OS File
        // Access Attempt\"] ...", "Access denied with code 403 ..."]}: the first says which rule matched
        String first = firstString(p);
        if (first != null && first.length() <= 2_000) {
          details.append(" | ").append(first);
          if (found.length > 3 && depth == 1) {
            found[3] = k;
          }
        }
      } else if (v == JsonToken.START_ARRAY && k.equals("loc")) {
        String loc = loc(p);
        if (loc != null) {
          appendCode("loc", 0, 3, loc, codes);
        }
      } else if (v == JsonToken.START_ARRAY && k.equals("frames")) {
        String frame = topFrame(p);
        if (frame != null) {
          details.append(" | at ").append(frame);
        }
      } else if (v == JsonToken.START_ARRAY && depth < 4) {
        elementCodes(p, depth, codes, details); // ECS's "containers":[{"exitCode":137}]
      } else if (v != null && v.isScalarValue()) {
        String name = p.currentName();
        code(name, 0, name.length(), p.getText(), codes, details);
      } else {
        p.skipChildren();
      }
    }
  }

  /**
   * The frame that threw, of a stack written as JSON frames, oldest first (Sentry's "stacktrace":{"frames":[...]},
   * structlog's dict tracebacks): the last of the application's own frames ("in_app": true) when the frames
   * say which are, else the last. Its function says where the code failed, as a text trace's top frame does.
   */
  private static String topFrame(JsonParser p) throws IOException {
    String last = null;
    String app = null;
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String function = null;
      boolean inApp = false;
      for (JsonToken u = p.nextToken(); u == JsonToken.FIELD_NAME; u = p.nextToken()) {
        String k = p.currentName();
        JsonToken w = p.nextToken();
        if (w == JsonToken.VALUE_STRING && function == null && (k.equals("function") || k.equals("name"))
            && p.getText().length() <= 200) {
          function = p.getText();
        } else if (w == JsonToken.VALUE_TRUE && k.equals("in_app")) {
          inApp = true;
        } else {
          p.skipChildren();
        }
      }
      if (function != null && !function.isBlank()) {
        last = function;
        app = inApp ? function : app;
      }
    }
    return app != null ? app : last;
  }

  /** The "type" of a cause object, after walking what it holds (a cause may have a cause). */
  private String causeType(JsonParser p, int depth, String[] found, StringBuilder codes, StringBuilder details)
      throws IOException {
    String type = null;
    String before = found[1];
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String k = p.currentName().toLowerCase(java.util.Locale.ROOT);
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_STRING && k.equals("type") && p.getText().length() <= MAX_CODE_CHARS * 2) {
        type = p.getText();
      } else if (v == JsonToken.START_OBJECT && depth < 4 && isOneOf(k, CAUSES)) {
        String inner = causeType(p, depth + 1, found, codes, details);
        if (inner != null) {
          found[1] = "caused by " + inner;
        }
      } else {
        p.skipChildren();
      }
    }
    return found[1] != before ? null : type; // an inner cause was found: it is the root
  }

  /**
   * An API's error list, {"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: ...,
   * action: push"}]} (a registry's v2 API, GraphQL, JSON:API): the first error's message is the event's error,
   * the codes of all of them (up to eight, sorted) are kept beside it.
   */
  private void errors(JsonParser p, JsonEvent e) throws IOException {
    String[] message = new String[1];
    elementCodes(p, 1, e.codes, e.details, message);
    if (message[0] != null) {
      e.found.putIfAbsent("error", message[0]);
    }
  }

  /**
   * Codes of the objects in an array (up to eight), in sorted order so that the order of the elements
   * does not matter: EventBridge's "entries":[{"ErrorCode":...}], ECS's "containers":[{"exitCode":137}, ...].
   */
  private void elementCodes(JsonParser p, int depth, StringBuilder codes, StringBuilder details) throws IOException {
    elementCodes(p, depth, codes, details, null);
  }

  /** As above; message[0], when asked for, takes the first element's message. */
  private void elementCodes(JsonParser p, int depth, StringBuilder codes, StringBuilder details, String[] message)
      throws IOException {
    java.util.TreeSet<String> found = new java.util.TreeSet<>();
    StringBuilder one = new StringBuilder();
    int objects = 0;
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_OBJECT && objects++ < 8) {
        // GraphQL's "errors":[{"message":...,"extensions":{"code":"UNAUTHENTICATED"}}]: codes one level down too
        one.setLength(0);
        String[] error = new String[message != null && objects == 1 ? 3 : 2];
        nested(p, depth + 1, error, one, details);
        if (error.length > 2 && error[2] != null) {
          message[0] = error[2];
        }
        if (!one.isEmpty()) {
          found.addAll(java.util.List.of(one.toString().split(" ")));
        }
        if (error[0] != null) {
          // EventBridge's "entries":[{"ErrorCode":"InternalFailure"}]: a code by its shape, never an id
          one.setLength(0);
          code("errorcode", 0, 9, error[0], one, details);
          if (!one.isEmpty()) {
            found.add(one.toString());
          }
        }
      } else if (t == JsonToken.VALUE_STRING && message != null && objects++ == 0) {
        message[0] = p.getText(); // "error_messages":["input.0.url: is not a valid URL"]
      } else {
        p.skipChildren();
      }
    }
    appendCodes(String.join(" ", found), codes);
  }


  private boolean loggerKey(String key) {
    return loggerKeys.contains(key, 0, key.length());
  }

  /**
   * "loggerName":"com.acme.notify.EmailRenderer": the class that logged is where the code failed, as a
   * frame is (a text line keeps its logger as a word). Kept when it reads as a name of code.
   */
  private static void logger(String value, StringBuilder codes) {
    if (value.length() > 128 || value.indexOf('.') < 1) {
      return; // a qualified name only: "worker-7d9f8b6c5-x2k4p" is a pod, not code
    }
    StringBuilder name = new StringBuilder(value.length());
    for (String segment : value.split("\\.", -1)) {
      if (segment.isEmpty() || !Shapes.letter(segment.charAt(0)) || !Shapes.wordChars(segment, 0, segment.length(), "_$")) {
        return;
      }
      // "app.worker3": a numbered instance of one logger is that logger
      name.append(name.isEmpty() ? "" : ".").append(Shapes.hasDigit(segment, 0, segment.length()) ? "<*>" : segment);
    }
    if (codes.indexOf("logger=") == 0) {
      return; // one logger (a hostile line may repeat the key thousands of times)
    }
    codes.insert(0, codes.isEmpty() ? "logger=" + name : "logger=" + name + " ");
  }

  /**
   * zap's "caller":"store/accounts.go:88": the file that logged is where the code failed, as a frame is; its
   * line moves with every deploy. Kept when it reads as a file of code.
   */
  private static void caller(String value, StringBuilder codes) {
    int colon = value.lastIndexOf(':');
    String file = colon > 0 && Shapes.digits(value, colon + 1, value.length()) ? value.substring(0, colon) : value;
    int dot = file.lastIndexOf('.');
    if (file.length() > 128 || dot < 1 || dot == file.length() - 1 || Shapes.hasDigit(file, 0, file.length())) {
      return;
    }
    if (Shapes.wordChars(file, 0, file.length(), "/._-")) { // no digit, checked above
      appendCode("caller", 0, 6, file, codes);
    }
  }

  /**
   * A code field written as an object: a dependency's service or name ({"upstream": {"service": "catalog"}})
   * and the codes inside it ({"reason": {"kind": "ERROR", "errorKind": "CLIENT_NOT_READY"}}) are kept.
   */
  private void dependency(JsonParser p, String key, StringBuilder codes) throws IOException {
    String name = null;
    StringBuilder sentences = new StringBuilder(); // a dependency's sentences are not kept
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String k = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.VALUE_STRING && name == null && (k.equals("service") || k.equals("name"))) {
        name = p.getText();
      } else if (v != null && v.isScalarValue()) {
        code(k, 0, k.length(), p.getText(), codes, sentences); // LaunchDarkly's "reason":{"errorKind":...}
      } else {
        p.skipChildren();
      }
    }
    if (name != null && !name.isEmpty() && name.length() <= MAX_CODE_CHARS && name.indexOf(' ') < 0
        && !Shapes.hasDigit(name, 0, name.length())) {
      appendCode(key, 0, key.length(), name, codes);
    }
  }

  /** The first string of an array, the rest skipped; null when it holds none first. */
  private static String firstString(JsonParser p) throws IOException {
    String first = null;
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_STRING && first == null) {
        first = p.getText();
      } else {
        p.skipChildren();
        first = first == null ? "" : first;
      }
    }
    return first == null || first.isBlank() ? null : first;
  }

  /** The strings of the array the parser is at, one per line; anything else in it is skipped. */
  private static String lines(JsonParser p) throws IOException {
    StringBuilder b = new StringBuilder();
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.VALUE_STRING) {
        String s = p.getText();
        b.append(b.isEmpty() ? "" : "\n").append(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
      } else if (t == JsonToken.START_OBJECT) {
        // log4j2's "extendedStackTrace":[{"class":"...","method":"...","file":"...","line":88}]: a frame
        String cls = null;
        String method = null;
        for (JsonToken u = p.nextToken(); u == JsonToken.FIELD_NAME; u = p.nextToken()) {
          String k = p.currentName();
          JsonToken v = p.nextToken();
          if (v == JsonToken.VALUE_STRING && k.equals("class")) {
            cls = p.getText();
          } else if (v == JsonToken.VALUE_STRING && k.equals("method")) {
            method = p.getText();
          } else {
            p.skipChildren();
          }
        }
        if (cls != null && method != null) {
          b.append(b.isEmpty() ? "" : "\n").append("\tat ").append(cls).append('.').append(method).append("()");
        }
      } else {
        p.skipChildren();
      }
    }
    return b.toString();
  }

  private static boolean isOneOf(String k, String[] names) {
    for (String n : names) {
      if (n.equals(k)) {
        return true;
      }
    }
    return false;
  }

  private Fields logfmt(String line) {
    java.util.List<String> scalars = new java.util.ArrayList<>();
    Map<String, String> found = new HashMap<>();
    StringBuilder codes = new StringBuilder();
    StringBuilder details = new StringBuilder();
    String stack = null;
    int n = line.length();
    int i = 0;
    int pairs = 0;
    while (i < n) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      int k = i;
      while (i < n && line.charAt(i) != '=' && line.charAt(i) != ' ') {
        i++;
      }
      if (i >= n || line.charAt(i) != '=' || i == k) {
        return null; // a bare word: plain text that merely contains "msg="
      }
      int keyEnd = i++;
      String value;
      boolean quoted = i < n && line.charAt(i) == '"';
      if (quoted) {
        StringBuilder v = new StringBuilder();
        i++;
        while (i < n && line.charAt(i) != '"') {
          char c = line.charAt(i++);
          if (c == '\\' && i < n) {
            char e = line.charAt(i++);
            v.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
          } else {
            v.append(c);
          }
        }
        i++;
        value = v.toString();
      } else {
        int v = i;
        while (i < n && line.charAt(i) != ' ') {
          i++;
        }
        value = line.substring(v, i);
      }
      pairs++;
      if (scalars.size() < 128) {
        scalars.add(line.substring(k, keyEnd));
        scalars.add(value);
      }
      if (stackKeys.contains(line, k, keyEnd)) {
        stack = value;
      } else if (messageKeys.contains(line, k, keyEnd)) {
        found.putIfAbsent(line.substring(k, keyEnd).toLowerCase(java.util.Locale.ROOT), value);
      } else if (outputKeys.contains(line, k, keyEnd) && value.length() <= 300 && !value.isBlank()) {
        // what a program it ran wrote beside the message: logrus' stderr="Unknown encoder 'libsvtav1' ..."
        details.append(" | ").append(value);
      } else if (quoted && !contentKeys.contains(line, k, keyEnd) && Shapes.failureText(value, 0, value.length(), failureTextWords)) {
        // a field that says how it failed, in words: Harmonic's alarm name="TS continuity count error"
        details.append(" | ").append(value);
      } else {
        code(line, k, keyEnd, value, codes, details);
      }
    }
    describedCodes(scalars, codes);
    return pairs >= 2 ? join(found, stack, codes, details) : null;
  }

  /**
   * A field written beside its own description is a code, whatever its name: OpenRTB's "nbr=2 nbr_desc="Invalid
   * Request"", X12's "stc01":"A7:562:85" beside "stc01_desc", a "status" beside "status_text". The code is kept
   * beside the message (the description says the same in words).
   */
  private static void describedCodes(java.util.List<String> scalars, StringBuilder codes) {
    for (int i = 0; i < scalars.size(); i += 2) {
      String key = scalars.get(i);
      String value = scalars.get(i + 1);
      if (value.isEmpty() || value.length() > MAX_CODE_CHARS || key.length() > 40) {
        continue;
      }
      for (int j = 0; j < scalars.size(); j += 2) {
        if (j != i && described(scalars.get(j), key)) {
          appendCode(key, 0, key.length(), value, codes);
          break;
        }
      }
    }
  }

  /** Whether other names the description of key: key + "_desc", "Desc", "_description", "_text". */
  private static boolean described(String other, String key) {
    if (other.length() <= key.length() || !other.regionMatches(true, 0, key, 0, key.length())) {
      return false;
    }
    String rest = other.substring(key.length()).toLowerCase(java.util.Locale.ROOT);
    return rest.equals("_desc") || rest.equals("desc") || rest.equals("_description") || rest.equals("description")
        || rest.equals("_text") || rest.equals("text");
  }

  private Fields join(Map<String, String> found, String stack, StringBuilder codes, StringBuilder details) {
    if (found.isEmpty() && stack == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (String key : messageOrder) {
      String v = found.get(key);
      if (v != null) {
        b.append(b.isEmpty() ? "" : " | ").append(v);
      }
    }
    if (!details.isEmpty()) {
      b.append(details, b.isEmpty() ? 3 : 0, details.length());
    }
    if (stack != null) {
      b.append('\n').append(stack);
    }
    return new Fields(b.toString(), codes.toString());
  }
}
