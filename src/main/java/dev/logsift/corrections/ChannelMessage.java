package dev.logsift.corrections;

/** Port: one plain message to the team's channel (the weekly summary), mentions disabled. */
@FunctionalInterface
public interface ChannelMessage {
  void post(String text);
}
