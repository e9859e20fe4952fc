package dev.logsift.fingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multi-line events (Java, .NET, Node, Python, Go, Ruby, PHP traces, Rust's anyhow chains): the
 * exception line(s) masked, the top application frames without line numbers or arguments, and the
 * root cause (type and message shape, plus its top application frame). Line numbers move with every
 * deploy; the method that threw, the exception type and the shape of its message do not, and two
 * errors differing in any of them are two bugs.
 */
final class StackTraces {
  /** A trace longer than this keeps its head and tail: the root cause sits at one end or the other. */
  static final int MAX_LINES = 400;
  private static final String PY_TRACEBACK = "Traceback (most recent call last)";
  /** Runs of white space between the columns of a native frame; String.split would compile it per line. */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  /** IL2CPP's method hash, "_m" and 32 or more hex capitals, a build's and not the code's. */
  private static final java.util.regex.Pattern IL2CPP_HASH = java.util.regex.Pattern.compile("_m[0-9A-F]{32,}$");

  private final LineMasker masker;
  private final List<String> framework;
  /** The system's own images in an Apple crash report without a "Process:" line (the app's binary is not named). */
  private final WordSet appleImages;
  private final WordSet urlKeys;
  private final WordSet nameKeys;
  private final WordSet messageKeys;
  private final WordSet codeFields;
  private final List<String> codeSuffixes;
  private final int keep;

  StackTraces(Rules rules, LineMasker masker) {
    this.masker = masker;
    this.framework = rules.list("framework");
    this.appleImages = rules.words("appleimage");
    this.urlKeys = rules.words("urlkey");
    this.nameKeys = rules.words("namekey");
    this.messageKeys = rules.words("messagekey");
    this.codeFields = rules.words("codefield");
    this.codeSuffixes = rules.list("codesuffix");
    this.keep = rules.stackFrames;
  }

  /** outermostFirst: from a trace written outermost first (Python's "File" lines, backward-cpp's). */
  private record Frame(String name, boolean app, boolean outermostFirst) {
    Frame(String name, boolean app) {
      this(name, app, false);
    }
  }

  void template(String text, StringBuilder out) {
    String[] lines = outdented(untagged(withoutGroupMarkers(withoutCommonPrefix(withoutTimestamps(withoutLogcat(lines(text)))))));
    List<String> header = new ArrayList<>();
    List<Frame> frames = new ArrayList<>();
    String cause = null;
    Frame causeFrame = null;
    boolean inCause = false;
    boolean python = false;
    for (String l : lines) {
      String s = l.strip();
      if (s.startsWith(PY_TRACEBACK) || s.startsWith("File \"")) {
        python = true;
        break;
      }
    }
    boolean inTraceback = false;
    String pythonError = null;
    /** A "Details: ..." line below the error, before any frame. */
    String detailLine = null;
    /** The event is .NET's console logger's ("fail: Category[0]" over its indented message), its exception not read yet. */
    boolean awaitingDotnetException = false;
    /** A YAML block scalar of a message began ("msg: |-"): its first line is to be kept. */
    boolean yamlBlock = false;
    boolean pythonDetail = false;
    boolean pythonTyped = false;
    /** Lines of a message written below its exception's name ("TwilioRestException:" then paragraphs) still to keep. */
    int pythonBelow = 0;
    String lastPlain = null;
    String lastIndented = null;
    String beforeTrace = null;
    boolean causeList = false;
    String resource = null;
    StringBuilder causeObject = null;
    String firstFailure = null;
    int causeDetail = 0;
    boolean rootCauseNext = false;
    boolean gradle = false;
    String gradleCause = null;
    String process = null;
    int apple = 0;
    boolean healthEvent = false;
    boolean rlangCause = false;
    StringBuilder inspected = null;
    String objectFields = null;
    int depth = 0;
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      String line = raw.strip();
      if (causeList) {
        // anyhow's "Caused by:" then "    0: outer" ... "    1: innermost": the last is the root cause, and
        // the ones before it say where (Rust has no frames without a backtrace): all are kept
        if (!line.isEmpty() && LineMasker.space(raw.charAt(0))) {
          cause = cause.isEmpty() ? withoutOrdinal(line) : cause + " | " + withoutOrdinal(line);
          continue;
        }
        causeList = line.isEmpty() && cause.isEmpty();
        if (causeList) {
          continue;
        }
      }
      if (inspected != null) {
        depth += braces(line);
        if (depth <= 0 || (!raw.isEmpty() && !LineMasker.space(raw.charAt(0)) && !line.startsWith("}"))) {
          // the object ends at its closing brace, or at the first line back at the margin (a brace in a
          // value must not swallow the trace below)
          objectFields = inspected.isEmpty() ? objectFields : inspected.toString();
          inspected = null;
          if (depth > 0) {
            depth = 0;
            i--; // that line is read again, as a line of its own
          }
          continue;
        }
        if (depth == 1) {
          objectField(line, inspected);
        }
        continue;
      }
      if (frames.isEmpty() && !inCause && objectFields == null && line.endsWith("{") && i + 1 < lines.length
          && objectKey(lines[i + 1])) {
        // Node's console.error("job failed", obj) prints the object below its message, one field a line
        // ("  errorCode: 1404,", "  errorMessage: 'Unable to open input file ...'"): its message and code
        // fields say which failure it is
        inspected = new StringBuilder();
        depth = 1;
        line = line.substring(0, line.length() - 1).strip();
        if (line.isEmpty()) {
          continue;
        }
      }
      if (line.equals("* What went wrong:")) {
        gradle = true;
      } else if (gradle && line.startsWith("* ")) {
        gradle = false; // "* Try:" and its advice
      } else if (gradle && line.startsWith("> ")) {
        // Gradle nests each cause one level deeper under "* What went wrong:": the last is the innermost
        // ("> Could not GET '...'. Received status code 401 from server: Unauthorized")
        gradleCause = line.substring(2).strip();
        continue;
      }
      int tracebackAt = python ? line.indexOf(PY_TRACEBACK) : -1;
      if (tracebackAt >= 0) {
        // chained tracebacks: the last one is what was raised; the one before it is its cause
        if (pythonError != null) {
          cause = pythonError;
        }
        if (tracebackAt > 0 && header.isEmpty() && frames.isEmpty()) {
          header.add(line.substring(0, tracebackAt).strip()); // a logger's prefix: "[ERROR] <time> <id> Traceback ..."
        }
        inTraceback = true;
        frames.clear();
        pythonError = null;
        pythonDetail = false;
        pythonBelow = 0;
        continue;
      }
      if (line.startsWith("[cause]: ")) {
        // Node's inspected error with a cause ("TypeError: fetch failed" ... "[cause]: Error: connect
        // ECONNREFUSED ..."): the last one is the innermost
        keepMiddleFrame(frames, causeFrame);
        cause = line.substring(9).strip();
        inCause = true;
        causeFrame = null;
        // a cause that is a plain object ("[cause]: {" then "name: 'UNPROCESSABLE_ENTITY'", "issue: '...'"): its
        // fields below say what it is
        causeObject = cause.equals("{") ? new StringBuilder() : null;
        if (causeObject != null) {
          cause = "";
        }
        continue;
      }
      if (causeObject != null && inCause) {
        causeFields(line, causeObject);
        cause = causeObject.toString().strip();
        if (line.equals("}") || line.equals("},")) {
          causeObject = null;
        }
        continue;
      }
      if (line.startsWith("---> ")) {
        cause = line.substring(5).strip(); // .NET inner exception: the last one is the innermost
        inCause = true;
        causeFrame = null;
        continue;
      }
      if (line.isEmpty() || banner(line) || rustBacktraceNote(line) || line.startsWith("...") || (line.startsWith("---") && !line.startsWith("--- FAIL")) || line.startsWith("goroutine ")
          || line.startsWith("During handling of the above") || line.startsWith("The above exception was")
          || line.startsWith("#") && line.endsWith(" {main}")) {
        continue;
      }
      if (line.startsWith("at [Source:")) {
        // Jackson's second line: "at [Source: ...; line: 1, column: 88] (through reference chain:
        // OrderRequest["customer"])": the chain names the field that failed and belongs to the message
        // above it; the source is the payload, data
        int chain = line.indexOf("(through reference chain:");
        String field = chain > 0 ? line.substring(chain) : null;
        if (field != null && inCause && cause != null) {
          cause = cause + " " + field;
        } else if (field != null && !header.isEmpty() && frames.isEmpty()) {
          header.set(header.size() - 1, header.get(header.size() - 1) + " " + field);
        }
        continue;
      }
      if (line.startsWith("** Reason for termination") && cause == null && i + 1 < lines.length) {
        // OTP's gen_server crash: "** Reason for termination ==" then "** {badarg,[{ets,lookup,...}, ...]}" and the
        // rest of the term, indented: the reason is the failure, the header above it (message, state) its context
        StringBuilder reason = new StringBuilder(lines[++i].strip().replaceFirst("^\\*\\* ?", ""));
        while (i + 1 < lines.length && !lines[i + 1].isEmpty() && LineMasker.space(lines[i + 1].charAt(0))
            && reason.length() < 2_000) {
          reason.append(' ').append(lines[++i].strip());
        }
        cause = reason.toString().replaceAll("<<\"[^\"]{0,200}\">>", "<*>").replaceAll("([{\\[,])(?! )", "$1 ")
            .replaceAll("(?<! )([}\\]])", " $1");
        continue;
      }
      if (frames.isEmpty() && !inCause && header.size() < 4 && (erlangReason(line) || supervisorField(header, line))) {
        // Erlang's crash report: "exception exit: {timeout,{gen_server,call," and the rest of the term on the
        // lines below, more indented, up to its "in function" frame: the reason is the failure
        StringBuilder reason = new StringBuilder(line);
        int indent = indent(raw);
        while (i + 1 < lines.length && indent(lines[i + 1]) > indent && !lines[i + 1].strip().startsWith("in ")
            && reason.length() < 2_000) {
          reason.append(' ').append(lines[++i].strip());
        }
        // one atom or number a token, so that a pid or a timeout masks alone, not the term around it; a
        // binary (<<"nadia">>) is data
        header.add(reason.toString().replaceAll("<<\"[^\"]{0,200}\">>", "<*>").replaceAll("([{\\[,])(?! )", "$1 ")
            .replaceAll("(?<! )([}\\]])", " $1"));
        continue;
      }
      if (line.startsWith("Process:") && process == null) {
        int bracket = line.indexOf(" [");
        process = line.substring(8, bracket > 8 ? bracket : line.length()).strip();
      }
      if (line.startsWith("Thread ") && line.contains(" Crashed:")) {
        // an Apple crash report: the crashed thread's frames are the trace, the other threads' are not
        apple = 1;
        frames.clear();
        continue;
      }
      Frame af = apple > 0 || (frames.isEmpty() && line.startsWith("0 ")) ? appleFrame(line, process) : null;
      if (apple == 0 && af != null) {
        // Crashlytics and other crash reporters print the crashed thread alone, "0  Gemfall  0x462c10 Foo.bar() + 516
        // (Foo.swift:41)", without a "Thread 0 Crashed:" above it
        apple = 1;
      }
      if (af != null) {
        if (apple == 1) {
          frames.add(af);
        }
        continue;
      }
      apple = apple == 1 ? 2 : apple;
      Frame f = frame(line, raw, i + 1 < lines.length ? lines[i + 1] : "");
      if (f != null) {
        int close = rubyFrame(line);
        if (close > 0 && line.startsWith(": ", close + 1) && frames.isEmpty() && !inCause && header.size() < 2) {
          header.add(line.substring(close + 3)); // Ruby prints the error after its innermost frame
        }
        int glued = close > 0 && frames.isEmpty() && !inCause && !line.startsWith(": ", close + 1)
            ? line.lastIndexOf(" - ", line.indexOf(":in ")) : -1;
        if (glued > 0 && header.size() < 3) {
          // "#{e.class} - #{e.message} - #{e.backtrace.join("\n")}" (the CodeDeploy agent, many Ruby
          // loggers): the message and the first frame share a line
          header.add(line.substring(0, glued));
          String rest = line.substring(glued + 3);
          f = frame(rest, rest, "");
          f = f != null ? f : frame(line, raw, "");
        }
        if (inCause) {
          if (causeFrame == null && f.app) {
            causeFrame = f;
          }
        } else {
          frames.add(f);
        }
        if (line.startsWith("File \"") && i + 1 < lines.length && !lines[i + 1].strip().startsWith("File \"")
            && !lines[i + 1].isEmpty() && LineMasker.space(lines[i + 1].charAt(0))) {
          i++; // the source line printed under a Python frame
        }
        continue;
      }
      if (rootCauseNext && !line.isEmpty()) {
        rootCauseNext = false;
        if (cause == null) {
          cause = line; // the first listed root cause
        }
        continue;
      }
      if (raw.length() > 0 && LineMasker.space(raw.charAt(0)) && cause == null && line.startsWith("** (")
          && line.indexOf(") ") > 4) {
        // Phoenix's "** (exit) an exception was raised:" then, indented, "** (Ecto.ConstraintError) constraint
        // error when attempting to insert struct:" and its detail ("* "orders_sku_fkey" (foreign_key_constraint)")
        cause = line;
        causeDetail = line.endsWith(":") ? 1 : 0;
        continue;
      }
      if (causeDetail > 0 && cause != null && cause.startsWith("** (") && !line.isEmpty()) {
        cause = cause + " " + line;
        causeDetail--;
        continue;
      }
      if (raw.length() > 0 && LineMasker.space(raw.charAt(0)) && (cause == null || healthEvent)
          && line.startsWith("Exception type: ")) {
        // ASP.NET's health event: "Exception information:" then, indented, "Exception type: NullReferenceException"
        // and "Exception message: ..."; an inner exception is listed after the outer one's frames: the last is the
        // innermost (a SqlException's Win32Exception "The wait operation timed out")
        cause = line.substring(16).strip();
        healthEvent = true;
        continue;
      }
      if (healthEvent && line.startsWith("Exception message: ") && cause != null && cause.indexOf(':') < 0) {
        String message = line.substring(19).strip();
        int input = message.indexOf(" (");
        if (input > 0 && message.indexOf('"', input) > 0) {
          // "A potentially dangerous Request.Form value was detected from the client (comment="<b>...")": the
          // client's input in brackets is a value
          message = message.substring(0, input);
        }
        cause = cause + ": " + message;
        continue;
      }
      if (raw.length() > 0 && LineMasker.space(raw.charAt(0)) && rootCauses(line)) {
        // Elasticsearch's JavaScript client: "search_phase_execution_exception" then "\tRoot causes:" then
        // "\t\tquery_shard_exception: No mapping found for [newest]": the listed cause is the failure
        rootCauseNext = true;
        continue;
      }
      if (i == 1 && header.size() == 1 && frames.isEmpty() && !inCause && raw.length() > 0
          && LineMasker.space(raw.charAt(0)) && dotnetConsole(header.get(0))) {
        // .NET's console logger: "fail: Orders.Api.OrderService[0]" over its message, indented: the line
        // is the message's header, as "[ERR] [Orders.Api.OrderService] message" is in a file
        header.set(0, header.get(0) + " " + line);
        awaitingDotnetException = true;
        continue;
      }
      if (line.startsWith("what():") && header.size() == 1 && frames.isEmpty() && !inCause
          && header.get(0).startsWith("terminate called after throwing")) {
        // libstdc++'s "terminate called after throwing an instance of 'mqtt::exception'" then "  what():  MQTT
        // error [5]: Not authorized": the exception's message
        header.add(line);
        continue;
      }
      if (frames.isEmpty() && !inCause && header.size() < 4 && (line.endsWith(": [") || line.endsWith(": {"))
          && i + 1 < lines.length && lines[i + 1].strip().startsWith(line.endsWith("[") ? "{" : "\"")) {
        // Zod's "ZodError: [" then its issues as indented JSON, up to the "]" back at the margin: the issue's code
        // and message say which check failed
        int end = i + 1;
        String message = null;
        String code = null;
        while (end < lines.length && end - i < 200 && (lines[end].isEmpty() || LineMasker.space(lines[end].charAt(0)))) {
          String field = lines[end].strip();
          message = message == null ? jsonField(field, "message") : message;
          code = code == null ? jsonField(field, "code") : code;
          end++;
        }
        if (end < lines.length && (lines[end].strip().equals("]") || lines[end].strip().equals("}"))) {
          header.add(line.substring(0, line.length() - 1).strip() + (message == null ? "" : " " + message)
              + (code == null ? "" : " code=" + code));
          i = end;
          continue;
        }
      }
      if (detailLine == null && frames.isEmpty() && !inCause && line.startsWith("Details: ") && header.size() >= 2) {
        // viem's "RpcRequestError: RPC Request failed." over its URL and request, then "Details: invalid block range
        // params": the remote's own words say which failure it is
        detailLine = line;
        continue;
      }
      if (yamlBlock && !line.isEmpty()) {
        // the first line of the block is the message
        yamlBlock = false;
        if (header.size() < 4) {
          header.add(line);
          continue;
        }
      }
      if (!python && frames.isEmpty() && cause == null && header.size() < 4 && yamlMessage(line)) {
        // Ansible's YAML callback, "fatal: [pe-lon-1]: FAILED! =>" then "  msg: |-" and the message, indented, on the
        // lines below: the block's first line says which failure (its last is often only "^ here")
        yamlBlock = true;
        continue;
      }
      if (raw.length() > 0 && LineMasker.space(raw.charAt(0))) {
        if (pythonError != null && pythonError.endsWith(":") && !pythonDetail) {
          // "grpc._channel._InactiveRpcError: <... terminated with:" then "status = StatusCode.UNAVAILABLE":
          // an exception line that announces its detail is named by the detail's first line
          pythonError = pythonError + " " + line;
          pythonDetail = true;
        } else if (pythonError != null && pythonDetail && line.startsWith("details = \"") && pythonError.length() < 1_000
            && pythonError.contains(" status = StatusCode.")) {
          // and the status' details below it, what the server said ("tenant not found", "vector lengths don't match")
          pythonError = pythonError + " " + line;
        } else if (pythonError != null && pythonDetail && !pythonTyped && pythonError.contains("validation error")) {
          // pydantic's field, then the error in words that echo the input and the limit ("at most 4000 characters"),
          // then its type ("[type=string_too_long, ..."; v1: "(type=value_error.missing)"): the type is the failure
          String type = pydanticType(line);
          if (type != null) {
            pythonError = pythonError + " error_type=" + type; // a code key: the masker and learning keep it
            pythonTyped = true;
          }
        }
        if (frames.isEmpty() && !python && !inCause && header.size() < 4 && !header.isEmpty() && header.get(header.size() - 1).endsWith(" :")) {
          // R's "Warning in gzfile(file, "rb") :" over its message, indented ("cannot open compressed file '...',
          // probable reason 'Permission denied'"): the line that announced it is read with it
          header.set(header.size() - 1, header.get(header.size() - 1) + " " + line);
          continue;
        }
        if (frames.isEmpty() && !python) {
          lastIndented = line;
          if (!inCause && header.size() < 4
              && (awaitingDotnetException || (i + 1 < lines.length && lines[i + 1].strip().startsWith("at ")))
              && exceptionLine(line)) {
            // a trace printed inside an object (pino-pretty's "err: {", util.inspect): its exception line
            // is indented like the object's fields, and the frames follow it; .NET's console logger indents the
            // whole message, an Azure RequestFailedException's status, code and headers between it and its frames
            header.add(line);
            awaitingDotnetException = false;
          }
        } else if (!frames.isEmpty() && resource == null) {
          resource = inspectedResource(line);
        }
        continue; // indented detail (Go file:line, wrapped text, Python's ^^^^ markers)
      }
      if (line.startsWith("Caused by error") && line.endsWith(":")) {
        rlangCause = true; // R's rlang: "Caused by error in `f()`:", then the cause after "! "
        continue;
      }
      if (rlangCause && !line.isEmpty()) {
        rlangCause = false;
        if (line.startsWith("! ")) {
          cause = line.substring(2).strip(); // the last one is the innermost
          continue;
        }
      }
      if (line.startsWith("Caused by:")) {
        keepMiddleFrame(frames, causeFrame);
        cause = line.substring("Caused by:".length()).strip();
        inCause = true;
        causeFrame = null;
        causeList = cause.isEmpty();
        causeDetail = cause.endsWith(":") ? 2 : 0;
      } else if (causeDetail > 0 && causeFrame == null) {
        // a cause that ends with a colon announces its detail below: Jenkins' "Command "git fetch ..."
        // returned status code 128:" then "stderr: remote: Repository not found." (an empty "stdout:" says nothing)
        if (!line.endsWith(":")) {
          cause = cause + " " + line;
          causeDetail--;
        }
      } else if (inTraceback || python && !frames.isEmpty()) {
        if (pythonError == null) {
          pythonError = line; // the first unindented line after the frames is the exception
          // Twilio's "TwilioRestException:" writes its message as paragraphs below: the request, then "Twilio
          // returned the following information:" and what failed; a few of them name the failure
          pythonBelow = line.endsWith(":") && line.indexOf(' ') < 0 ? 4 : 0;
        } else if (line.startsWith("HTTP response body: ") && pythonError.length() < 1_000) {
          // an OpenAPI client's ApiException (Kubernetes', Pinecone's): "(400)", "Reason: Bad Request", its headers,
          // then "HTTP response body: {"code":3,"message":"Vector dimension 1536 does not match ..."}": the message
          String message = bodyMessage(line);
          String body = line.substring(20).strip();
          message = message != null ? message : body.length() <= 300 ? body : body.substring(0, 300);
          pythonError = message.isEmpty() ? pythonError : pythonError + " | " + message;
        } else if (pythonBelow > 0 && !line.isEmpty()) {
          pythonError = pythonError + " " + line;
          pythonDetail = true;
          pythonBelow--;
        } else if (!pythonDetail && (line.startsWith(": ") || pythonError.endsWith(":")
            || (fieldName(line) && pythonError.contains("validation error")))) {
          // an exception line that ends with a colon announces its detail on the next line (Snowflake's
          // "ProgrammingError: 002003 (42S02): ...: SQL compilation error:" then "Object '...' does not exist")
          // the exception's message goes on: Py4J's Java exception (": org.apache.spark.SparkException: ..."),
          // pydantic's field on a line of its own ("1 validation error for CustomerIn" / "email")
          pythonError = pythonError + " " + (line.startsWith(": ") ? line.substring(2) : line);
          pythonDetail = true;
        }
      } else if (frames.isEmpty() && !inCause
          && (header.size() < 3 || (header.size() == 3 && header.get(2).endsWith(":")))) {
        // up to three lines before the trace (an Android crash: "FATAL EXCEPTION: main", "Process: ...",
        // then the exception; SQL Server: "Msg 547, ...", then the constraint), and a third line that ends
        // with a colon announces the detail ("Invalid `x()` invocation:"), kept as a fourth
        int inner = line.indexOf(" ---> ");
        if (inner > 0) {
          // .NET ToString() on one line: "Outer: msg ---> Inner: msg ---> Innermost: msg"
          cause = line.substring(line.lastIndexOf(" ---> ") + 6).strip();
          line = line.substring(0, inner);
        }
        header.add(line);
      } else {
        lastPlain = line;
        if (firstFailure == null && frames.isEmpty() && !inCause && failureLine(line)) {
          firstFailure = line;
        }
        if (frames.isEmpty() && !inCause && !python && !line.startsWith("\u2192 ")) {
          beforeTrace = line;
        }
      }
    }
    if (cause == null && gradleCause != null) {
      cause = gradleCause;
    }
    if (frames.isEmpty() && cause == null && pythonError == null && (lastPlain != null || lastIndented != null)) {
      // No trace: a multi-line error (ORM, validation report) often states what failed on its last line,
      // and Postgres ends with the statement that failed ("\tSTATEMENT:  UPDATE inventory ...")
      if (firstFailure != null && firstFailure != lastPlain) {
        // a build's or a test run's log: the first line that reports a failure names it ("--- FAIL:
        // TestCreateLabel_IdempotencyKey"), the last one only how the step ended
        header.add(firstFailure);
      }
      header.add(lastPlain != null ? lastPlain : lastIndented);
    }
    if (objectFields != null) {
      header.add(objectFields);
    }
    if (detailLine != null) {
      header.add(detailLine);
    }
    if (beforeTrace != null && !frames.isEmpty()) {
      // the line just above the trace states what failed when the header above it is full (three lines;
      // a shorter header took that line already): Prisma prints the call, its file and a code excerpt,
      // then the failure ("Foreign key constraint failed on the field: ...")
      header.add(beforeTrace);
    }
    if (pythonError != null) {
      header.add(pythonError);
    }
    if (python || (!frames.isEmpty() && frames.get(0).outermostFirst())) {
      innermostFirst(frames);
    }
    for (String h : header) {
      if (out.length() > 0) {
        out.append(" | ");
      }
      String line = spacedJson(h);
      masker.mask(line, 0, Math.min(line.length(), 8_000), out);
    }
    if (!header.isEmpty() && appPanic(header.get(0))) {
      // a Rust panic names the line of the app's that panicked: its backtrace is there or not as RUST_BACKTRACE was
      // set, the same panic either way (in a crate's code, its callers in the backtrace say whose call it was)
      frames.clear();
    }
    int added = 0;
    boolean anyApp = false;
    for (Frame f : frames) {
      anyApp |= f.app;
    }
    if (apple > 0 && anyApp && !frames.get(0).app) {
      // a crash report says only how the thread trapped (EXC_BREAKPOINT for any Swift runtime check): the system's
      // frame it trapped in says which check failed ("Array._checkSubscript" under "_assertionFailure")
      out.append(" | in ").append(frames.get(0).name);
    }
    for (Frame f : frames) {
      if (added == keep) {
        break;
      }
      if (f.app || !anyApp) {
        out.append(" | at ").append(f.name);
        added++;
      }
    }
    if (resource != null) {
      out.append(" | ");
      masker.mask(resource, 0, resource.length(), out);
    }
    if (cause != null) {
      out.append(" | caused by ");
      masker.mask(cause, 0, Math.min(cause.length(), 8_000), out);
      if (causeFrame != null) {
        out.append(" at ").append(causeFrame.name);
      }
    }
  }

  /**
   * A line of a box of '!' only ("!!!!!!!!", "!"): CMOR, like many Fortran and C programs, draws its errors in one.
   * It says nothing, and would take a line of the header. (A box of stars is left: MuleSoft's holds its fields, and
   * a shorter header then keeps the ones that name the failure.)
   */
  private static boolean banner(String line) {
    for (int k = 0; k < line.length(); k++) {
      if (line.charAt(k) != '!') {
        return false;
      }
    }
    return true;
  }

  /** "thread 'main' panicked at src/ingest/decoder.rs:142:37:": a panic at a line of the app's own code. */
  private boolean appPanic(String line) {
    int at = line.indexOf(" panicked at ");
    if (at < 0) {
      return false;
    }
    int from = at + 13;
    int end = line.indexOf(".rs:", from);
    int space = line.indexOf(' ', from);
    return end > from && (space < 0 || space > end) && app(line.substring(from, end + 3));
  }

  /**
   * Rust's "note: run with `RUST_BACKTRACE=1` ..." and "stack backtrace:": lines that say only whether a backtrace
   * was asked for, skipped, so one panic with and without its backtrace reads the same.
   */
  private static boolean rustBacktraceNote(String line) {
    return line.equals("stack backtrace:") || line.startsWith("note: run with `RUST_BACKTRACE=")
        || line.startsWith("note: Some details are omitted, run with `RUST_BACKTRACE=");
  }

  /** "msg: |-", "stderr: |": a message's key opening a YAML block scalar. */
  private static boolean yamlMessage(String line) {
    int colon = line.indexOf(": ");
    if (colon < 3 || colon > 14) {
      return false;
    }
    String key = line.substring(0, colon);
    String style = line.substring(colon + 2).strip();
    return (key.equals("msg") || key.equals("message") || key.equals("stderr") || key.equals("module_stderr")
        || key.equals("error")) && (style.equals("|") || style.equals("|-") || style.equals(">") || style.equals(">-"));
  }

  /** "Error: connect ECONNREFUSED ...", "TypeError: x is not a function": a type ending in Error or Exception, then a colon. */
  private static boolean exceptionLine(String text) {
    int from = 0;
    while (from < text.length() && text.charAt(from) > 127) {
      from++; // a framework's marker before it: Next.js' "⨯ TypeError: fetch failed"
    }
    String line = from == 0 ? text : text.substring(from).strip();
    int colon = line.indexOf(':');
    if (colon < 5 || colon > 120) {
      return false;
    }
    String type = line.substring(0, colon);
    int hresult = type.indexOf(" (0x");
    if (hresult > 0 && type.endsWith(")")) {
      type = type.substring(0, hresult); // .NET: "Microsoft.Data.SqlClient.SqlException (0x80131904): ..."
      colon = hresult;
    }
    if (!(type.endsWith("Error") || type.endsWith("Exception"))) {
      return false;
    }
    for (int k = 0; k < colon; k++) {
      char c = type.charAt(k);
      if (!(Shapes.letter(c) || Shapes.digit(c) || c == '.' || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lines of the event: \r (Lambda's Python runtime joins lines with it) and \n both end a line,
   * U+00A0 (its indentation) counts as a space, and a huge trace keeps its head and its tail.
   */
  static String[] lines(String text) {
    String t = text.indexOf('\u00a0') >= 0 ? text.replace('\u00a0', ' ') : text;
    String[] all = splitLines(t);
    if (all.length <= MAX_LINES) {
      return all;
    }
    String[] cut = new String[MAX_LINES];
    int half = MAX_LINES / 2;
    System.arraycopy(all, 0, cut, 0, half);
    System.arraycopy(all, all.length - half, cut, half, half);
    return cut;
  }

  /** Splits at \r\n, \r and \n like {@code split("\r\n|\r|\n")}, without a regex per event. */
  private static String[] splitLines(String t) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(t.substring(start, i));
        if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(t.substring(start));
    // String.split drops trailing empty strings; keep that behaviour so templates do not change
    int size = out.size();
    while (size > 1 && out.get(size - 1).isEmpty()) {
      size--;
    }
    if (size == 1 && out.get(0).isEmpty() && n > 0) {
      return new String[0];
    }
    return out.subList(0, size).toArray(new String[0]);
  }

  /**
   * A field of an error printed as an object after its stack (Node's util.inspect of an AWS SDK error:
   * "QueueUrl: 'https://sqs.../email-outbound'", "TableName: 'orders'") that names the resource that
   * failed, as "key=value" for the masker (see words urlkey and namekey); null otherwise.
   */
  private String inspectedResource(String line) {
    int colon = line.indexOf(": '");
    if (colon < 2 || !line.endsWith("'") && !line.endsWith("',")) {
      return null;
    }
    String key = line.substring(0, colon);
    if (!urlKeys.contains(key, 0, key.length()) && !nameKeys.contains(key, 0, key.length())) {
      return null;
    }
    String value = line.substring(colon + 3, line.lastIndexOf('\''));
    return value.isEmpty() || value.indexOf(' ') >= 0 ? null : key + "=" + value;
  }

  /**
   * Python writes its frames outermost first, Java innermost first; a script host (Jython in Ignition, a JVM
   * running Python) prints both: the Python frames, reversed, are where the script failed and come first, the
   * host's Java frames after them in their own order.
   */
  private static void innermostFirst(List<Frame> frames) {
    List<Frame> python = new ArrayList<>();
    List<Frame> other = new ArrayList<>();
    for (Frame f : frames) {
      (f.outermostFirst() ? python : other).add(f);
    }
    java.util.Collections.reverse(python);
    frames.clear();
    frames.addAll(python);
    frames.addAll(other);
  }

  /**
   * A cause with a cause: the middle cause's application frame says which call failed ("sendReceipt" vs
   * "renderInvoice" over one "socket hang up", under one job runner's frames) and is kept as a frame.
   */
  private static void keepMiddleFrame(List<Frame> frames, Frame causeFrame) {
    if (causeFrame != null && !frames.contains(causeFrame)) {
      frames.add(causeFrame);
    }
  }

  /**
   * A compact JSON object at the end of a header line (Sidekiq's "WARN: {"context":"Job raised exception",
   * "args":[6707],"jid":"fc33..."}") is one token to the masker, ids and all: a space after each field's
   * comma and colon lets each value be masked on its own. A one-word value of a field named for an id or a
   * name (Serilog's scope {"ClientId":"partner-api","MachineName":"booking-api-7f9c"}) is written key="value",
   * so that it is masked as a key's value whatever its letters; every other field is kept as it was written.
   */
  static String spacedJson(String line) {
    int brace = line.indexOf("{\"");
    if (brace < 0 || !line.endsWith("}") || line.indexOf(", \"", brace) >= 0) {
      return line;
    }
    String json = ID_FIELD.matcher(line.substring(brace).replace(",\"", ", \"")).replaceAll("$1=\"$2\"");
    return line.substring(0, brace) + json.replace("\":", "\": ");
  }

  private static final java.util.regex.Pattern ID_FIELD =
      java.util.regex.Pattern.compile("\"([A-Za-z_]{0,40}(?:Id|ID|_id|Name|_name))\":\"([^\"\\\\ ]{1,128})\"");

  /** A line that reports a failure: Go's and pytest's "--- FAIL: TestX" / "FAILED tests/x.py::test_y". */
  private static boolean failureLine(String line) {
    // a step's log reports its failure in its own words: kubectl's "Error from server (Forbidden): ...",
    // git's "fatal: ...", Go's test runner's "--- FAIL: "
    return line.contains("--- FAIL: ") || line.contains("FAILED ") || line.startsWith("Error:") || line.startsWith("Error ") || line.startsWith("Error[")
        || MaskingFingerprinter.holdsWord(line, "ERROR") // also inside a banner: GATK's "A USER ERROR has occurred: ..."
        || line.startsWith("error:") || line.startsWith("fatal:") || line.startsWith("FATAL") || line.contains("Exception: ")
        || (line.startsWith("-") && line.contains("Error ")) // varnishlog's "-   FetchError     backend ...: fail errno 111"
        || embeddedError(line);
  }

  /**
   * An embedded runtime's line at error level: ESP-IDF's "E (590206) esp_image: Checksum failed" and Zephyr's "<err>
   * aws_iot: ...". A device's log sent as one event holds the steps before the failure; the first error says which.
   */
  private static boolean embeddedError(String line) {
    if (line.startsWith("E (")) {
      int close = line.indexOf(')', 3);
      return close > 3 && Shapes.digits(line, 3, close) && line.startsWith(") ", close);
    }
    return line.startsWith("<err> ") || line.contains("] <err> ");
  }

  /**
   * A frame of an Apple crash report's crashed thread: "3   Gemfall   0x0000000102a4c210 -[ChatViewController
   * tableView:cellForRowAtIndexPath:] + 156 (ChatViewController.m:212)", a number, the binary image, the address,
   * then the symbol and its offset (or a second address when it is not symbolicated: the image names it then). The
   * frame is the app's when its image is the crashed process, or, without a process named, when the symbol names
   * its source file or its image is no system image (words appleimage, "lib...").
   */
  private Frame appleFrame(String line, String process) {
    int k = 0;
    while (k < line.length() && Shapes.digit(line.charAt(k))) {
      k++;
    }
    if (k == 0 || k >= line.length() || !LineMasker.space(line.charAt(k))) {
      return null;
    }
    String[] parts = SPACES.split(line.substring(k).strip(), 3);
    if (parts.length < 3 || !parts[1].startsWith("0x")) {
      return null;
    }
    String image = parts[0];
    String symbol = parts[2];
    int offset = symbol.lastIndexOf(" + ");
    // a symbolicated frame of the app's own code names its source file: "Foo.bar() + 516 (Foo.swift:41)"
    int source = symbol.lastIndexOf(" (");
    boolean located = offset > 0 && source > offset && symbol.endsWith(")") && symbol.indexOf(':', source) > 0;
    if (offset > 0) {
      symbol = symbol.substring(0, offset);
    }
    String name = symbol.startsWith("0x") ? image : symbol;
    boolean app = process != null ? image.equals(process) : located || (!image.startsWith("lib") && !appleImages.contains(image, 0, image.length()));
    return new Frame(name, app);
  }

  /** Whether a raw line is a field of an inspected object: "  errorCode: 1404," (indented, a name, ": "). */
  private static boolean objectKey(String raw) {
    int k = indent(raw);
    if (k == 0 || k >= raw.length() || !(Shapes.letter(raw.charAt(k)) || raw.charAt(k) == '_')) {
      return false;
    }
    int e = k;
    while (e < raw.length() && (Shapes.letter(raw.charAt(e)) || Shapes.digit(raw.charAt(e)) || raw.charAt(e) == '_')) {
      e++;
    }
    return raw.startsWith(": ", e);
  }

  /** The brackets a line opens less those it closes, outside quoted text. */
  private static int braces(String line) {
    int d = 0;
    char quote = 0;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else {
        d += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
      }
    }
    return d;
  }

  /** Adds "key: value" when the key names a message or a code (errorMessage, errorCode, status, reason). */
  private void objectField(String line, StringBuilder into) {
    int colon = line.indexOf(": ");
    if (colon <= 0 || into.length() > 600) {
      return;
    }
    String key = line.substring(0, colon);
    String value = line.substring(colon + 2).strip();
    if (value.endsWith(",")) {
      value = value.substring(0, value.length() - 1);
    }
    if (value.isEmpty() || value.startsWith("{") || value.startsWith("[")) {
      return;
    }
    String lower = key.toLowerCase(java.util.Locale.ROOT);
    if (messageKeys.contains(lower, 0, lower.length())) {
      // the message as text, its values masked word by word
      boolean quoted = value.length() > 1 && (value.charAt(0) == '\'' || value.charAt(0) == '"')
          && value.charAt(value.length() - 1) == value.charAt(0);
      into.append(into.isEmpty() ? "" : " ").append(quoted ? value.substring(1, value.length() - 1) : value);
      return;
    }
    boolean code = codeFields.contains(lower, 0, lower.length());
    for (int i = 0; i < codeSuffixes.size() && !code; i++) {
      code = lower.endsWith(codeSuffixes.get(i));
    }
    if (code) {
      // as key=value, so the masker keeps a code ("errorCode=1404") and masks an id
      into.append(into.isEmpty() ? "" : " ").append(key).append('=').append(value);
    }
  }

  private static final java.util.regex.Pattern CAUSE_FIELD =
      java.util.regex.Pattern.compile("\\b(name|message|\\w*(?:[cC]ode|[rR]eason|[iI]ssue|[tT]ype)): '([^']{1,200})'");

  /** The name, message and codes of an object printed as a cause, in the order they come (at most 400 characters). */
  private static void causeFields(String line, StringBuilder into) {
    java.util.regex.Matcher m = CAUSE_FIELD.matcher(line);
    while (m.find() && into.length() < 400) {
      // as text, its own words: "UNPROCESSABLE_ENTITY The requested action ... INSTRUMENT_DECLINED"
      into.append(into.isEmpty() ? "" : " ").append(m.group(2));
    }
  }

  /**
   * A supervisor report's "supervisor: {local,ranch_sup}", "errorContext: start_error" and "reason: {listen_error,
   * api,eaddrinuse}": which supervisor failed at what, and why (its "offender" below is the child's spec).
   */
  private static boolean supervisorField(List<String> header, String line) {
    return !header.isEmpty() && header.get(0).startsWith("=SUPERVISOR REPORT")
        && (line.startsWith("supervisor:") || line.startsWith("errorContext:") || line.startsWith("reason:"));
  }

  private static boolean erlangReason(String line) {
    return line.startsWith("exception exit:") || line.startsWith("exception error:") || line.startsWith("exception throw:");
  }

  private static int indent(String raw) {
    int k = 0;
    while (k < raw.length() && LineMasker.space(raw.charAt(k))) {
      k++;
    }
    return k;
  }

  /**
   * glibc's backtrace_symbols, as Open MPI's signal handler and many C programs print it: "[ 1] /opt/apps/fem/lib/
   * libfemcore.so(_ZN3fem9Assembler14assembleVolume...+0x2a4)[0x7f84b67e227c]": the symbol, its offset and address
   * left out; a frame of the system's libraries, or one without a symbol ("(+0x54db0)"), is not the application's.
   */
  private static Frame symbolFrame(String line) {
    int from = 0;
    if (line.startsWith("[")) {
      int close = line.indexOf("] ");
      if (close < 2 || !Shapes.digits(line, 1, close) && !Shapes.digits(line, 2, close)) {
        return null;
      }
      from = close + 2;
    }
    int open = line.indexOf('(', from);
    int end = line.indexOf(")[0x", from);
    if (open <= from || end < open || line.indexOf(' ', from) > 0 && line.indexOf(' ', from) < open) {
      return null;
    }
    String path = line.substring(from, open);
    int plus = line.indexOf('+', open);
    String symbol = line.substring(open + 1, plus > open && plus < end ? plus : end);
    boolean system = path.startsWith("/lib") || path.startsWith("/usr/lib") || path.contains("/libc.so")
        || path.contains("/libpthread");
    if (symbol.isEmpty()) {
      return new Frame(path.substring(path.lastIndexOf('/') + 1), false);
    }
    return new Frame(symbol, !system);
  }

  /**
   * Intel Fortran's traceback, "e3sm.exe  0000000002A9C1F7  micro_p3_mp_cloud_  2345  micro_p3.F90": image, PC,
   * routine, line and source; the routine and its source say where it failed, a routine the runtime could not
   * name ("Unknown") is not the application's.
   */
  private static Frame fortranFrame(String line) {
    String[] c = SPACES.split(line, 6);
    if (c.length != 5 || c[1].length() != 16 || !hexDigits(c[1])) {
      return null;
    }
    if (c[2].equals("Unknown")) {
      return new Frame(c[0], false);
    }
    return new Frame(c[2] + " " + c[4], true);
  }

  /** Hex digits only, all of them digits allowed (a program counter). */
  private static boolean hexDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Shapes.hexDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Julia's " [2] step!(sim::Simulation{Float64}, dt::Float64)" over "   @ OceanSim ~/.julia/.../timestep.jl:88":
   * the function, its argument types left out (the values of a call); Base's and Core's frames ("@ Base",
   * "@ ./essentials.jl") and the script's "top-level scope" are not the application's.
   */
  private static Frame juliaFrame(String line, String at) {
    int close = line.indexOf("] ");
    if (close < 2 || !Shapes.digits(line, 1, close)) {
      return null;
    }
    String call = line.substring(close + 2).strip();
    int paren = call.indexOf('(');
    String name = paren > 0 ? call.substring(0, paren) : call;
    if (name.isEmpty() || name.indexOf(' ') >= 0 && !name.equals("top-level scope")) {
      return null;
    }
    String module = at.substring(2).strip();
    String first = module.split("[ .]", 2)[0];
    boolean base = first.equals("Base") || first.equals("Core") || module.startsWith("./")
        || module.startsWith("/") && module.contains("/share/julia/");
    return new Frame(name, !base && !name.equals("top-level scope"));
  }

  /** A frame's stable name, or null when the line is not a frame. */
  private Frame frame(String line, String raw, String next) {
    if (line.length() > 4 && line.charAt(0) == '[' && Shapes.digit(line.charAt(1)) && next.strip().startsWith("@ ")) {
      Frame julia = juliaFrame(line, next.strip());
      if (julia != null) {
        return julia;
      }
    }
    if (line.endsWith("]") && line.indexOf(")[0x") > 0) {
      Frame symbol = symbolFrame(line);
      if (symbol != null) {
        return symbol;
      }
    }
    if (line.length() > 24 && line.indexOf("  ") > 0) {
      Frame fortran = fortranFrame(line);
      if (fortran != null) {
        return fortran;
      }
    }
    if (line.length() > 3 && line.charAt(0) == '#' && Shapes.digit(line.charAt(1))) {
      Frame nativeFrame = nativeFrame(line);
      if (nativeFrame != null) {
        return nativeFrame;
      }
    }
    int addr = line.startsWith("0x") ? line.indexOf(": ") : -1;
    int at = addr > 2 ? line.indexOf(" at ", addr) : -1;
    if (at > addr + 2 && hexDigits(line.substring(2, addr))) {
      // addr2line's decoding of a backtrace (ESP-IDF's monitor, a panic handler): "0x400f3b70: prov_event_cb at
      // /builds/fw/components/provisioning/ble_prov.c:97"
      String name = line.substring(addr + 2, at).strip();
      String where = stripLineNumbers(line.substring(at + 4).strip());
      if (!name.isEmpty() && name.indexOf(' ') < 0 && where.indexOf('/') >= 0) {
        return new Frame(name + " " + baseName(where), app(where));
      }
    }
    int called = line.indexOf(", called at ");
    if (called > 0 && line.indexOf(' ') > called) {
      // Haskell's CallStack: "head, called at src/Pricing/Quote.hs:142:15 in pricing-0.4.1-inplace:Pricing.Quote":
      // the function called, in the module that called it (its package's version is a value)
      int in = line.lastIndexOf(" in ");
      int colon = in > 0 ? line.indexOf(':', in) : -1;
      if (colon > 0 && colon < line.length() - 1) {
        String module = line.substring(colon + 1).strip();
        String pkg = line.substring(in + 4, colon);
        return new Frame(module + " " + line.substring(0, called), app(pkg + ":"));
      }
    }
    if (line.startsWith("@ ") && line.length() > 4) {
      // glog's failure signal handler: "@     0x55096981b1f4 tcu::MqttUplink::connect()": the function, its address a value
      String rest = line.substring(2).strip();
      int space = rest.indexOf(' ');
      if (space > 2 && rest.startsWith("0x") && hexDigits(rest.substring(2, space))) {
        String name = rest.substring(space + 1).strip();
        return new Frame(name, !name.startsWith("(") && !name.startsWith("std::") && !name.startsWith("__") && app(name));
      }
    }
    if (line.startsWith("ORA-06512: at ")) {
      // Oracle's PL/SQL backtrace, "ORA-06512: at "RXBATCH.NDC_UTIL", line 45": the unit that failed, its line a value
      String rest = line.substring(14).strip();
      int comma = rest.lastIndexOf(", line ");
      String unit = comma > 0 ? rest.substring(0, comma) : "line";
      return new Frame(unit, comma > 0 && !unit.startsWith("\"SYS."));
    }
    if (line.startsWith("in function ") || line.startsWith("in call from ")) {
      // Erlang: "in call from chat_session:handle_info/2 (src/chat_session.erl, line 118)"
      String rest = line.substring(line.startsWith("in function ") ? 12 : 13).strip();
      int paren = rest.indexOf(" (");
      String name = paren > 0 ? rest.substring(0, paren) : rest;
      if (name.indexOf(':') > 0 && name.indexOf('/') > 0) {
        return new Frame(name, app(name));
      }
    }
    if (line.startsWith("at ")) {
      String rest = line.substring(3).strip();
      if (rest.startsWith("async ")) {
        rest = rest.substring(6);
      }
      int paren = rest.indexOf('(');
      String name;
      String where;
      if (paren > 0) {
        name = withoutModule(rest.substring(0, paren).strip());
        where = rest.substring(paren);
        if (rest.charAt(paren - 1) == ' ' && where.endsWith(")")) {
          // Node "fn (/app/src/x.js:10:5)": names like Object.<anonymous> repeat, the file tells them apart
          String file = stripLineNumbers(where.substring(1, where.length() - 1));
          int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
          if (slash >= 0) {
            name = name + " " + withoutBuildHash(file.substring(slash + 1));
          }
        }
      } else {
        name = withoutBuildHash(stripLineNumbers(rest));
        where = rest;
      }
      // "(index 0)", "(native)", "(<anonymous>)": runtime internals have no file in their location
      // "(<generated>)": a CGLIB proxy of an application class ("InvoiceService$$SpringCGLIB$$0"), named for it
      boolean file = where.indexOf('/') >= 0 || where.indexOf('\\') >= 0 || where.indexOf('.') >= 0
          || where.startsWith("(<generated>)");
      return new Frame(generatedOrdinals(withoutProxy(name)), file && app(name) && app(where));
    }
    if (!raw.isEmpty() && LineMasker.space(raw.charAt(0)) && javaFrameWithoutAt(line)) {
      // WebLogic's stuck-thread dump and other thread dumps write Java frames without "at "
      return frame("at " + line, raw, next);
    }
    if (line.startsWith("File \"")) {
      int close = line.indexOf('"', 6);
      if (close < 0) {
        return null;
      }
      String file = line.substring(6, close);
      int in = line.indexOf(", in ", close);
      String func = in >= 0 ? line.substring(in + 5).strip() : "";
      return new Frame(baseName(file) + ":" + func, app(file), true);
    }
    int close = rubyFrame(line);
    if (close > 0) {
      String s = line.startsWith("from ") ? line.substring(5) : line;
      int in = s.indexOf(":in ");
      String file = stripLineNumbers(s.substring(0, in));
      String method = s.substring(in + 5, close - (line.length() - s.length()));
      // Rails' cleaned gem frames read "actionpack (7.1.3) lib/..."
      boolean gem = file.indexOf(" (") > 0;
      // a compiled view's method carries numbers of the process: "_app_views_show_html_erb__3482_7012"
      return new Frame(baseName(file) + ":" + generatedOrdinals(method), !gem && app(file));
    }
    if (line.length() > 3 && line.charAt(0) == '#' && Shapes.digit(line.charAt(1))) {
      Frame nativeFrame = tombstoneFrame(line);
      nativeFrame = nativeFrame != null ? nativeFrame : backwardFrame(line);
      return nativeFrame != null ? nativeFrame : phpFrame(line);
    }
    // Go: "pkg.fn(0xc000...)" over an indented "/path/file.go:42 +0x1d"
    if (!raw.isEmpty() && !LineMasker.space(raw.charAt(0)) && line.endsWith(")") && next.contains(".go:")) {
      int paren = line.lastIndexOf('(');
      // a frame's function is one word ("main.(*Server).handle"); "--- FAIL: TestX (3.84s)" over a test's
      // "labels_test.go:88: ..." is a test report, not a frame
      if (paren > 0 && line.lastIndexOf(' ', paren - 1) < 0 && !next.isEmpty() && LineMasker.space(next.charAt(0))) {
        String name = line.substring(0, paren);
        return new Frame(generatedOrdinals(name), app(name) && app(next.strip()));
      }
    }
    // zap's "stacktrace": "pkg.(*T).Method" with no arguments, over an indented "/path/file.go:42"
    if (!raw.isEmpty() && !LineMasker.space(raw.charAt(0)) && !next.isEmpty() && LineMasker.space(next.charAt(0))
        && line.indexOf(' ') < 0 && line.indexOf('.') > 0 && goFileLine(next.strip())) {
      return new Frame(generatedOrdinals(line), app(line) && app(next.strip()));
    }
    return null;
  }

  /** "fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]": a level, a category, an event id. */
  private static boolean dotnetConsole(String line) {
    int colon = line.indexOf(": ");
    if (colon != 4 || !line.endsWith("]") || line.indexOf(' ', colon + 2) >= 0) {
      return false;
    }
    String level = line.substring(0, 4);
    int open = line.lastIndexOf('[');
    return (level.equals("fail") || level.equals("crit") || level.equals("warn") || level.equals("info")
        || level.equals("dbug") || level.equals("trce")) && open > colon + 2 && allDigits(line, open + 1, line.length() - 1);
  }

  /** "/src/internal/proxy/grpc.go:212", optionally with Go's " +0x1d". */
  private static boolean goFileLine(String s) {
    int go = s.lastIndexOf(".go:");
    if (go <= 0 || s.indexOf(' ') >= 0 && !s.startsWith(" +0x", s.indexOf(' '))) {
      return false;
    }
    int end = s.indexOf(' ') < 0 ? s.length() : s.indexOf(' ');
    return end > go + 4 && allDigits(s, go + 4, end);
  }

  /** "java.net.SocketInputStream.read(SocketInputStream.java:168)", "...socketRead0(Native Method)". */
  private static boolean javaFrameWithoutAt(String line) {
    int paren = line.indexOf('(');
    if (paren < 3 || !line.endsWith(")") || line.lastIndexOf(' ', paren) >= 0 || line.indexOf('.') > paren
        || line.indexOf('.') < 0) {
      return false;
    }
    return line.endsWith(".java)") || line.contains(".java:") || line.endsWith("(Native Method)")
        || line.endsWith("(Unknown Source)");
  }

  /**
   * Index of the quote closing a Ruby frame's method ("app/models/order.rb:57:in `customer_name'",
   * "from /app/x.rb:3:in 'Order#total'"), or -1 when the line is not one.
   */
  private static int rubyFrame(String line) {
    int in = line.indexOf(":in ");
    if (in <= 0 || in + 5 >= line.length() || (line.charAt(in + 4) != '`' && line.charAt(in + 4) != '\'')) {
      return -1;
    }
    int colon = line.lastIndexOf(':', in - 1);
    if (colon <= 0 || !allDigits(line, colon + 1, in)) {
      return -1;
    }
    String file = line.substring(line.startsWith("from ") ? 5 : 0, colon);
    if (file.isEmpty() || file.indexOf('/') < 0 && file.indexOf('.') < 0 && !file.startsWith("<")) {
      return -1;
    }
    int close = line.indexOf('\'', in + 5);
    return close > in + 5 ? close : -1;
  }

  /**
   * Android's native backtrace (a tombstone, Crashlytics' NDK report): "#00 pc 000000000182706c  /data/app/.../libil2cpp.so
   * (RagdollPool_Release_m7C2D9A41...+76) (BuildId: 998c...)". The function names the frame, without its offset, its
   * arguments or IL2CPP's method hash; a frame without one is its library. The system's libraries are not the app's.
   */
  private Frame tombstoneFrame(String line) {
    int pc = line.indexOf(" pc ");
    if (pc < 2 || !allDigits(line, 1, pc)) {
      return null;
    }
    String[] parts = SPACES.split(line.substring(pc + 4).strip(), 3);
    // a program counter may be all digits ("0000000001827064"): Shapes.hex takes those for a number
    if (parts.length < 2 || parts[0].isEmpty() || !hexDigits(parts[0]) || parts[1].isEmpty() || parts[1].charAt(0) != '/') {
      return null;
    }
    String path = parts[1];
    String rest = parts.length > 2 ? parts[2] : "";
    String name = baseName(path);
    int build = rest.indexOf("(BuildId:");
    String symbol = (build >= 0 ? rest.substring(0, build) : rest).strip();
    if (symbol.length() > 2 && symbol.charAt(0) == '(' && symbol.endsWith(")")) {
      symbol = symbol.substring(1, symbol.length() - 1);
      int plus = symbol.lastIndexOf('+');
      symbol = plus > 0 && allDigits(symbol, plus + 1, symbol.length()) ? symbol.substring(0, plus) : symbol;
      int args = symbol.indexOf('(');
      symbol = args > 0 ? symbol.substring(0, args) : symbol;
      name = IL2CPP_HASH.matcher(symbol).replaceFirst("");
    }
    boolean system = path.startsWith("/system/") || path.startsWith("/apex/") || path.startsWith("/vendor/");
    return new Frame(name, !system);
  }

  /**
   * backward-cpp's trace, most recent call last (ROS 2's C++ crashes): "#1    Source "/ws/src/base/src/motor_bus.cpp",
   * line 141, in amr::MotorBus::readEncoders(std::array<int, 2ul>&) [0x559f0f123a9c]", or "#7    Object
   * "/usr/lib/x86_64-linux-gnu/libc.so.6", at 0x7f127f2cea92, in start_thread" for a frame without sources.
   */
  private Frame backwardFrame(String line) {
    int k = 1;
    while (k < line.length() && Shapes.digit(line.charAt(k))) {
      k++;
    }
    int kind = k;
    while (kind < line.length() && line.charAt(kind) == ' ') {
      kind++;
    }
    boolean source = line.startsWith("Source \"", kind);
    if (kind == k || (!source && !line.startsWith("Object \"", kind))) {
      return null;
    }
    int close = line.indexOf('"', kind + 8);
    int in = close > 0 ? line.indexOf(", in ", close) : -1;
    if (in < 0) {
      return null;
    }
    String path = line.substring(kind + 8, close);
    String fn = line.substring(in + 5).strip();
    int end = fn.indexOf('(');
    end = end > 0 ? end : fn.indexOf(" [");
    fn = end > 0 ? fn.substring(0, end) : fn;
    return new Frame(fn.isEmpty() ? baseName(path) : fn, source && app(path), true);
  }

  /**
   * PHP "#0 /var/www/app/Billing.php(88): App\\Billing->charge('x')": the method without its arguments;
   * a plain function is told apart by its file.
   */
  private Frame phpFrame(String line) {
    int space = line.indexOf(' ');
    int colon = line.indexOf("): ", space);
    if (space < 0 || !allDigits(line, 1, space)) {
      return null;
    }
    String where;
    String call;
    if (colon > 0) {
      int paren = line.lastIndexOf('(', colon);
      if (paren <= space || !allDigits(line, paren + 1, colon)) {
        return null;
      }
      where = line.substring(space + 1, paren);
      call = line.substring(colon + 3);
    } else if (line.startsWith("[internal function]: ", space + 1)) {
      where = "";
      call = line.substring(space + 22);
    } else {
      return null;
    }
    int args = call.indexOf('(');
    String name = args > 0 ? call.substring(0, args) : call;
    if (name.indexOf("->") < 0 && name.indexOf("::") < 0 && !where.isEmpty()) {
      name = baseName(where) + ":" + name;
    }
    return new Frame(name, !where.isEmpty() && app(where));
  }

  /**
   * Drops logcat's prefix ("11-18 18:23:39.854 21802 21802 E AndroidRuntime: ") from every line that has
   * one, when two do: an Android crash writes it before each line of its trace.
   */
  static String[] withoutLogcat(String[] lines) {
    if (lines.length < 2 || logcatPrefix(lines[0]) < 0 || logcatPrefix(lines[1]) < 0) {
      return lines;
    }
    String[] out = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      int p = logcatPrefix(lines[i]);
      out[i] = p < 0 ? lines[i] : lines[i].substring(p);
    }
    return out;
  }

  /**
   * Drops the time that starts each line when most lines start with one: a CI runner's log (GitHub Actions'
   * "2024-05-14T12:01:46.7436107Z   File ..."), `docker logs -t` and `kubectl logs --timestamps` stamp every
   * line, and frames and causes are recognised only at the start of a line. One space goes with the time, so
   * the indentation of a traceback stays.
   */
  static String[] withoutTimestamps(String[] lines) {
    int stamped = 0;
    int text = 0;
    for (String l : lines) {
      if (!l.isBlank()) {
        text++;
        stamped += timestampPrefix(l) > 0 ? 1 : 0;
      }
    }
    if (stamped < 2 || stamped * 2 < text) {
      return lines;
    }
    // dbt writes two spaces after its time: the indentation all stamped lines share goes too
    int shared = Integer.MAX_VALUE;
    int[] at = new int[lines.length];
    for (int i = 0; i < lines.length; i++) {
      at[i] = timestampPrefix(lines[i]);
      if (at[i] > 0 && !lines[i].isBlank()) {
        shared = Math.min(shared, indent(lines[i].substring(at[i])));
      }
    }
    String[] out = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      out[i] = at[i] <= 0 ? lines[i] : lines[i].substring(Math.min(lines[i].length(), at[i] + shared));
    }
    return out;
  }

  /** Where the text after a leading time and one space starts ("2024-05-14T12:01:46Z ", "2024-05-14 12:01:46,123 "), or -1. */
  static int timestampPrefix(String l) {
    if (l.length() < 10 || !Shapes.digit(l.charAt(0))) {
      return -1;
    }
    int sp = l.indexOf(' ');
    if (sp < 0 || sp > 40 || !Shapes.timestamp(l, 0, sp)) {
      return -1;
    }
    int next = l.indexOf(' ', sp + 1);
    int colon = next > sp ? l.indexOf(':', sp + 1) : -1;
    if (next > sp + 1 && next - sp < 20 && l.charAt(sp + 1) != ' ' && Shapes.timestamp(l, sp + 1, next)
        && colon > sp && colon < next) {
      sp = next; // a date, then its time
    }
    return sp + 1;
  }

  /** Where the text after a logcat prefix starts ("MM-DD HH:MM:SS.mmm PID TID L Tag: "), or -1. */
  private static int logcatPrefix(String l) {
    if (l.length() < 33 || !Shapes.digit(l.charAt(0)) || l.charAt(2) != '-' || l.charAt(5) != ' '
        || l.charAt(8) != ':' || l.charAt(14) != '.') {
      return -1;
    }
    int i = 18;
    for (int field = 0; field < 2; field++) {
      while (i < l.length() && l.charAt(i) == ' ') {
        i++;
      }
      int d = i;
      while (i < l.length() && Shapes.digit(l.charAt(i))) {
        i++;
      }
      if (i == d) {
        return -1;
      }
    }
    if (i + 3 >= l.length() || l.charAt(i) != ' ' || "VDIWEFA".indexOf(l.charAt(i + 1)) < 0 || l.charAt(i + 2) != ' ') {
      return -1;
    }
    int colon = l.indexOf(": ", i + 3);
    return colon < 0 ? -1 : colon + 2;
  }

  /**
   * gdb's "#0  0x00005555da5767a1 in PhysicsWorld::stepBody (this=0x7f0d..., body=0x0) at src/physics/world.cpp:318"
   * and a sanitizer's "#1 0x4f2d3c in Cache::get(int) /src/cache.cpp:88:5": the function and its file, the
   * addresses, arguments and line values.
   */
  private Frame nativeFrame(String line) {
    int p = 1;
    while (p < line.length() && Shapes.digit(line.charAt(p))) {
      p++;
    }
    String rest = line.substring(p).strip();
    if (rest.startsWith("0x")) {
      int in = rest.indexOf(" in ");
      if (in < 0) {
        return null;
      }
      rest = rest.substring(in + 4).strip();
    }
    int at = rest.lastIndexOf(" at ");
    String name;
    String file;
    if (at > 0) {
      file = rest.substring(at + 4).strip();
      name = rest.substring(0, at);
    } else {
      int space = rest.lastIndexOf(' ');
      if (space < 0) {
        return null;
      }
      file = rest.substring(space + 1);
      name = rest.substring(0, space);
    }
    if (file.length() > 2 && file.charAt(0) == '(' && file.endsWith(")")) {
      file = file.substring(1, file.length() - 1); // Dart's "#0 ProfileHeader.build (package:app/x.dart:42:31)"
    }
    int args = name.indexOf('(');
    name = (args > 0 ? name.substring(0, args) : name).strip();
    if (name.isEmpty() || name.indexOf(' ') >= 0 || (file.indexOf('/') < 0 && file.indexOf(':') < 0)) {
      return null;
    }
    String where = stripLineNumbers(file);
    return new Frame(name + " " + baseName(where), app(where));
  }

  /**
   * "com.acme.orders@2.4.1/com.acme.orders.OrderService.place", "java.base/java.lang.Thread.run",
   * "app//com.acme.Main.run": a Java frame's module, its version and its class loader change with a release
   * or a launcher, the class and method are the code.
   */
  private static String withoutModule(String name) {
    int slash = name.lastIndexOf('/');
    if (slash < 0 || slash == name.length() - 1 || name.indexOf(' ') >= 0) {
      return name;
    }
    for (int i = slash + 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Shapes.letter(c) || Shapes.digit(c) || c == '.' || c == '$' || c == '_' || c == '<' || c == '>')) {
        return name;
      }
    }
    return name.indexOf('.', slash) > 0 ? name.substring(slash + 1) : name;
  }

  private static boolean rootCauses(String line) {
    return line.equalsIgnoreCase("Root causes:") || line.equalsIgnoreCase("Root cause:");
  }

  /**
   * Python 3.11's exception groups ("+ Exception Group Traceback", then "| " before every line of the group
   * and of each sub-exception, "+-+---- 1 ----" between them): read as the tracebacks they hold, so each
   * sub-exception's frames and final line count, not only the group's header.
   */
  static String[] withoutGroupMarkers(String[] lines) {
    boolean group = false;
    for (String l : lines) {
      group |= l.stripLeading().startsWith("+ Exception Group Traceback");
    }
    if (!group) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.length);
    for (String l : lines) {
      String t = l.stripLeading();
      if (t.startsWith("+ Exception Group Traceback")) {
        out.add(PY_TRACEBACK + ":");
      } else if (t.startsWith("| ") || t.equals("|")) {
        out.add(t.length() > 2 ? t.substring(2) : "");
      } else if (!t.startsWith("+-")) {
        out.add(l);
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * Drops a prefix that every line of a trace repeats: torchrun's "[rank2]: ", vLLM's "ERROR 04-22 21:39:26
   * async_llm_engine.py:61] ", a container runtime's stream tag. Frames and causes are recognised only at the
   * start of a line. The prefix must end in "] " or ": " and the rest must hold a trace.
   */
  static String[] withoutCommonPrefix(String[] lines) {
    String first = null;
    int common = 0;
    int count = 0;
    for (String l : lines) {
      if (l.isBlank() || (first != null && first.startsWith(l.stripTrailing()))) {
        continue; // an empty line keeps only the prefix, or a part of it
      }
      if (first == null) {
        first = l;
        common = l.length();
      } else {
        common = Math.min(common, l.length());
        int k = 0;
        while (k < common && l.charAt(k) == first.charAt(k)) {
          k++;
        }
        common = k;
      }
      count++;
    }
    int cut = common;
    while (cut >= 3 && !(first.charAt(cut - 1) == ' ' && (first.charAt(cut - 2) == ']' || first.charAt(cut - 2) == ':'))) {
      cut--;
    }
    if (count < 3 || cut < 3) {
      return lines;
    }
    String[] out = new String[lines.length];
    // srun --label's "1112: ", a rank before every line of a parallel job's output: dropped whatever follows
    boolean trace = cut >= 3 && Shapes.digits(first, 0, cut - 2) && first.charAt(cut - 2) == ':';
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      out[i] = l.length() >= cut && l.startsWith(first.substring(0, cut)) ? l.substring(cut) : l.strip();
      String t = out[i].strip();
      trace |= t.startsWith(PY_TRACEBACK) || t.startsWith("File \"") || t.startsWith("at ");
    }
    return trace ? out : lines;
  }

  /**
   * A Python traceback indented as a whole under its log line (tornado's and JupyterHub's "Uncaught exception",
   * a wrapped subprocess's output): from each "Traceback (most recent call last):" on, its indentation is taken
   * off the lines that carry it, so the exception line is back at the margin, where it is read. A line indented
   * less ends the traceback.
   */
  static String[] outdented(String[] lines) {
    String[] out = lines;
    int indent = 0;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      int lead = indent(l);
      if (lead > 0 && lead < l.length() && l.startsWith(PY_TRACEBACK, lead)) {
        indent = lead;
      } else if (indent > 0 && lead < indent && !l.isBlank()) {
        indent = 0;
      }
      if (indent > 0 && lead >= indent) {
        if (out == lines) {
          out = lines.clone();
        }
        out[i] = l.substring(indent);
      }
    }
    return out;
  }

  /**
   * Drops a tag ("[request-id] ") that starts the lines after the first (and the first too when it has it): Rails'
   * tagged logging puts one there, and frames and causes are recognised only at the start of a line. Up to three
   * tags deep; the tagged lines are every line after the first, or a run of three and more from the second line that
   * an untagged line ends (ROS 2's launch over a node's traceback).
   */
  static String[] untagged(String[] lines) {
    // two tagged lines at least: a single "[1, 2]" under a message is content, not a tag
    for (int round = 0; round < 3 && lines.length > 2 && lines[1].startsWith("["); round++) {
      int close = lines[1].indexOf(']');
      if (close < 0) {
        return lines;
      }
      String tag = lines[1].substring(0, close + 1);
      int run = 1;
      int taggedLines = 0;
      while (run < lines.length && (lines[run].isEmpty() || tagged(lines[run], tag))) {
        taggedLines += lines[run].isEmpty() ? 0 : 1;
        run++;
      }
      // every line after the first, or a run of three and more that a line of another kind ends (ROS 2's launch
      // tags a node's traceback "[mission_executor-7] ...", then reports "[ERROR] [mission_executor-7]: process has died");
      // blank lines in the run are not tagged ones, or one "[1, 2]" over two blank lines would pass for a run
      if (run < lines.length && taggedLines < 3) {
        return lines;
      }
      boolean first = tagged(lines[0], tag);
      String[] out = new String[lines.length];
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        if ((i > 0 || first) && i < run && l.startsWith(tag)) {
          l = l.substring(tag.length());
          l = l.startsWith(" ") ? l.substring(1) : l;
        }
        out[i] = l;
      }
      lines = out;
    }
    return lines;
  }

  /**
   * The "message" of a JSON body written on one line, unescaped quotes ending it; null when it has none (a body
   * the JSON reader took already is its message).
   */
  private static String bodyMessage(String line) {
    int key = line.indexOf("\"message\"");
    // a body cut after its key has no colon there: a search from the line's start would read its first key instead
    int colon = key < 0 ? -1 : line.indexOf(':', key + 9);
    int open = colon < 0 ? -1 : line.indexOf('"', colon + 1);
    if (open < 0) {
      return null;
    }
    int close = open + 1;
    while (close < line.length() && close - open < 500 && (line.charAt(close) != '"' || line.charAt(close - 1) == '\\')) {
      close++;
    }
    return close < line.length() && line.charAt(close) == '"' ? line.substring(open + 1, close) : null;
  }

  /** The string value of a pretty-printed JSON field line, "\"code\": \"invalid_type\"," for code; null otherwise. */
  private static String jsonField(String line, String key) {
    if (!line.startsWith("\"" + key + "\": \"")) {
      return null;
    }
    int from = key.length() + 5;
    int close = line.lastIndexOf('"');
    return close > from && close - from <= 300 ? line.substring(from, close) : null;
  }

  private static boolean tagged(String line, String tag) {
    return line.startsWith(tag) && (line.length() == tag.length() || line.charAt(tag.length()) == ' ');
  }

  /** The error type in a pydantic error's line ("... [type=int_parsing, input_value=...", v1's "(type=value_error)"), or null. */
  static String pydanticType(String line) {
    int at = line.indexOf("[type=");
    at = at >= 0 ? at : line.indexOf("(type=");
    if (at < 0) {
      return null;
    }
    at++;
    int end = at + 5;
    while (end < line.length() && (Shapes.letter(line.charAt(end)) || line.charAt(end) == '_' || line.charAt(end) == '.')) {
      end++;
    }
    // v1's dots joined with '_': the masker takes a dotted value for a host or a version and masks it
    return end > at + 5 ? line.substring(at + 5, end).replace('.', '_') : null;
  }

  /** "email", "items.0.price": a field's location alone on a line, as pydantic writes it. */
  private static boolean fieldName(String line) {
    if (line.isEmpty() || line.length() > 64 || !Shapes.letter(line.charAt(0))) {
      return false;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!(Shapes.letter(c) || Shapes.digit(c) || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** "1: No such file or directory" -> "No such file or directory". */
  private static String withoutOrdinal(String line) {
    int colon = line.indexOf(": ");
    return colon > 0 && allDigits(line, 0, colon) ? line.substring(colon + 2).strip() : line;
  }

  /**
   * A bundle's name with its build's hash or chunk number masked: "main.8b07d4f2.js" and "main.3f2a9c1e.js" are one
   * file in two releases, as are Next.js' chunks "4471.js" and "9982.js". Only the last path segment is read.
   */
  static String withoutBuildHash(String file) {
    int from = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1;
    StringBuilder out = null;
    int start = from;
    for (int i = from; i <= file.length(); i++) {
      char c = i < file.length() ? file.charAt(i) : '.';
      if (c == '.' || c == '-' || c == '_') {
        if (i > start && i < file.length() && buildHash(file, start, i)) {
          out = out == null ? new StringBuilder(file.length()).append(file, 0, start) : out;
          out.append("<*>");
        } else if (out != null) {
          out.append(file, start, i);
        }
        if (out != null && i < file.length()) {
          out.append(c);
        }
        start = i + 1;
      }
    }
    return out == null ? file : out.toString();
  }

  /** Eight or more letters and digits with a digit and a letter (a content hash), or three or more digits. */
  private static boolean buildHash(String s, int a, int b) {
    boolean digit = false;
    boolean letter = false;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      digit |= Shapes.digit(c);
      letter |= Shapes.letter(c);
      if (!Shapes.digit(c) && !Shapes.letter(c)) {
        return false;
      }
    }
    return digit && (letter ? b - a >= 8 : b - a >= 3);
  }

  static String baseName(String file) {
    return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  }

  /**
   * Numbers the compiler gives generated code, masked: a closure's `<>c__DisplayClass5_0`, an async
   * state machine's `<Get>d__5`, Java's `lambda$process$3` and `Outer$1`, Go's `process.func2`. They
   * count the closures above them in the file, so they move with unrelated edits as line numbers do;
   * the method they sit in stays.
   */
  static String generatedOrdinals(String name) {
    if (!hasOrdinal(name)) {
      return name; // most frames, inner classes ("Codec$Http2Codec") included: no copy
    }
    StringBuilder out = new StringBuilder(name.length());
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      out.append(c);
      int run = -1;
      if (c == '$' || (c == '_' && i > 0 && name.charAt(i - 1) == '_')) {
        run = i + 1; // "lambda$dispatch$3", "Outer$1", "<Get>d__5", "b__0"
      } else if (c == 's' && name.startsWith("DisplayClass", i - 11) && i >= 11) {
        run = i + 1; // "<>c__DisplayClass5_0"
      } else if (c == '.' && name.startsWith("func", i + 1) && i + 5 < n && Shapes.digit(name.charAt(i + 5))) {
        out.append("func");
        run = i + 5; // Go: "process.func2", nested "func2.1"
      }
      if (run < 0 || run >= n || !Shapes.digit(name.charAt(run))) {
        if (run == i + 5 && c == '.') {
          out.setLength(out.length() - 4);
        }
        continue;
      }
      int j = run;
      while (j < n && (Shapes.digit(name.charAt(j)) || name.charAt(j) == '_'
          || (name.charAt(j) == '.' && j + 1 < n && Shapes.digit(name.charAt(j + 1))))) {
        j++;
      }
      if (j + 2 < n && name.charAt(j) == '/' && name.charAt(j + 1) == '0' && name.charAt(j + 2) == 'x') {
        j += 3; // a hidden class's address: "$$Lambda$123/0x0000000800c03000"
        while (j < n && (Shapes.digit(name.charAt(j)) || Shapes.hexLetter(name.charAt(j)))) {
          j++;
        }
      }
      out.append(ServiceTemplates.ANY);
      i = j - 1;
    }
    return out.toString();
  }

  /**
   * "AvatarStore$$SpringCGLIB$$0.save", "AvatarStore$$EnhancerBySpringCGLIB$$e22764bc.save",
   * "Order$HibernateProxy$Lk3jxR9.getId": a proxy of the class before it, named by the library and version
   * that made it; the frame is AvatarStore.save. Scala's "$$anonfun$process$1" names its method and stays.
   */
  static String withoutProxy(String name) {
    // a loop, not recursion: a hostile frame name can hold thousands of proxies
    StringBuilder out = null;
    int copied = 0;
    for (int at = name.indexOf('$'); at > 0; ) {
      int run = at;
      while (run < name.length() && name.charAt(run) == '$') {
        run++;
      }
      int next = run;
      while (next < name.length() && name.charAt(next) != '$' && name.charAt(next) != '.') {
        next++;
      }
      if (proxy(name, run, next)) {
        int dot = name.indexOf('.', next);
        out = out == null ? new StringBuilder(name.length()) : out;
        out.append(name, copied, at);
        copied = dot < 0 ? name.length() : dot;
        at = dot < 0 ? -1 : name.indexOf('$', dot);
      } else {
        at = name.indexOf('$', next);
      }
    }
    return out == null ? name : out.append(name, copied, name.length()).toString();
  }

  private static boolean proxy(String name, int from, int to) {
    String segment = name.substring(from, to);
    return segment.contains("CGLIB") || segment.contains("Proxy") || segment.contains("javassist")
        || segment.contains("ByteBuddy");
  }

  /** Whether a digit follows '$', "__", "DisplayClass" or ".func" in name: what generatedOrdinals masks. */
  private static boolean hasOrdinal(String name) {
    int n = name.length();
    for (int i = 0; i + 1 < n; i++) {
      char c = name.charAt(i);
      if (c == '$' || (c == '_' && i > 0 && name.charAt(i - 1) == '_')) {
        if (Shapes.digit(name.charAt(i + 1))) {
          return true;
        }
      } else if (c == 's' && i >= 11 && name.startsWith("DisplayClass", i - 11) && Shapes.digit(name.charAt(i + 1))) {
        return true;
      } else if (c == '.' && i + 5 < n && name.startsWith("func", i + 1) && Shapes.digit(name.charAt(i + 5))) {
        return true;
      }
    }
    return false;
  }

  private boolean app(String where) {
    String w = where.toLowerCase(Locale.ROOT);
    for (String f : framework) {
      // a word that is a whole path segment ("/gems/") cannot match inside a name, however short; one
      // that only opens a location ("internal/", Node's) must open it: Go apps keep code in /internal/
      boolean segment = f.length() > 2 && f.charAt(0) == '/' && f.endsWith("/");
      boolean opening = !segment && f.endsWith("/") && f.indexOf('/') == f.length() - 1;
      if (w.startsWith(f) || ((f.length() > 6 && !opening || segment) && w.contains(f))) {
        return false;
      }
    }
    return true;
  }

  private static String stripLineNumbers(String location) {
    // /app/src/x.js:10:5 -> /app/src/x.js
    int end = location.length();
    for (int k = 0; k < 2; k++) {
      int colon = location.lastIndexOf(':', end - 1);
      if (colon > 0 && Shapes.hasDigit(location, colon + 1, end) && allDigits(location, colon + 1, end)) {
        end = colon;
      }
    }
    return location.substring(0, end);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Shapes.digit(s.charAt(i))) {
        return false;
      }
    }
    return to > from;
  }
}
