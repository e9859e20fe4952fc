package dev.logsift.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** `logsift <command>`: the command line is a contract; commands and flags are only ever added. */
public final class Main {
  private Main() {}

  static final String USAGE = """
      usage: logsift <command> [options]

        fingerprint [--jsonl] [--no-learn]          stdin -> "<id>\\t<template>" per line (JSONL: {"fingerprint","template"})
        redact [--jsonl]                            stdin -> redacted message per line (JSONL: {"message"})
        event [--jsonl] [--log-group G] [--log-stream S] [--start MS] [--decoded] [FILE|-]
                                                    log lines -> CloudWatch Logs subscription event as Lambda receives it
        replay [--json] EVENT.json...               run ClassifierHandler on event files (config from the environment)
        triage [--service S] [FILE|-]               group a log file by fingerprint, rank by count, classify, print a table
        invoke classifier|discord-poll|slack-events EVENT.json [--now EPOCH_SECONDS] [--corrections-dir D]
                                                    run one handler on an event file as Lambda would, print its response
        eval --cases FILE.jsonl [--json] [--previous PREV.json]
                                                    score the configured classifier on labelled cases
        corrections summarize [--since 7d] [--bucket B | --dir D] [--export-cases FILE] [--known-failures DIR]
                                                    Markdown proposal for known-failures/ and disagreement per category
      """;

  public static void main(String[] args) {
    // A terminal user wants cards and results, not the Lambda's info lines; LOG_LEVEL still wins.
    System.setProperty("logsift.log.level", System.getProperty("logsift.log.level", "warn"));
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
      (args.length == 0 ? err : out).print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      return switch (args[0]) {
        case "fingerprint" -> TextCommands.fingerprint(rest, in, out, err);
        case "redact" -> TextCommands.redact(rest, in, out, err);
        case "event" -> EventCommand.run(rest, in, out, err);
        case "replay" -> ReplayCommand.run(rest, out, err);
        case "triage" -> TriageCommand.run(rest, in, out, err);
        case "invoke" -> InvokeCommand.run(rest, out, err);
        case "eval" -> EvalCommand.run(rest, out, err);
        case "corrections" -> CorrectionsCommand.run(rest, out, err);
        default -> {
          err.println("logsift: unknown command '" + args[0] + "'");
          err.print(USAGE);
          yield 2;
        }
      };
    } catch (UsageException e) {
      err.println("logsift " + args[0] + ": " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      // Configuration and data-file errors: their messages name the setting or file, never log content.
      err.println("logsift " + args[0] + ": " + e.getMessage());
      return 2;
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      err.println("logsift " + args[0] + ": I/O error: " + e.getMessage());
      return 1;
    } catch (dev.logsift.core.LogsiftException e) {
      err.println("logsift " + args[0] + ": " + e.kind() + ": " + e.getMessage());
      return 1;
    }
  }

  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
