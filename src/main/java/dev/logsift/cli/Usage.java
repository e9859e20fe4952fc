package dev.logsift.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every command's usage, in one place: `logsift help`, `logsift CMD --help` and usage errors print from
 * here, and a test checks that each flag the README documents is named. A new command or flag is one line.
 */
final class Usage {
  private Usage() {}

  /** command -> synopsis and one-line description (continuation lines indented). */
  static final Map<String, String> COMMANDS = new LinkedHashMap<>();

  static {
    add("fingerprint", "fingerprint [--jsonl] [--no-learn] [--min-values K]",
        "stdin -> \"<id>\\t<template>\" per line (JSONL: {\"fingerprint\",\"template\"})");
    add("redact", "redact [--jsonl]", "stdin -> redacted message per line (JSONL: {\"message\"})");
    add("event", "event [--jsonl] [--log-group G] [--log-stream S] [--start MS] [--decoded] [FILE|-]",
        "log lines -> CloudWatch Logs subscription event as Lambda receives it");
    add("replay", "replay [--json] [--prime] EVENT.json...", "run ClassifierHandler on event files (config from the environment)");
    add("triage", "triage [--service S] [--top N] [FILE|-]",
        "group a log file by fingerprint, rank by count, classify (progress on stderr), print a table");
    add("invoke", "invoke classifier|discord-poll|slack-events EVENT.json [--now EPOCH_SECONDS] [--corrections-dir D]",
        "run one handler on an event file as Lambda would, print its response");
    add("eval", "eval --cases FILE.jsonl [--json] [--previous PREV.json] [--baseline BASE.json] [--rules | --model]"
        + " [--split S] [--limit N]",
        "score the configured classifier on labelled cases");
    add("corrections", "corrections summarize [--since 7d] [--bucket B | --dir D] [--export-cases FILE]"
        + " [--known-failures DIR] [--write DIR] [--now EPOCH_SECONDS]",
        "Markdown proposal for known-failures/ and disagreement per category");
    add("check", "check [--today YYYY-MM-DD] [DIR|FILE...]",
        "validate prompts/, known-failures/, owners.md (file:line: problem; exit 1 on problems)");
    add("help", "help [COMMAND]", "this overview, or one command's usage");
  }

  private static void add(String command, String synopsis, String description) {
    COMMANDS.put(command, synopsis + "\n      " + description + "\n");
  }

  /** The overview: every command with its flags. */
  static String all() {
    StringBuilder sb = new StringBuilder("usage: logsift <command> [options]   (logsift --version, logsift CMD --help)\n\n");
    COMMANDS.values().forEach(u -> sb.append("  ").append(u));
    return sb.toString();
  }

  /** One command's usage, or null for an unknown command. */
  static String of(String command) {
    String u = COMMANDS.get(command);
    return u == null ? null : "usage: logsift " + u;
  }
}
