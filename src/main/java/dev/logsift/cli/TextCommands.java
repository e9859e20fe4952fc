package dev.logsift.cli;

import dev.logsift.app.Wiring;
import dev.logsift.fingerprint.Fingerprint;
import dev.logsift.fingerprint.Fingerprinter;
import dev.logsift.redact.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/** `fingerprint` and `redact`. */
final class TextCommands {
  private TextCommands() {}

  static int fingerprint(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
    boolean jsonl = jsonlFlag(args);
    Fingerprinter f = Wiring.newFingerprinter();
    if (jsonl) {
      LineCommand.jsonl(in, out, m -> {
        Fingerprint fp = f.fingerprint(m);
        return g -> {
          g.writeStringField("fingerprint", fp.id());
          g.writeStringField("template", fp.template());
        };
      });
    } else {
      LineCommand.plain(in, out, m -> {
        Fingerprint fp = f.fingerprint(m);
        return fp.id() + "\t" + fp.template();
      });
    }
    return 0;
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
