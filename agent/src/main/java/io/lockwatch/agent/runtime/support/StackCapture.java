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

  /**
   * {@code stack} with its innermost frame at {@code site}'s line when the frame is in the site's
   * method: the stack was captured where the hook ran, which is not always the site's line (the
   * entry hook of a {@code synchronized} method runs before the first line; the reads of an
   * optimistic-read section are checked when it ends).
   */
  public static List<Frame> atSite(List<Frame> stack, SiteInfo site) {
    if (stack.isEmpty() || site.line() < 0) {
      return stack;
    }
    Frame top = stack.get(0);
    if (top.line() == site.line()
        || !top.className().equals(site.className())
        || !top.method().equals(site.method())) {
      return stack;
    }
    List<Frame> moved = new ArrayList<>(stack);
    moved.set(0, new Frame(top.className(), top.method(), top.file(), site.line()));
    return List.copyOf(moved);
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
