package io.lockwatch.bridge;

/**
 * Receives the events of instrumented code. The agent installs its implementation with {@link
 * Hooks#install(EventSink)}; until then events go to a sink that ignores them.
 *
 * <p>Implementations must never throw and never block on anything the application can hold.
 */
public abstract class EventSink {
  /** The acquisition can block until the lock is free. */
  public static final int MODE_BLOCKING = 0;

  /** {@code tryLock()} without timeout: returns at once, can never be part of a deadlock. */
  public static final int MODE_TRY = 1;

  /** {@code tryLock(timeout)}: can stall for the timeout, not forever. */
  public static final int MODE_TIMED = 2;

  /** The bits of a mode that say how the acquisition waits. */
  public static final int WAIT_MASK = 3;

  /**
   * Or-ed into a mode (and the share of a release) for a lock whose share is not in its type (a
   * {@code StampedLock}): a read hold.
   */
  public static final int SHARE_READ = 4;

  /** Or-ed into a mode (and the share of a release): a write hold, as {@link #SHARE_READ}. */
  public static final int SHARE_WRITE = 8;

  /** Before a {@code monitorenter} on {@code monitor}: the thread is about to acquire it. */
  public abstract void monitorEnter(Object monitor, int site);

  /** Before a {@code monitorexit} on {@code monitor}. */
  public abstract void monitorExit(Object monitor, int site);

  /** First thing in a {@code synchronized} method: the JVM has just acquired {@code monitor}. */
  public abstract void syncMethodEnter(Object monitor, int site);

  /** Before a {@code synchronized} method returns or throws. */
  public abstract void syncMethodExit(int site);

  /**
   * A lock ({@code java.util.concurrent.locks.Lock}, read-write or stamped lock, semaphore) has
   * just been constructed by the calling thread.
   */
  public abstract void lockCreated(Object lock, int site);

  /**
   * A {@code java.util.concurrent.locks.Lock} is about to be requested with a call that may wait
   * ({@code lock}, {@code lockInterruptibly}, {@code tryLock(timeout)}): {@link #lockAcquired}
   * follows when it is granted.
   */
  public abstract void lockRequested(Object lock, int site, int mode);

  /** A {@code java.util.concurrent.locks.Lock} was acquired, in one of the {@code MODE_} modes. */
  public abstract void lockAcquired(Object lock, int site, int mode);

  /**
   * A {@code Lock} is about to be released; {@code share} is 0 when the lock's type says which hold
   * it is, else {@link #SHARE_READ} or {@link #SHARE_WRITE}.
   */
  public abstract void lockReleased(Object lock, int site, int share);

  /**
   * A {@code StampedLock} gave the calling thread an optimistic-read stamp: the reads until {@link
   * #optimisticReadEnded} are checked by the stamp, not by the lock.
   */
  public abstract void optimisticRead(Object lock, int site);

  /** The optimistic-read section on {@code lock} ended ({@code validate}, or a conversion). */
  public abstract void optimisticReadEnded(Object lock, int site);

  /**
   * Before an operation that may block ({@link SyncOp}: wait, await, acquire, take, join...) on
   * {@code target}.
   */
  public abstract void beforeBlocking(Object target, int op, int site);

  /**
   * After a blocking operation returned ({@code completed}: it acquired, or got what it waited for)
   * or failed (threw, or a try/timed variant gave up).
   */
  public abstract void afterBlocking(Object target, int op, int site, boolean completed);

  /** A non-blocking operation: release, notify, signal, countDown, start, newCondition... */
  public abstract void syncAction(Object target, int op, int site, Object related);

  /** A plain field read or write; {@code owner} is null for a static field. */
  public abstract void fieldAccess(Object owner, int field, int site, boolean write);

  /** A volatile field write (before it) or read (after it); {@code owner} null when static. */
  public abstract void volatileAccess(Object owner, int field, boolean write);

  /**
   * The class initialiser of {@code type} (a field-registry class id) starts or ends in this
   * thread. What it writes to its class's statics, and to objects it creates, is published by class
   * initialisation itself (JLS 12.4.2), so those accesses are not races.
   */
  public abstract void classInitialiser(int type, boolean starts);

  /**
   * A call on a thread-safe JDK object, just before it ({@code after} false) or after it returned
   * with {@code outcome} (see {@link ConcurrentHooks}). Does nothing unless overridden.
   */
  public void call(
      Object target, Object key, long index, int code, int site, boolean after, boolean outcome) {}

  /**
   * {@code handle} (a field updater or a {@code VarHandle}) reads and writes the field {@code name}
   * of {@code holder} or a superclass (see {@link FieldHooks#handleCreated}). Does nothing unless
   * overridden.
   */
  public void fieldHandle(Object handle, Class<?> holder, String name, boolean isStatic) {}

  /**
   * {@code Unsafe} calls on an object at {@code offset} touch the field {@code name} that {@code
   * declaring} declares (see {@link FieldHooks#offsetCreated}). Does nothing unless overridden.
   */
  public void fieldOffset(Class<?> declaring, String name, long offset) {}

  /** Whether {@code map}'s mapping functions are to be wrapped (see {@link MapHooks}). */
  public boolean ordersByKey(Object map) {
    return false;
  }

  /**
   * An array element is about to be read or written; {@code array} is never null. {@code name} is
   * the id of what the code names the array by (a field, an allocation site). Does nothing unless
   * overridden.
   */
  public void arrayAccess(Object array, int index, int name, int site, boolean write) {}

  /**
   * The bridge itself failed at {@code where} (looking at an application's class, say) and did the
   * plain thing instead; to be counted, never thrown. Does nothing unless overridden.
   */
  public void bridgeFailed(String where, Throwable failure) {}

  /** The sink used before the agent is ready: drops everything. */
  static final class Ignoring extends EventSink {
    @Override
    public void monitorEnter(Object monitor, int site) {}

    @Override
    public void monitorExit(Object monitor, int site) {}

    @Override
    public void syncMethodEnter(Object monitor, int site) {}

    @Override
    public void syncMethodExit(int site) {}

    @Override
    public void lockCreated(Object lock, int site) {}

    @Override
    public void lockRequested(Object lock, int site, int mode) {}

    @Override
    public void lockAcquired(Object lock, int site, int mode) {}

    @Override
    public void lockReleased(Object lock, int site, int share) {}

    @Override
    public void optimisticRead(Object lock, int site) {}

    @Override
    public void optimisticReadEnded(Object lock, int site) {}

    @Override
    public void beforeBlocking(Object target, int op, int site) {}

    @Override
    public void afterBlocking(Object target, int op, int site, boolean completed) {}

    @Override
    public void syncAction(Object target, int op, int site, Object related) {}

    @Override
    public void fieldAccess(Object owner, int field, int site, boolean write) {}

    @Override
    public void volatileAccess(Object owner, int field, boolean write) {}

    @Override
    public void classInitialiser(int type, boolean starts) {}
  }
}
