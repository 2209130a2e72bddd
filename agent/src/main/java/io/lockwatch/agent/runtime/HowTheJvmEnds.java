package io.lockwatch.agent.runtime;

/**
 * How the JVM ends, read from the stack of the thread that runs the shutdown hooks (the JDK's
 * {@code ApplicationShutdownHooks.runHooks}): the frames below it say who began the shutdown.
 */
enum HowTheJvmEnds {
  /** Not the thread that runs the hooks. */
  NOT_THIS_THREAD,
  /** {@code System.exit} or {@code Runtime.exit}: the caller waits in it for the hooks. */
  EXIT,
  /** {@code DestroyJavaVM}, after the last non-daemon thread ended ({@code Shutdown.shutdown}). */
  LAST_THREAD_ENDED,
  /** Anything else: a signal's handler thread, say, while other threads still run. */
  SIGNAL;

  static HowTheJvmEnds of(StackTraceElement[] stack) {
    boolean runsHooks = false;
    for (StackTraceElement frame : stack) {
      String type = frame.getClassName();
      String method = frame.getMethodName();
      if (type.equals("java.lang.ApplicationShutdownHooks") && method.equals("runHooks")) {
        runsHooks = true;
      } else if (runsHooks && type.equals("java.lang.Runtime") && method.equals("exit")) {
        return EXIT;
      } else if (runsHooks && type.equals("java.lang.Shutdown") && method.equals("shutdown")) {
        return LAST_THREAD_ENDED;
      }
    }
    return runsHooks ? SIGNAL : NOT_THIS_THREAD;
  }
}
