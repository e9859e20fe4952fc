package dev.logsift.cli;

import dev.logsift.app.Wiring;
import dev.logsift.fingerprint.LearningFingerprinter;
import dev.logsift.redact.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/** `fingerprint` and `redact`. */
final class TextCommands {
  private TextCommands() {}

  static int fingerprint(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
    boolean jsonl = false;
    boolean learn = true;
    int minValues = LearningFingerprinter.DEFAULT_MIN_VALUES;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--jsonl")) {
        jsonl = true;
      } else if (a.equals("--no-learn")) {
        learn = false;
      } else if (a.equals("--min-values") && i + 1 < args.length && args[i + 1].matches("[3-9]")) {
        minValues = Integer.parseInt(args[++i]); // for experiments such as the leave-one-out table
      } else {
        throw new Main.UsageException("unknown argument '" + a + "' (only --jsonl, --no-learn, --min-values 3..9)");
      }
    }
    LearningFingerprinter f = new LearningFingerprinter(Wiring.newFingerprinter(), minValues,
        LearningFingerprinter.MAX_TEMPLATES_PER_SERVICE, LearningFingerprinter.MAX_ENTRIES);
    return FingerprintCommand.run(jsonl, learn, f, in, out);
  }

  static int redact(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
    boolean jsonl = jsonlFlag(args);
    Redactor r = Wiring.newRedactor();
    if (jsonl) {
      LineCommand.jsonl(in, out, m -> {
        String red = r.redact(m);
        return g -> g.writeStringField("message", red);
      });
    } else {
      LineCommand.plain(in, out, r::redact);
    }
    return 0;
  }

  private static boolean jsonlFlag(String[] args) {
    boolean jsonl = false;
    for (String a : args) {
      if (a.equals("--jsonl")) {
        jsonl = true;
      } else {
        throw new Main.UsageException("unknown argument '" + a + "' (only --jsonl)");
      }
    }
    return jsonl;
  }
}
