package io.lockwatch.agent.runtime.support;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Captures the current stack as frames, leaving out the agent's own frames. Used only for new facts
 * (a new lock-order edge, a first race), never on the common path.
 */
public final class StackCapture {
  private static final StackWalker WALKER = StackWalker.getInstance();

  private final int depth;

  /**
   * @param depth the most frames a captured stack keeps
   */
  public StackCapture(int depth) {
    this.depth = depth;
  }

  /** The most frames a captured stack keeps. */
  public int depth() {
    return depth;
  }

  /** The caller's stack, innermost frame first, at most {@code depth} frames. */
  public List<Frame> capture() {
    return capture(depth);
  }

  /** The caller's stack, innermost frame first, at most {@code limit} frames. */
  public List<Frame> capture(int limit) {
    return WALKER.walk(
        frames ->
            frames
                .filter(f -> !isAgentFrame(f.getClassName()))
                .limit(limit)
                .map(
                    f ->
                        new Frame(
                            f.getClassName(),
                            f.getMethodName(),
                            f.getFileName(),
                            f.getLineNumber()))
                .collect(Collectors.toList()));
  }

  /** Another thread's stack (from {@code ThreadInfo}) as frames, agent frames left out. */
  public List<Frame> framesOf(StackTraceElement[] trace) {
    List<Frame> frames = new ArrayList<>();
    for (StackTraceElement frame : trace) {
      if (frames.size() == depth) {
        break;
      }
      if (!isAgentFrame(frame.getClassName())) {
        frames.add(
            new Frame(
                frame.getClassName(),
                frame.getMethodName(),
                frame.getFileName(),
                frame.getLineNumber()));
      }
    }
    return frames;
  }

  static boolean isAgentFrame(String className) {
    return className.startsWith("io.lockwatch.agent.")
        || className.startsWith("io.lockwatch.bridge.")
        || className.startsWith("io.lockwatch.shaded.");
  }
}
