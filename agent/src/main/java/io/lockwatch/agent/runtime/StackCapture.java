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

  static boolean isAgentFrame(String className) {
    return className.startsWith("io.lockwatch.agent.")
        || className.startsWith("io.lockwatch.bridge.")
        || className.startsWith("io.lockwatch.shaded.");
  }
}
