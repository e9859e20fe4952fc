package dev.logsift.content;

/** One finding of `check`, printed as file:line: message (line 0 when it concerns the whole file). */
public record Problem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
