package dev.logsift.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** `logsift <command>`: the command line is a contract; commands and flags are only ever added. */
public final class Main {
  private Main() {}

  /** The overview of every command; each command's own usage is in {@link Usage}. */
  static final String USAGE = Usage.all();

  public static void main(String[] args) {
    // A terminal user wants cards and results, not the Lambda's info lines; LOG_LEVEL still wins.
    System.setProperty("logsift.log.level", System.getProperty("logsift.log.level", "warn"));
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")
        || args[0].equals("help") && args.length == 1) {
      (args.length == 0 ? err : out).print(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    if (args[0].equals("--version") || args[0].equals("version")) {
      out.println("logsift " + version());
      return 0;
    }
    if (args[0].equals("help") || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
      String command = args[0].equals("help") && !args[1].startsWith("-") ? args[1] : args[0];
      String usage = Usage.of(command);
      if (usage == null) {
        err.println("logsift: unknown command '" + command + "'");
        err.print(USAGE);
        return 2;
      }
      out.print(usage);
      return 0;
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
        case "check" -> CheckCommand.run(rest, out, err);
        default -> {
          err.println("logsift: unknown command '" + args[0] + "'");
          err.print(USAGE);
          yield 2;
        }
      };
    } catch (UsageException e) {
      err.println("logsift " + args[0] + ": " + e.getMessage());
      String usage = Usage.of(args[0]);
      if (usage != null && e.showUsage) {
        err.print(usage);
      }
      return 2;
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("logsift " + args[0] + ": No such file: " + e.getFile());
      return 2;
    } catch (java.nio.file.AccessDeniedException e) {
      err.println("logsift " + args[0] + ": not readable: " + e.getFile());
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

  /** The jar's Implementation-Version; a build from classes (tests, IDE) has none. */
  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }

  /**
   * An input file the user named, checked before it is opened so the message names it plainly:
   * "No such file: PATH" or "not readable: PATH" (exit 2). "-" is stdin and always fine.
   */
  static java.nio.file.Path input(String file) {
    java.nio.file.Path p = java.nio.file.Path.of(file);
    if (!java.nio.file.Files.exists(p)) {
      throw new UsageException("No such file: " + file, false);
    }
    if (!java.nio.file.Files.isRegularFile(p) || !java.nio.file.Files.isReadable(p)) {
      throw new UsageException("not readable: " + file + (java.nio.file.Files.isDirectory(p) ? " (a directory)" : ""),
          false);
    }
    return p;
  }

  /** A directory the user named to read from: "No such file" or "not readable" as for files. */
  static java.nio.file.Path inputDir(java.nio.file.Path p) {
    if (!java.nio.file.Files.exists(p)) {
      throw new UsageException("No such file or directory: " + p, false);
    }
    if (!java.nio.file.Files.isDirectory(p) || !java.nio.file.Files.isReadable(p)) {
      throw new UsageException("not readable as a directory: " + p, false);
    }
    return p;
  }

  static final class UsageException extends RuntimeException {
    final boolean showUsage;

    UsageException(String message) {
      this(message, true);
    }

    /** @param showUsage false when the arguments were right and a named file is the problem */
    UsageException(String message, boolean showUsage) {
      super(message);
      this.showUsage = showUsage;
    }
  }
}
