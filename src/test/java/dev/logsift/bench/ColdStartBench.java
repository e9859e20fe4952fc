package dev.logsift.bench;

import dev.logsift.testing.Dynalite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cold-start table of `make bench`: every measured run is a fresh JVM running {@link ColdStart}, timed from
 * just before the process is started to the end of the first invocation, for (a) embedded defaults, (b) the AWS
 * adapters against dynalite and local Bedrock/Discord servers, (c) the floor (a handler that only decodes the
 * event), optionally (b) with the Discord URL read from SSM, and with an AppCDS archive. Cases run interleaved,
 * round by round, so drift on a shared machine hits them alike; round 0 only warms the page cache.
 *
 * <p>Usage: {@code ColdStartBench --classpath CP --event EVENT.json [--runs N] [--cds DIR] [--storm]
 * [--attribution] [--jvm-flag FLAG]... [--also LABEL=CLASSPATH]... [--round-trips EVENT.json]
 * [--peer-event EVENT.json]...}; the (peer) row is {@link PeerHandler}, the plain-SDK Lambda logsift's cold start is
 * compared with; --peer-event adds (b) and (peer) rows on another event; --also adds (a), (b),
 * (b'), (a'), (c) and primed rows for another build. The "first" column is the first invocation alone (handler entry
 * to return); the primed row runs the SnapStart priming before it. --round-trips counts the DynamoDB requests of
 * that event (new fingerprints), then of the same event again (repeated), for this build and every --also build,
 * through a counting pass-through in front of dynalite.
 */
public final class ColdStartBench {
  /** The flags the Lambda java21 managed runtime starts the JVM with (heap flags aside). */
  static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC", "-Xshare:auto");
  static final String MODEL_ID = "global.anthropic.claude-haiku-4-5-20251001-v1:0";
  private static final String ADAPTERS = "(b) dynalite + Bedrock + Discord";
  private static final String PEER = "(peer) plain-SDK Lambda, as (b)";
  private static final String SETTLED = "(b^) as (b), start-up awaited first";
  private static final String PRIMED = "(b*) as (b), primed first";
  /** The same without servers: what priming saves of the code's own warm-up, with no latency to wait for. */
  private static final String PRIMED_DEFAULTS = "(a*) as (a), primed first";

  /** Added to every child JVM, for experiments (e.g. -Xlog:class+load). */
  private static final List<String> EXTRA = new ArrayList<>();
  /** Only the cases whose label matches (--only REGEX), for quick comparisons; null for all. */
  private static Pattern only;

  /** @param classpath and event: null for the bench's own */
  record Case(String label, String mode, Supplier<Map<String, String>> env, List<String> jvmFlags, String classpath,
      Path event) {
    Case(String label, String mode, Supplier<Map<String, String>> env, List<String> jvmFlags) {
      this(label, mode, env, jvmFlags, null, null);
    }

    Case(String label, String mode, Supplier<Map<String, String>> env, List<String> jvmFlags, String classpath) {
      this(label, mode, env, jvmFlags, classpath, null);
    }
  }

  /** @param firstCpuMillis process CPU time of the first invocation alone */
  record Run(long initMillis, long totalMillis, long cpuMillis, long firstCpuMillis, String result) {}

  /** Other builds measured in the same rounds (label, classpath), e.g. the jar before an optimisation. */
  private static final Map<String, String> OTHERS = new LinkedHashMap<>();

  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final String classpath;
  private final Path event;
  private final Path logs;
  private final Dynalite dynalite;
  private final FakeAws aws;
  /** More events for the (b) and (peer) rows. */
  private final List<Path> otherEvents = new ArrayList<>();
  /** Median wall and CPU time per case of the last table. */
  private final Map<String, Long> medians = new LinkedHashMap<>();
  private final Map<String, Long> cpus = new LinkedHashMap<>();
  private int tables;

  private ColdStartBench(String classpath, Path event, Path logs, Dynalite dynalite, FakeAws aws) {
    this.classpath = classpath;
    this.event = event;
    this.logs = logs;
    this.dynalite = dynalite;
    this.aws = aws;
  }

  public static void main(String[] args) throws Exception {
    String cp = null;
    Path event = null;
    Path cds = null;
    int runs = 5;
    boolean storm = false;
    boolean attribution = false;
    Path roundTrips = null;
    List<Path> otherEvents = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--classpath" -> cp = args[++i];
        case "--event" -> event = Path.of(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--cds" -> cds = Path.of(args[++i]);
        case "--storm" -> storm = true;
        case "--attribution" -> attribution = true;
        case "--round-trips" -> roundTrips = Path.of(args[++i]);
        case "--peer-event" -> otherEvents.add(Path.of(args[++i]));
        case "--jvm-flag" -> EXTRA.add(args[++i]);
        case "--only" -> only = Pattern.compile(args[++i]);
        case "--also" -> {
          String[] kv = args[++i].split("=", 2);
          OTHERS.put(kv[0], kv[1]);
        }
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path logs = Files.createDirectories(Path.of("target", "bench", "logs"));
    try (Dynalite dynalite = Dynalite.start(); FakeAws aws = new FakeAws()) {
      ColdStartBench b = new ColdStartBench(cp, event, logs, dynalite, aws);
      b.otherEvents.addAll(otherEvents);
      if (roundTrips != null) {
        b.roundTrips(roundTrips);
      }
      b.coldStarts(runs, cds, attribution);
      if (storm) {
        b.storm();
      }
    }
  }

  private Map<String, String> base() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("LANG", "C.UTF-8");
    env.put("TZ", "UTC");
    env.put("AWS_LAMBDA_FUNCTION_NAME", "logsift-bench");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", Dynalite.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", Dynalite.SECRET_KEY);
    return env;
  }

  /** A fresh table each time, so every run claims, classifies and posts: the first-sight cold start. */
  private Map<String, String> adapters() {
    String table = "logsift-bench-" + (++tables);
    dynalite.createTable(table);
    Map<String, String> env = base();
    env.put("DEDUP_TABLE", table);
    env.put("BEDROCK_MODEL_ID", MODEL_ID);
    env.put("DISCORD_WEBHOOK_URL", aws.webhookUrl());
    env.put("AWS_ENDPOINT_URL_DYNAMODB", dynalite.endpoint().toString());
    env.put("AWS_ENDPOINT_URL_BEDROCK_RUNTIME", aws.endpoint());
    return env;
  }

  private Map<String, String> adaptersWithSsm() {
    Map<String, String> env = adapters();
    env.remove("DISCORD_WEBHOOK_URL");
    env.put("DISCORD_WEBHOOK_URL_SSM_PARAM", "/logsift/discord-webhook");
    env.put("AWS_ENDPOINT_URL_SSM", aws.endpoint());
    return env;
  }

  /** Embedded stores and rules, posting to Discord with the webhook URL read from SSM: SSM without other SDK clients. */
  private Map<String, String> defaultsWithSsm() {
    Map<String, String> env = base();
    env.put("DISCORD_WEBHOOK_URL_SSM_PARAM", "/logsift/discord-webhook");
    env.put("AWS_ENDPOINT_URL_SSM", aws.endpoint());
    return env;
  }

  private Map<String, String> adaptersWithout(String... names) {
    Map<String, String> env = adapters();
    for (String n : names) {
      env.remove(n);
    }
    return env;
  }

  private void coldStarts(int runs, Path cds, boolean attribution) throws Exception {
    List<Case> cases = new ArrayList<>(List.of(
        new Case("(a) embedded defaults", "handler", this::base, List.of()),
        new Case(ADAPTERS, "handler", this::adapters, List.of()),
        new Case("(b') as (b), webhook URL from SSM", "handler", this::adaptersWithSsm, List.of()),
        new Case("(a') Discord only, URL from SSM", "handler", this::defaultsWithSsm, List.of()),
        new Case("(c) floor: decode only", "floor", this::base, List.of()),
        new Case(PRIMED, "primed", this::adapters, List.of()),
        new Case(PRIMED_DEFAULTS, "primed", this::base, List.of()),
        new Case("(b~) as (b), after a real invocation", "warm", this::adapters, List.of()),
        new Case(SETTLED, "settled", this::adapters, List.of()),
        new Case(PEER, "peer", this::adapters, List.of())));
    for (Path other : otherEvents) {
      // Issue 17's own batch: the same two rows on another event.
      String name = other.getFileName().toString();
      cases.add(new Case("(b) on " + name, "handler", this::adapters, List.of(), null, other));
      cases.add(new Case("(peer) on " + name, "peer", this::adapters, List.of(), null, other));
    }
    if (attribution) {
      // Which adapter costs what: (b) minus one adapter at a time.
      cases.add(new Case("(b) without Discord (console)", "handler", () -> adaptersWithout("DISCORD_WEBHOOK_URL"),
          List.of()));
      cases.add(new Case("(b) without Bedrock (rules)", "handler", () -> adaptersWithout("BEDROCK_MODEL_ID"),
          List.of()));
      cases.add(new Case("(b) without DynamoDB (in memory)", "handler", () -> adaptersWithout("DEDUP_TABLE"),
          List.of()));
    }
    OTHERS.forEach((label, cp) -> {
      cases.add(new Case("(a) " + label, "handler", this::base, List.of(), cp));
      cases.add(new Case("(b) " + label, "handler", this::adapters, List.of(), cp));
      cases.add(new Case("(b') " + label, "handler", this::adaptersWithSsm, List.of(), cp));
      cases.add(new Case("(a') " + label, "handler", this::defaultsWithSsm, List.of(), cp));
      cases.add(new Case("(c) " + label, "floor", this::base, List.of(), cp));
      cases.add(new Case("(b*) " + label, "primed", this::adapters, List.of(), cp));
      for (Path other : otherEvents) {
        cases.add(new Case("(b) " + label + " on " + other.getFileName(), "handler", this::adapters, List.of(), cp,
            other));
      }
    });
    if (cds != null) {
      Path archive = train(cds);
      String tool = "-XX:SharedArchiveFile=" + archive;
      cases.add(new Case("(a) + AppCDS", "handler", () -> with(base(), "JAVA_TOOL_OPTIONS", tool), List.of()));
      cases.add(new Case("(b) + AppCDS", "handler", () -> with(adapters(), "JAVA_TOOL_OPTIONS", tool), List.of()));
      cases.add(new Case("(c) + AppCDS", "floor", () -> with(base(), "JAVA_TOOL_OPTIONS", tool), List.of()));
    }
    if (only != null) {
      cases.removeIf(c -> !only.matcher(c.label()).find());
    }
    Map<Case, List<Run>> results = new LinkedHashMap<>();
    cases.forEach(c -> results.put(c, new ArrayList<>()));
    int invokesBefore = aws.invokes.get();
    int postsBefore = aws.posts.get();
    for (int round = 0; round <= runs; round++) {
      for (Case c : cases) {
        Run r = run(c);
        if (round > 0) {
          results.get(c).add(r);
        }
      }
    }
    System.out.printf("Cold start: fresh JVM (%s, %s) to the end of the first invocation of %s%n",
        System.getProperty("java.vm.name"), Runtime.version(), event.getFileName());
    System.out.printf("JVM flags: %s (Lambda java21 defaults); %d runs per case after one warm-up round; ms%n",
        String.join(" ", LAMBDA_FLAGS), runs);
    System.out.println("median/min/max: wall time to the end of the first invocation; init: to the end of the handler"
        + " constructor (median); cpu: process CPU time at the end (median, all threads)");
    System.out.println("first: the first invocation alone, handler entry to return (median); (b*) primes first, as"
        + " before a SnapStart snapshot (`replay --prime`), so its median/init include the priming");
    System.out.println("first cpu: process CPU time of that first invocation (median, 10 ms ticks): what priming"
        + " can save, apart from the local servers' latency");
    System.out.println("(peer): PeerHandler, the Lambda a typical developer writes from the design on the SDK's"
        + " defaults (fewer steps than logsift), on the same servers, event and JVM flags; (b^) waits for logsift's"
        + " start-up threads before the invocation, so its first is the batch alone");
    System.out.printf("%-36s %8s %8s %8s %8s %8s %8s %9s  %s%n", "case", "median", "min", "max", "init", "cpu", "first",
        "first cpu", "first result");
    long floor = 0;
    long adapters = 0;
    Map<String, Long> firsts = new LinkedHashMap<>();
    Map<String, Long> firstCpus = new LinkedHashMap<>();
    for (var e : results.entrySet()) {
      List<Run> rs = e.getValue();
      long first = median(rs.stream().mapToLong(r -> r.totalMillis() - r.initMillis()).toArray());
      long firstCpu = median(rs.stream().mapToLong(Run::firstCpuMillis).toArray());
      firsts.put(e.getKey().label(), first);
      firstCpus.put(e.getKey().label(), firstCpu);
      long median = median(rs.stream().mapToLong(Run::totalMillis).toArray());
      long init = median(rs.stream().mapToLong(Run::initMillis).toArray());
      long min = rs.stream().mapToLong(Run::totalMillis).min().orElse(0);
      long max = rs.stream().mapToLong(Run::totalMillis).max().orElse(0);
      long cpu = median(rs.stream().mapToLong(Run::cpuMillis).toArray());
      System.out.printf("%-36s %8d %8d %8d %8d %8d %8d %9d  %s%n", e.getKey().label(), median, min, max, init, cpu,
          first, firstCpu, rs.get(0).result());
      if (e.getKey().label().startsWith("(c) floor")) {
        floor = median;
      } else if (e.getKey().label().equals(ADAPTERS)) {
        adapters = median;
      }
      medians.put(e.getKey().label(), median);
      cpus.put(e.getKey().label(), cpu);
    }
    System.out.printf("(b) = %d ms (target <= 1000: %s), (b)/(c) = %.2fx (target <= 4x: %s)%n", adapters,
        adapters <= 1000 ? "met" : "MISSED", adapters / (double) Math.max(1, floor),
        adapters <= 4 * floor ? "met" : "MISSED");
    peerRatio("", event, ADAPTERS, PEER);
    for (Path other : otherEvents) {
      String name = other.getFileName().toString();
      peerRatio("", other, "(b) on " + name, "(peer) on " + name);
    }
    OTHERS.keySet().forEach(label -> {
      peerRatio(", " + label, event, "(b) " + label, PEER);
      for (Path other : otherEvents) {
        String name = other.getFileName().toString();
        peerRatio(", " + label, other, "(b) " + label + " on " + name, "(peer) on " + name);
      }
    });
    firsts.forEach((label, first) -> {
      if (label.startsWith("(b*)")) {
        String plain = label.equals(PRIMED) ? ADAPTERS : "(b) " + label.substring("(b*) ".length());
        long unprimed = firsts.getOrDefault(plain, 0L);
        System.out.printf("first batch primed %s: %d ms vs %d ms unprimed = %.2fx (target <= 0.25x: %s); CPU %d ms vs"
            + " %d ms = %.2fx%n", label.substring(5), first, unprimed, first / (double) Math.max(1, unprimed),
            first <= unprimed / 4.0 ? "met" : "MISSED", firstCpus.get(label), firstCpus.getOrDefault(plain, 0L),
            firstCpus.get(label) / (double) Math.max(1, firstCpus.getOrDefault(plain, 0L)));
      } else if (label.equals(PRIMED_DEFAULTS)) {
        long unprimed = firsts.getOrDefault("(a) embedded defaults", 0L);
        System.out.printf("first batch primed, embedded defaults (no servers to wait for): %d ms vs %d ms unprimed ="
            + " %.2fx (target <= 0.25x: %s)%n", first, unprimed, first / (double) Math.max(1, unprimed),
            first <= unprimed / 4.0 ? "met" : "MISSED");
      } else if (label.equals(SETTLED)) {
        // The unprimed first batch above also waits for what the start-up threads still build: here the batch alone.
        long primed = firsts.getOrDefault(PRIMED, 0L);
        System.out.printf("first batch primed vs unprimed once the start-up threads are done (the batch alone): %d ms"
            + " vs %d ms = %.2fx (target <= 0.25x: %s)%n", primed, first, primed / (double) Math.max(1, first),
            primed <= first / 4.0 ? "met" : "MISSED");
      } else if (label.startsWith("(b~)")) {
        long unprimed = firsts.getOrDefault(ADAPTERS, 0L);
        System.out.printf("first batch after a real warm-up invocation (the floor for priming): %d ms = %.2fx of "
            + "unprimed; CPU %d ms%n", first, first / (double) Math.max(1, unprimed), firstCpus.get(label));
      }
    });
    System.out.printf("local servers saw %d InvokeModel calls and %d webhook posts over all runs%n",
        aws.invokes.get() - invokesBefore, aws.posts.get() - postsBefore);
  }

  /** Issue 17: logsift's cold start against the plain-SDK peer's, same servers, event and JVM flags. */
  private void peerRatio(String build, Path event, String logsift, String peer) {
    Long l = medians.get(logsift);
    Long p = medians.get(peer);
    if (l != null && p != null) {
      System.out.printf("(b)/(peer)%s on %s = %d/%d ms = %.2f (target <= 0.8: %s); CPU %d/%d ms = %.2f%n", build,
          event.getFileName(), l, p, l / (double) Math.max(1, p), l <= 0.8 * p ? "met" : "MISSED", cpus.get(logsift),
          cpus.get(peer), cpus.get(logsift) / (double) Math.max(1, cpus.get(peer)));
    }
  }

  /** Issue 17: DynamoDB requests per fingerprint of one event, new then repeated, for this build and the others. */
  private void roundTrips(Path rtEvent) throws Exception {
    aws.dynamo = dynalite.endpoint();
    Map<String, String> builds = new LinkedHashMap<>();
    builds.put("this build", classpath);
    builds.putAll(OTHERS);
    System.out.printf("DynamoDB requests per fingerprint: %s through the handler (model, Discord, alert budget on),"
        + " fresh JVM per invocation, counted on the wire%n", rtEvent.getFileName());
    for (var b : builds.entrySet()) {
      Map<String, String> env = adapters();
      env.put("AWS_ENDPOINT_URL_DYNAMODB", aws.endpoint());
      aws.takeDynamoOps();
      StringBuilder line = new StringBuilder(String.format("  %-12s", b.getKey()));
      for (String pass : List.of("new", "repeated")) {
        Run r = run(new Case("round-trips " + pass, "handler", () -> env, List.of(), b.getValue()), rtEvent);
        Map<String, Integer> ops = aws.takeDynamoOps();
        Matcher m = Pattern.compile("fingerprints=(\\d+)").matcher(r.result());
        int fps = m.find() ? Integer.parseInt(m.group(1)) : 0;
        int total = ops.values().stream().mapToInt(Integer::intValue).sum();
        line.append(String.format(" %s: %.1f per fingerprint (%d for %d: %s);", pass, total / (double) Math.max(1, fps),
            total, fps, ops));
      }
      System.out.println(line);
    }
    System.out.println("(target: <= 4 per new fingerprint, <= 2 per repeated one)");
    System.out.println();
    aws.dynamo = null;
  }

  /** A dynamic AppCDS archive from one (b) run, as `-XX:ArchiveClassesAtExit` would be made in a build step. */
  private Path train(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path archive = dir.toAbsolutePath().resolve("logsift.jsa");
    Files.deleteIfExists(archive);
    run(new Case("train", "handler", this::adapters, List.of("-XX:ArchiveClassesAtExit=" + archive)));
    if (!Files.exists(archive)) {
      throw new IllegalStateException("no AppCDS archive written; see " + logs);
    }
    System.out.printf("AppCDS archive %s: %.1f MB%n", archive, Files.size(archive) / 1e6);
    return archive;
  }

  private static Map<String, String> with(Map<String, String> env, String name, String value) {
    env.put(name, value);
    return env;
  }

  private Run run(Case c) throws IOException, InterruptedException {
    return run(c, c.event() != null ? c.event() : event);
  }

  private Run run(Case c, Path event) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(LAMBDA_FLAGS);
    cmd.addAll(c.jvmFlags());
    cmd.addAll(EXTRA);
    cmd.addAll(List.of("-cp", c.classpath() != null ? c.classpath() : classpath, ColdStart.class.getName(), c.mode(),
        event.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().clear();
    pb.environment().putAll(c.env().get());
    Path err = logs.resolve(c.label().replaceAll("[^a-zA-Z0-9]+", "-") + ".stderr");
    pb.redirectError(err.toFile());
    long start = micros();
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(c.label() + " failed; see " + err + "\n" + out);
    }
    long init = -1;
    long end = -1;
    long cpu = -1;
    long firstCpu = -1;
    String result = "";
    for (String line : out.split("\n")) {
      if (line.startsWith(ColdStart.INIT)) {
        init = Long.parseLong(line.substring(ColdStart.INIT.length()).strip());
      } else if (line.startsWith(ColdStart.END)) {
        String[] parts = line.substring(ColdStart.END.length()).split(" ", 2);
        end = Long.parseLong(parts[0]);
        result = parts.length > 1 ? parts[1] : "";
      } else if (line.startsWith(ColdStart.CPU_FIRST)) {
        firstCpu = Long.parseLong(line.substring(ColdStart.CPU_FIRST.length()).strip());
      } else if (line.startsWith(ColdStart.CPU)) {
        cpu = Long.parseLong(line.substring(ColdStart.CPU.length()).strip());
      }
    }
    if (end < 0) {
      throw new IllegalStateException(c.label() + " printed no end marker; see " + err);
    }
    return new Run((init - start) / 1000, (end - start) / 1000, cpu, firstCpu, shorten(result));
  }

  private static String shorten(String result) {
    return result.replace("messageType=DATA_MESSAGE, ", "").replace(", truncated=0", "");
  }

  /** Issue 7's storm with the real BedrockClassifier against the local server: model calls vs fingerprints. */
  private void storm() throws Exception {
    int before = aws.invokes.get();
    List<String> cmd = new ArrayList<>(List.of(java));
    cmd.addAll(LAMBDA_FLAGS);
    cmd.addAll(List.of("-cp", classpath, StormRun.class.getName(), "100000", "20"));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().clear();
    pb.environment().putAll(adapters());
    pb.redirectError(logs.resolve("storm.stderr").toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException("storm failed; see " + logs.resolve("storm.stderr"));
    }
    String line = out.lines().filter(l -> l.startsWith(StormRun.RESULT)).findFirst()
        .orElseThrow(() -> new IllegalStateException("storm printed no result"));
    String[] parts = line.substring(StormRun.RESULT.length()).strip().split(" ");
    int calls = aws.invokes.get() - before;
    System.out.printf("Storm: %s lines of 20 distinct errors in 10 batches, DynamoDB dedup, real BedrockClassifier: "
        + "%s distinct fingerprints, %s of them classified by the model (the rest by a known failure), "
        + "%d InvokeModel calls (%s)%n", parts[0], parts[1], parts[2], calls,
        calls == Integer.parseInt(parts[2]) ? "one per fingerprint" : "NOT one per fingerprint");
  }

  private static long median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s.length == 0 ? 0 : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static long micros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }
}
