package io.lockwatch.agent.runtime.support;

/**
 * One frame of a captured stack, or a site as a frame: class, method, file (null when unknown) and
 * line (-1 when unknown). The agent's own type, so the hot path never builds report records; the
 * report turns frames into its sites when it is written.
 */
public record Frame(String className, String method, String file, int line) {
  /** A native method's frame says -2 (see {@code StackTraceElement}): unknown, like any other. */
  public Frame {
    line = Math.max(line, -1);
  }
}
