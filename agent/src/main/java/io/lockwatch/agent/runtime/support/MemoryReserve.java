package io.lockwatch.agent.runtime.support;

/**
 * Heap the agent sets aside at start so that it can still write its report when the program has
 * exhausted the heap: released at exit just before the report is built, and as soon as the agent
 * meets an {@code OutOfMemoryError} of its own. Small (at most {@value #MAX_BYTES} bytes, and a
 * thirty-second of the heap): the program's memory is the program's. One per JVM, as the heap is.
 */
public final class MemoryReserve {
  private static final int MAX_BYTES = 4 << 20;
  private static final int CHUNK = 256 << 10;

  /** Chunks, not one array: smaller than a G1 region of a small heap, so not humongous. */
  private static volatile byte[][] reserve;

  private MemoryReserve() {}

  /**
   * Sets the reserve aside, and loads the classes the JVM's own way out of an {@code
   * OutOfMemoryError} needs (printing the uncaught error, starting the shutdown hooks): with a
   * class transformer installed, loading a class needs heap, so loading them only then would fail
   * and skip the hooks. Quietly keeps no reserve when even that cannot be had.
   */
  public static void hold() {
    try {
      new java.util.IdentityHashMap<>().keySet().iterator(); // ApplicationShutdownHooks.runHooks
      new Throwable()
          .printStackTrace(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    } catch (Throwable ignored) {
      // nothing was needed from it but the classes it loads
    }
    try {
      long bytes = Math.min(MAX_BYTES, Runtime.getRuntime().maxMemory() / 32);
      byte[][] chunks = new byte[(int) Math.max(1, bytes / CHUNK)][];
      for (int i = 0; i < chunks.length; i++) {
        chunks[i] = new byte[CHUNK];
      }
      reserve = chunks;
    } catch (OutOfMemoryError full) {
      reserve = null;
    }
  }

  /** Gives the reserve back to the heap; true when there was one to give. */
  public static boolean release() {
    boolean held = reserve != null;
    reserve = null;
    return held;
  }

  /** True while the reserve is set aside. */
  public static boolean held() {
    return reserve != null;
  }
}
