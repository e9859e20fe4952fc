package dev.logsift.redact;

/** Port: replaces secrets and personal data; nothing leaves the process without passing here. */
public interface Redactor {
  String redact(String text);
}
