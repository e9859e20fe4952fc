package dev.logsift.core;

/** The model answered, but not with what we asked for. We fall back; the prompt owners must act. */
public final class UnusableModelOutputException extends LogsiftException {
  public UnusableModelOutputException(String message) {
    super(message, null);
  }

  @Override
  public String kind() {
    return "unusable_model_output";
  }
}
