package io.lockwatch.bridge;

/**
 * Registering shutdown hooks: {@code Runtime.addShutdownHook/removeShutdownHook}. The agent needs
 * to know the hooks, which the JDK keeps to itself: what a hook starts after, and which threads the
 * report at exit waits for. Each hook reports after the JDK accepted the call, and hands back its
 * result and exceptions unchanged.
 */
public final class RuntimeHooks {
  private RuntimeHooks() {}

  /** {@code runtime.addShutdownHook(hook)}. */
  public static void addShutdownHook(Runtime runtime, Thread hook, int site) {
    runtime.addShutdownHook(hook);
    Hooks.action(hook, SyncOp.SHUTDOWN_HOOK_ADDED, site, null);
  }

  /** {@code runtime.removeShutdownHook(hook)}. */
  public static boolean removeShutdownHook(Runtime runtime, Thread hook, int site) {
    boolean removed = runtime.removeShutdownHook(hook);
    if (removed) {
      Hooks.action(hook, SyncOp.SHUTDOWN_HOOK_REMOVED, site, null);
    }
    return removed;
  }
}
