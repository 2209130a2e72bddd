package io.lockwatch.bridge;

/**
 * Receives the events of instrumented JDK code ({@link JdkHooks}) and the calls of application code
 * on JDK objects that are not thread-safe ({@link StateHooks}). The agent installs its
 * implementation with {@link JdkHooks#install(JdkSink)}; until then events go to a sink that
 * ignores them.
 *
 * <p>Implementations must never throw and never block on anything the application can hold.
 */
public abstract class JdkSink {
  /**
   * Before a {@code monitorenter} in JDK code; {@code synchronizes}: the monitor also orders memory
   * (it is one the application can take itself), else it is only a node of the lock-order graph.
   */
  public abstract void monitorEnter(Object monitor, int site, boolean synchronizes);

  /** Before a {@code monitorexit} in JDK code. */
  public abstract void monitorExit(Object monitor, int site, boolean synchronizes);

  /** First thing in a {@code synchronized} JDK method, whose monitor the JVM has just acquired. */
  public abstract void syncMethodEnter(Object monitor, int site);

  /** Before a {@code synchronized} JDK method returns or throws. */
  public abstract void syncMethodExit(int site);

  /**
   * Before a {@code ConcurrentHashMap} locks one of its bins: the map's bins are one lock. {@code
   * callsBack}: the application's function runs under it ({@code compute*}, {@code merge}), so it
   * counts even when the thread holds no other lock.
   */
  public abstract void binsEnter(Object map, int site, boolean callsBack);

  /** Before a {@code ConcurrentHashMap} unlocks one of its bins. */
  public abstract void binsExit(Object map, int site);

  /** A lock inside a JDK class was acquired ({@code tryLock}: it cannot block). */
  public abstract void internalLockAcquired(Object lock, int site, boolean tryLock);

  /** A lock inside a JDK class is about to be released. */
  public abstract void internalLockReleasing(Object lock, int site);

  /** JDK code starts to {@code wait} on a monitor it holds (it gives the monitor up). */
  public abstract void waitStarts(Object monitor, int site);

  /** JDK code returned from {@code wait} (it owns the monitor again). */
  public abstract void waitEnded(Object monitor, int site);

  /**
   * Application code calls a method on a JDK object (a collection, a builder, a format); {@code
   * write}: the method changes it.
   */
  public abstract void stateAccess(Object target, int site, boolean write);

  /** Application code got {@code view} (an iterator, a key set...) from {@code source}. */
  public abstract void derived(Object view, Object source);

  /** A sink that drops everything: the one used before the agent is ready, and a base for tests. */
  public static class Ignoring extends JdkSink {
    @Override
    public void monitorEnter(Object monitor, int site, boolean synchronizes) {}

    @Override
    public void monitorExit(Object monitor, int site, boolean synchronizes) {}

    @Override
    public void syncMethodEnter(Object monitor, int site) {}

    @Override
    public void syncMethodExit(int site) {}

    @Override
    public void binsEnter(Object map, int site, boolean callsBack) {}

    @Override
    public void binsExit(Object map, int site) {}

    @Override
    public void internalLockAcquired(Object lock, int site, boolean tryLock) {}

    @Override
    public void internalLockReleasing(Object lock, int site) {}

    @Override
    public void waitStarts(Object monitor, int site) {}

    @Override
    public void waitEnded(Object monitor, int site) {}

    @Override
    public void stateAccess(Object target, int site, boolean write) {}

    @Override
    public void derived(Object view, Object source) {}
  }
}
