package io.lockwatch.agent;

/** A bad agent option. The message is one line naming the option and what it accepts. */
public final class OptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OptionException(String message) {
    super(message);
  }
}
