package io.lockwatch.agent.runtime;

import io.lockwatch.report.model.Site;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Captures the current stack as report frames, leaving out the agent's own frames. Used only for
 * new facts (a new lock-order edge), never on the common path.
 */
public final class StackCapture {
  private static final StackWalker WALKER = StackWalker.getInstance();

  private final int depth;

  public StackCapture(int depth) {
    this.depth = depth;
  }

  /** The caller's stack, innermost frame first, at most {@code depth} frames. */
  public List<Site> capture() {
    return WALKER.walk(
        frames ->
            frames
                .filter(f -> !isAgentFrame(f.getClassName()))
                .limit(depth)
                .map(f -> new Site(f.getClassName(), f.getMethodName(), f.getFileName(), f.getLineNumber()))
                .collect(Collectors.toList()));
  }

  /** Another thread's stack (from {@code ThreadInfo}) as report frames, agent frames left out. */
  public List<Site> framesOf(StackTraceElement[] trace) {
    List<Site> frames = new java.util.ArrayList<>();
    for (StackTraceElement frame : trace) {
      if (frames.size() == depth) {
        break;
      }
      if (!isAgentFrame(frame.getClassName())) {
        frames.add(new Site(frame.getClassName(), frame.getMethodName(), frame.getFileName(), frame.getLineNumber()));
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
